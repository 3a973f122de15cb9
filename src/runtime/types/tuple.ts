// tuple: an immutable array of references (Objects/tupleobject.c).

import { PyObject, objectAllocated, decref, releaseAll } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { tupleFreelist, gcNewTuple, traverseItems } from '../gc.js';
import { registerBlockSize } from '../heap.js';

// Tuples account for themselves (their free lists go by size) and are always tracked; a collection untracks
// the ones that hold only atomic values.
export const TupleType = builtinType('tuple', ObjectType, { basicsize: 24, itemsize: 8, gc: true, gcMode: 3, gcKind: 1,
  freelist: tupleFreelist() });

export class PyTuple extends PyObject {
  /** Owned references. */
  items: PyObject[];
  constructor(items: PyObject[], type: PyType = TupleType) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = type;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, type);
    this.items = items;
    if (type.gcMode === 3) gcNewTuple(this, type, items.length);
  }
}

/** Instances of tuple subclasses: the items are set after allocation. */
class PyTupleInstance extends PyTuple {
  constructor(type: PyType) {
    super([], type);
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
EMPTY_TUPLE.rc = 1 << 30;

/** A new tuple that takes ownership of the references in `items`. */
export function newTuple(items: PyObject[]): PyTuple {
  if (items.length === 0) {
    EMPTY_TUPLE.rc++;
    return EMPTY_TUPLE;
  }
  return new PyTuple(items);
}

registerBlockSize(TupleType, (o) => 40 + 8 * (o as PyTuple).items.length);

TupleType.dealloc = (o) => releaseAll((o as PyTuple).items);
// tupletraverse visits the items from last to first.
TupleType.traverse = traverseItems;

import { PyInt, IntType, newInt, numberIndex, exposeNew } from './int.js';
import { newBool } from './bool.js';
import { NotImplemented } from './none.js';
import { newStr, PyStr, StrType } from './str.js';
import { checkArgs, noKw, wrapperArgs, wrapperUnpack } from './builtinfunc.js';
import { exposeSlots, exposeSlot, defMethod, allocInstance } from './typeobject.js';
import { typeError, valueError, indexError, overflowError } from '../errors.js';
import { reprJS, richCompare, compareBool, hashOf, getIter, iterNext, Op, Bin, HASH } from '../abstract.js';
import { tupleHashStep, tupleHashFinish, hashHi, TUPLE_HASH_START_LO, TUPLE_HASH_START_HI } from '../../common/hash.js';
import { PySlice, SLICE, sliceIndices, SSIZE_MAX, SSIZE_MIN } from './slice.js';
import { PyList, ListType, reprEnter, reprLeave, memoryError } from './list.js';
import { lengthHint, TupleIterType, PyTupleIter } from './iterators.js';

/** PyNumber_AsSsize_t(o, IndexError): the index of a subscript. */
export function subscriptIndex(o: PyObject): number {
  let v: number | bigint;
  if (o.type === IntType) {
    v = (o as PyInt).v;
  } else {
    const r = numberIndex(o);
    v = r.v;
    decref(r);
  }
  if (typeof v === 'bigint') throw indexError(`cannot fit '${o.type.name}' into an index-sized integer`);
  return v;
}

/** _PyEval_SliceIndexNotNone: the start/stop arguments of index(), clamped to the Py_ssize_t range. */
export function searchBound(o: PyObject): number {
  if (o.type.index === null) throw typeError('slice indices must be integers or have an __index__ method');
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  if (typeof v === 'number') return v > SSIZE_MAX ? SSIZE_MAX : v < SSIZE_MIN ? SSIZE_MIN : v;
  return v < 0n ? SSIZE_MIN : SSIZE_MAX;
}

/** A tuple of `type` holding `items` (owned): the allocation of tuple and of its subclasses. */
export function tupleOfType(type: PyType, items: PyObject[]): PyTuple {
  if (type === TupleType) return newTuple(items);
  const t = (type.heapType ? allocInstance(type) : new PyTupleInstance(type)) as PyTuple;
  t.items = items;
  return t;
}

/** PySequence_Tuple: a new reference to a tuple with the items of any iterable. */
export function sequenceTuple(o: PyObject): PyTuple {
  if (o.type === TupleType) {
    o.rc++;
    return o as PyTuple;
  }
  if (o.type === ListType) return newTuple(incAll((o as PyList).items));
  const it = getIter(o);
  const items: PyObject[] = [];
  try {
    // The hint only sizes CPython's buffer; it is still asked for, as its __len__ may have effects.
    lengthHint(o, 10);
    for (let x = iterNext(it); x !== null; x = iterNext(it)) items.push(x);
  } catch (e) {
    releaseAll(items);
    throw e;
  } finally {
    decref(it);
  }
  return newTuple(items);
}

/** New references to every item of `items`, in a new array. */
export function incAll(items: PyObject[]): PyObject[] {
  const out = new Array<PyObject>(items.length);
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    x.rc++;
    out[i] = x;
  }
  return out;
}

function tupleNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  // Keywords are refused unless a subclass's own __init__ takes them.
  if (t.init === TupleType.init) noKw('tuple', kw);
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos > 1) throw typeError(`tuple expected at most 1 argument, got ${npos}`);
  if (t === TupleType) return npos === 0 ? newTuple([]) : sequenceTuple(args[0]);
  // tuple_subtype_new: build an exact tuple, then copy its items into the subclass instance.
  const tmp = npos === 0 ? newTuple([]) : sequenceTuple(args[0]);
  const r = tupleOfType(t, incAll(tmp.items));
  decref(tmp);
  return r;
}

