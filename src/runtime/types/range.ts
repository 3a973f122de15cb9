// range (Objects/rangeobject.c, CPython 3.11): an immutable arithmetic
// progression of arbitrary-size ints, with its length computed once.

import { PyObject, objectAllocated, decref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { PyInt, IntType, BoolType, newIntAny, numberIndex, intAdd, intSub, intMul, intFloorDiv, intMod,
  intCompare, type Int } from './int.js';
import { newBool } from './bool.js';
import { None, NotImplemented } from './none.js';
import { newStr } from './str.js';
import { newTuple } from './tuple.js';
import { PySlice, sliceLongIndices } from './slice.js';
import { checkArgs, noKw } from './builtinfunc.js';
import { exposeSlots, defMethod, defGetSet } from './typeobject.js';
import { typeError, valueError, indexError, overflowError, attributeError } from '../errors.js';
import { eqBool, getIter, iterNext, hashOf, reprJS, HASH, Op } from '../abstract.js';
import { intToStr as intText } from '../../common/numfmt.js';
import { PyRangeIter, RangeIterType, LongRangeIterType } from './iterators.js';

export const RangeType = builtinType('range', ObjectType, { basicsize: 48, baseType: false });

export class PyRange extends PyObject {
  start: Int;
  stop: Int;
  step: Int;
  length: Int;
  constructor(start: Int, stop: Int, step: Int, length: Int) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = RangeType;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    objectAllocated(this, RangeType);
    this.start = start;
    this.stop = stop;
    this.step = step;
    this.length = length;
  }
}

/** compute_range_length: the number of items of range(start, stop, step). */
function rangeLength(start: Int, stop: Int, step: Int): Int {
  if (typeof start === 'number' && typeof stop === 'number' && typeof step === 'number') {
    if (step > 0 ? start >= stop : start <= stop) return 0;
    const n = step > 0 ? Math.floor((stop - start - 1) / step) + 1 : Math.floor((start - stop - 1) / -step) + 1;
    // Doubles are exact while the operands are safe integers and the quotient is small.
    if (Number.isSafeInteger(stop - start) && Number.isSafeInteger(n)) return n;
  }
  const lo = BigInt(start);
  const hi = BigInt(stop);
  const st = BigInt(step);
  let n: bigint;
  if (st > 0n) n = lo < hi ? (hi - lo - 1n) / st + 1n : 0n;
  else n = lo > hi ? (lo - hi - 1n) / -st + 1n : 0n;
  return Number.isSafeInteger(Number(n)) ? Number(n) : n;
}

export function newRange(start: Int, stop: Int, step: Int): PyRange {
  return new PyRange(start, stop, step, rangeLength(start, stop, step));
}

/** compute_item: start + i * step. */
function itemAt(r: PyRange, i: Int): Int {
  if (typeof i === 'number' && typeof r.start === 'number' && typeof r.step === 'number') {
    const v = r.start + i * r.step;
    if (Number.isSafeInteger(v)) return v;
  }
  return intAdd(r.start, intMul(i, r.step));
}

function indexValueOf(o: PyObject): Int {
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  return v;
}

function rangeNew(_t: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKw('range', kw);
  switch (args.length) {
    case 0:
      throw typeError('range expected at least 1 argument, got 0');
    case 1:
      return newRange(0, indexValueOf(args[0]), 1);
    case 2:
    case 3: {
      const start = indexValueOf(args[0]);
      const stop = indexValueOf(args[1]);
      let step: Int = 1;
      if (args.length === 3) {
        step = indexValueOf(args[2]);
        if (step === 0 || step === 0n) throw valueError('range() arg 3 must not be zero');
      }
      return newRange(start, stop, step);
    }
    default:
      throw typeError(`range expected at most 3 arguments, got ${args.length}`);
  }
}

function rangeRepr(o: PyObject): PyObject {
  const r = o as PyRange;
  if (r.step === 1) return newStr(`range(${intText(r.start)}, ${intText(r.stop)})`);
  return newStr(`range(${intText(r.start)}, ${intText(r.stop)}, ${intText(r.step)})`);
}

/** range_len: the length as a Py_ssize_t. */
function rangeLen(o: PyObject): number {
  const n = (o as PyRange).length;
  if (typeof n === 'bigint') {
    if (n > 0x7fffffffffffffffn) throw overflowError('Python int too large to convert to C ssize_t');
    return Number(n);
  }
  return n;
}

/** range_contains_long: arithmetic membership of an int. */
function containsInt(r: PyRange, v: Int): boolean {
  const inside = r.step > 0
    ? intCompare(r.start, v) <= 0 && intCompare(v, r.stop) < 0
    : intCompare(v, r.start) <= 0 && intCompare(r.stop, v) < 0;
  if (!inside) return false;
  const rem = intMod(intSub(v, r.start), r.step);
  return rem === 0 || rem === 0n;
}

function isExactIntOrBool(o: PyObject): o is PyInt {
  return o.type === IntType || o.type === BoolType;
}

const enum Search { COUNT, INDEX, CONTAINS }

/** _PySequence_IterSearch: compare each item with ==, counting matches or stopping at the first. */
function iterSearch(seq: PyObject, x: PyObject, mode: Search): number {
  const it = getIter(seq);
  let n = 0;
  try {
    for (let item = iterNext(it); item !== null; item = iterNext(it)) {
      let eq: boolean;
      try {
        eq = eqBool(item, x);
      } finally {
        decref(item);
      }
      if (eq) {
        if (mode === Search.INDEX) return n;
        if (mode === Search.CONTAINS) return 1;
      }
      if (eq || mode === Search.INDEX) n++;
    }
  } finally {
    decref(it);
  }
  if (mode === Search.INDEX) throw valueError('sequence.index(x): x not in sequence');
  return n;
}

function rangeContains(o: PyObject, x: PyObject): boolean {
  const r = o as PyRange;
  if (isExactIntOrBool(x)) return containsInt(r, x.v);
  return iterSearch(r, x, Search.CONTAINS) > 0;
}

function rangeGetitem(o: PyObject, key: PyObject): PyObject {
  const r = o as PyRange;
  if (key.type.index !== null) {
    let i = indexValueOf(key);
    if (i < 0) i = intAdd(i, r.length);
    if (i < 0 || intCompare(i, r.length) >= 0) throw indexError('range object index out of range');
    return newIntAny(itemAt(r, i));
  }
  if (key instanceof PySlice) {
    const [start, stop, step] = sliceLongIndices(key, r.length);
    return newRange(itemAt(r, start), itemAt(r, stop), intMul(step, r.step));
  }
  throw typeError(`range indices must be integers or slices, not ${key.type.name}`);
}

/** range_equals: equal lengths and, when not empty, equal starts and (beyond one item) equal steps. */
function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  if (intCompare(a.length, b.length) !== 0) return false;
  if (a.length === 0) return true;
  if (intCompare(a.start, b.start) !== 0) return false;
  if (a.length === 1) return true;
  return intCompare(a.step, b.step) === 0;
}

function rangeCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (!(a instanceof PyRange) || !(b instanceof PyRange) || (op !== Op.EQ && op !== Op.NE)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  return newBool(rangeEquals(a, b) === (op === Op.EQ));
}

/** range_hash: hash((len, start, step)), with None for what equality ignores. */
function rangeHash(o: PyObject): number {
  const r = o as PyRange;
  const len = newIntAny(r.length);
  const start = r.length === 0 ? (None.rc++, None) : newIntAny(r.start);
  const step = r.length === 0 || r.length === 1 ? (None.rc++, None) : newIntAny(r.step);
  const t = newTuple([len, start, step]);
  try {
    return hashOf(t);
  } finally {
    const hi = HASH.hi;
    decref(t);
    HASH.hi = hi;
  }
}