function tupleRepr(o: PyObject): PyObject {
  const items = (o as PyTuple).items;
  const n = items.length;
  if (n === 0) return newStr('()');
  // A tuple can contain itself only through an object that holds it: its repr shows (...).
  if (!reprEnter(o)) return newStr('(...)');
  try {
    let s = '(';
    for (let i = 0; i < n; i++) {
      if (i > 0) s += ', ';
      s += reprJS(items[i]);
    }
    return newStr(n === 1 ? s + ',)' : s + ')');
  } finally {
    reprLeave(o);
  }
}

/** tuplehash: xxHash lanes over the items' full 64-bit hashes. */
function tupleHash(o: PyObject): number {
  const items = (o as PyTuple).items;
  let lo = TUPLE_HASH_START_LO;
  let hi = TUPLE_HASH_START_HI;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    let itemLo: number;
    let itemHi: number;
    // The common items without the slot call: an exact int of 32 bits is its own
    // hash (-1 excepted), and a str's hash may be cached already.
    if (item.type === IntType && isInt32((item as PyInt).v)) {
      const v = (item as PyInt).v as number;
      itemLo = v === -1 ? -2 : v;
      itemHi = v < 0 ? -1 : 0;
    } else if (item.type === StrType && (item as PyStr).hashed) {
      itemLo = (item as PyStr).hashLo;
      itemHi = (item as PyStr).hashHi;
    } else {
      itemLo = hashOf(item);
      itemHi = HASH.hi;
    }
    lo = tupleHashStep(lo, hi, itemLo, itemHi);
    hi = hashHi;
  }
  lo = tupleHashFinish(lo, hi, items.length);
  HASH.hi = hashHi;
  return lo;
}

function isInt32(v: number | bigint): boolean {
  return typeof v === 'number' && (v | 0) === v;
}

/** Lexicographic order: the first pair of items that are not equal decides. */
function tupleCompare(v: PyObject, w: PyObject, op: Op): PyObject {
  if (!(v instanceof PyTuple) || !(w instanceof PyTuple)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  const a = v.items;
  const b = w.items;
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && compareBool(a[i], b[i], Op.EQ)) i++;
  if (i >= n) return newBool(compareSizes(a.length, b.length, op));
  if (op === Op.EQ) return newBool(false);
  if (op === Op.NE) return newBool(true);
  return richCompare(a[i], b[i], op);
}

/** Py_RETURN_RICHCOMPARE on two lengths. */
export function compareSizes(x: number, y: number, op: Op): boolean {
  switch (op) {
    case Op.LT: return x < y;
    case Op.LE: return x <= y;
    case Op.EQ: return x === y;
    case Op.NE: return x !== y;
    case Op.GT: return x > y;
    default: return x >= y;
  }
}

function tupleGetitem(o: PyObject, key: PyObject): PyObject {
  const t = o as PyTuple;
  const items = t.items;
  if (key.type.index !== null) {
    let i = subscriptIndex(key);
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw indexError('tuple index out of range');
    const x = items[i];
    x.rc++;
    return x;
  }
  if (key instanceof PySlice) {
    const n = sliceIndices(key, items.length);
    const start = SLICE.start;
    const step = SLICE.step;
    if (n <= 0) return newTuple([]);
    if (start === 0 && step === 1 && n === items.length && t.type === TupleType) {
      t.rc++;
      return t;
    }
    const out = new Array<PyObject>(n);
    for (let i = 0, cur = start; i < n; i++, cur += step) {
      const x = items[cur];
      x.rc++;
      out[i] = x;
    }
    return newTuple(out);
  }
  throw typeError(`tuple indices must be integers or slices, not ${key.type.name}`);
}

function tupleContains(o: PyObject, x: PyObject): boolean {
  const items = (o as PyTuple).items;
  for (let i = 0; i < items.length; i++) if (compareBool(items[i], x, Op.EQ)) return true;
  return false;
}

function tupleConcat(a: PyObject, b: PyObject): PyObject {
  const x = (a as PyTuple).items;
  if (x.length === 0 && b.type === TupleType) {
    b.rc++;
    return b;
  }
  if (!(b instanceof PyTuple)) throw typeError(`can only concatenate tuple (not "${b.type.name}") to tuple`);
  const y = b.items;
  if (y.length === 0 && a.type === TupleType) {
    a.rc++;
    return a;
  }
  const out = incAll(x);
  for (let i = 0; i < y.length; i++) {
    y[i].rc++;
    out.push(y[i]);
  }
  return newTuple(out);
}