/** The bounds of the iterator over r: CPython picks range_iterator when everything fits a C long. */
function rangeIter(o: PyObject): PyObject {
  const r = o as PyRange;
  return new PyRangeIter(fitsLong(r.start, r.stop, r.step, r.length) && stopLeavesRoom(r) ? RangeIterType : LongRangeIterType,
    r.start, r.step, r.length);
}

/** range_iter's overflow guard: a non-empty range whose stop is within a step of the C long's end is iterated with ints. */
function stopLeavesRoom(r: PyRange): boolean {
  if (r.length === 0) return true;
  const stop = BigInt(r.stop);
  const step = BigInt(r.step);
  return step > 0n ? stop <= LONG_MAX - (step - 1n) : stop >= LONG_MIN + (-1n - step);
}

const LONG_MAX = 0x7fffffffffffffffn;
const LONG_MIN = -0x8000000000000000n;

function isLong(v: Int): boolean {
  return typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX);
}

function fitsLong(start: Int, stop: Int, step: Int, length: Int): boolean {
  return isLong(start) && isLong(stop) && isLong(step) && isLong(length);
}

/** range.__reversed__: range(start + (n-1)*step, start - step, -step), as a range_iterator when that fits C longs. */
function rangeReversed(r: PyRange): PyObject {
  const n = r.length;
  const last = n === 0 ? r.start : itemAt(r, intSub(n, 1));
  const negStep = intMul(r.step, -1);
  const fits = fitsLong(r.start, r.stop, r.step, n) && r.step !== LONG_MIN && isLong(intSub(r.start, r.step));
  return new PyRangeIter(fits ? RangeIterType : LongRangeIterType, last, negStep, n);
}

/** range's start, stop and step are read-only members. */
function readonly(): never {
  throw attributeError('readonly attribute');
}

export function initRange(): void {
  const T = RangeType;
  T.new_ = rangeNew;
  T.repr = rangeRepr;
  T.hash = rangeHash;
  T.richcompare = rangeCompare;
  T.len = rangeLen;
  T.bool = (o) => (o as PyRange).length !== 0;
  T.getitem = rangeGetitem;
  T.contains = rangeContains;
  T.iter = rangeIter;
  defGetSet(T, 'start', (o) => newIntAny((o as PyRange).start), readonly);
  defGetSet(T, 'stop', (o) => newIntAny((o as PyRange).stop), readonly);
  defGetSet(T, 'step', (o) => newIntAny((o as PyRange).step), readonly);
  defMethod(T, '__reversed__', (s, a, k) => {
    checkArgs('range.__reversed__', a, k, 0, 0);
    return rangeReversed(s as PyRange);
  });
  defMethod(T, '__reduce__', (s, a, k) => {
    checkArgs('range.__reduce__', a, k, 0, 0);
    const r = s as PyRange;
    T.rc++;
    return newTuple([T, newTuple([newIntAny(r.start), newIntAny(r.stop), newIntAny(r.step)])]);
  });
  defMethod(T, 'count', (s, a, k) => {
    checkArgs('range.count', a, k, 1, 1);
    const r = s as PyRange;
    const x = a[0];
    if (isExactIntOrBool(x)) return newIntAny(containsInt(r, x.v) ? 1 : 0);
    return newIntAny(iterSearch(r, x, Search.COUNT));
  });
  defMethod(T, 'index', (s, a, k) => {
    checkArgs('range.index', a, k, 1, 1);
    const r = s as PyRange;
    const x = a[0];
    if (!isExactIntOrBool(x)) return newIntAny(iterSearch(r, x, Search.INDEX));
    if (!containsInt(r, x.v)) throw valueError(`${reprJS(x)} is not in range`);
    const offset = intSub(x.v, r.start);
    return newIntAny(r.step === 1 ? offset : intFloorDiv(offset, r.step));
  });
  exposeSlots(T);
}