function tupleRepeat(a: PyObject, n: number): PyObject {
  const items = (a as PyTuple).items;
  if ((items.length === 0 || n === 1) && a.type === TupleType) {
    a.rc++;
    return a;
  }
  if (items.length === 0 || n <= 0) return newTuple([]);
  const size = items.length * n;
  if (size > MAX_ITEMS) throw memoryError();
  const out = new Array<PyObject>(size);
  for (let j = 0; j < items.length; j++) items[j].rc += n;
  for (let i = 0; i < size; i++) out[i] = items[i % items.length];
  return newTuple(out);
}

/** The largest sequence pyheap makes: beyond it CPython would fail to allocate too, with MemoryError. */
export const MAX_ITEMS = 2 ** 31;

/** The sq_repeat count of `*` called as a method: PyNumber_AsSsize_t(n, OverflowError). */
export function repeatArg(n: PyObject): number {
  if (n.type.index === null) throw typeError(`'${n.type.name}' object cannot be interpreted as an integer`);
  const r = numberIndex(n);
  const v = r.v;
  decref(r);
  if (typeof v === 'bigint') {
    if (v < 0n) return SSIZE_MIN;
    throw overflowError(`cannot fit 'int' into an index-sized integer`);
  }
  return v;
}

/** Expose sq_concat / sq_repeat as __add__, __mul__ and __rmul__ (the slot wrappers CPython makes for sequences). */
export function exposeSequenceOps(t: PyType): void {
  const concat = t.concat!;
  const repeat = t.repeat!;
  exposeSlot(t, '__add__', `nb${Bin.ADD}`, (s, a, k) => (wrapperArgs('__add__', a, k, 1), concat(s, a[0])));
  exposeSlot(t, '__mul__', `nb${Bin.MUL}`, (s, a, k) => (wrapperUnpack('__mul__', a, k, 1, 1), repeat(s, repeatArg(a[0]))));
  exposeSlot(t, '__rmul__', `nb${Bin.MUL}`, (s, a, k) => (wrapperUnpack('__rmul__', a, k, 1, 1), repeat(s, repeatArg(a[0]))));
  if (t.inplaceConcat !== null) {
    const ic = t.inplaceConcat;
    exposeSlot(t, '__iadd__', `ib${Bin.ADD}`, (s, a, k) => (wrapperArgs('__iadd__', a, k, 1), ic(s, a[0])));
  }
  if (t.inplaceRepeat !== null) {
    const ir = t.inplaceRepeat;
    exposeSlot(t, '__imul__', `ib${Bin.MUL}`, (s, a, k) => (wrapperUnpack('__imul__', a, k, 1, 1), ir(s, repeatArg(a[0]))));
  }
}

/** The value and optional start/stop of index(value, start=0, stop=sys.maxsize), clipped to `len` items. */
export function indexArgs(name: string, qual: string, a: PyObject[], k: string[] | null, len: number): [number, number] {
  noKw(qual, k);
  checkArgs(name, a, null, 1, 3);
  let start = a.length > 1 ? searchBound(a[1]) : 0;
  let stop = a.length > 2 ? searchBound(a[2]) : SSIZE_MAX;
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = 0;
  }
  return [start, stop];
}

export function initTuple(): void {
  const T = TupleType;
  T.jsClass = PyTupleInstance as unknown as new (type: PyType) => PyObject;
  T.new_ = tupleNew;
  T.repr = tupleRepr;
  T.hash = tupleHash;
  T.richcompare = tupleCompare;
  T.len = (o) => (o as PyTuple).items.length;
  T.getitem = tupleGetitem;
  T.contains = tupleContains;
  T.concat = tupleConcat;
  T.repeat = tupleRepeat;
  T.iter = (o) => new PyTupleIter(TupleIterType, o as PyTuple);
  defMethod(T, 'count', (s, a, k) => {
    checkArgs('tuple.count', a, k, 1, 1);
    const items = (s as PyTuple).items;
    let n = 0;
    for (let i = 0; i < items.length; i++) if (compareBool(items[i], a[0], Op.EQ)) n++;
    return newInt(n);
  });
  defMethod(T, 'index', (s, a, k) => {
    const items = (s as PyTuple).items;
    const [start, stop0] = indexArgs('index', 'tuple.index', a, k, items.length);
    const stop = Math.min(stop0, items.length);
    for (let i = start; i < stop; i++) if (compareBool(items[i], a[0], Op.EQ)) return newInt(i);
    throw valueError('tuple.index(x): x not in tuple');
  });
  defMethod(T, '__getnewargs__', (s, a, k) => {
    checkArgs('tuple.__getnewargs__', a, k, 0, 0);
    return newTuple([newTuple(incAll((s as PyTuple).items))]);
  });
  defMethod(T, '__sizeof__', (s, a, k) => {
    checkArgs('tuple.__sizeof__', a, k, 0, 0);
    return newInt(s.type.basicsize + 8 * (s as PyTuple).items.length);
  });
  exposeSlots(T);
  exposeSequenceOps(T);
  exposeNew(T);
}
