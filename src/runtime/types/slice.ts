// slice (Objects/sliceobject.c): the object `a[i:j:k]` builds, and the index
// arithmetic every sequence type shares (PySlice_Unpack, PySlice_AdjustIndices).
//
// Sequences read a slice's bounds as Py_ssize_t values, clamped: an int too big
// for the index range becomes the range's end. Lengths here never come near
// 2**53, so SSIZE_MAX stands in for PY_SSIZE_T_MAX without changing a result.

import { PyObject, objectAllocated, decref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { PyInt, IntType, newIntAny, numberIndex, intAdd, intCompare } from './int.js';
import { None, NotImplemented } from './none.js';
import { True, False } from './bool.js';
import { newTuple } from './tuple.js';
import { newStr } from './str.js';
import { checkArgs, noKw } from './builtinfunc.js';
import { exposeSlots, defMethod, defGetSet } from './typeobject.js';
import { typeError, valueError, attributeError } from '../errors.js';
import { reprJS, richCompare, Op } from '../abstract.js';
import { hooks } from '../rt.js';

export const SliceType = builtinType('slice', ObjectType, { basicsize: 40, gc: true, baseType: false });

export class PySlice extends PyObject {
  /** Owned references; None where the bound was omitted. */
  start: PyObject;
  stop: PyObject;
  step: PyObject;
  constructor(start: PyObject, stop: PyObject, step: PyObject) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = SliceType;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, SliceType);
    this.start = start;
    this.stop = stop;
    this.step = step;
  }
}

/** A new slice taking new references to its (borrowed) bounds (PySlice_New). */
export function newSlice(start: PyObject, stop: PyObject, step: PyObject): PySlice {
  start.rc++;
  stop.rc++;
  step.rc++;
  return new PySlice(start, stop, step);
}

SliceType.dealloc = (o) => {
  const s = o as PySlice;
  decref(s.start);
  decref(s.stop);
  decref(s.step);
};

export const SSIZE_MAX = Number.MAX_SAFE_INTEGER;
export const SSIZE_MIN = -SSIZE_MAX - 1;

/**
 * The bounds PySlice_Unpack and PySlice_AdjustIndices leave, read by the
 * caller right after the call (before it runs any Python code): no object is
 * allocated per slicing operation.
 */
export const SLICE = { start: 0, stop: 0, step: 1 };

/** An index object as a clamped Py_ssize_t (PyNumber_AsSsize_t(v, NULL)). */
function clampedIndex(o: PyObject): number {
  let v: number | bigint;
  if (o.type === IntType) {
    v = (o as PyInt).v;
  } else {
    const r = numberIndex(o);
    v = r.v;
    decref(r);
  }
  if (typeof v === 'number') return v > SSIZE_MAX ? SSIZE_MAX : v < SSIZE_MIN ? SSIZE_MIN : v;
  return v < 0n ? SSIZE_MIN : SSIZE_MAX;
}

/** _PyEval_SliceIndex for a bound that is not None. */
function sliceIndex(o: PyObject): number {
  if (o.type.index === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  return clampedIndex(o);
}

/** PySlice_Unpack: the step (checked first, as CPython does), then start and stop, into SLICE. */
export function sliceUnpack(s: PySlice): void {
  let step = 1;
  if (s.step !== None) {
    step = sliceIndex(s.step);
    if (step === 0) throw valueError('slice step cannot be zero');
    // -PY_SSIZE_T_MAX-1 becomes -PY_SSIZE_T_MAX so that negating it is safe.
    if (step < -SSIZE_MAX) step = -SSIZE_MAX;
  }
  const start = s.start === None ? (step < 0 ? SSIZE_MAX : 0) : sliceIndex(s.start);
  const stop = s.stop === None ? (step < 0 ? SSIZE_MIN : SSIZE_MAX) : sliceIndex(s.stop);
  SLICE.start = start;
  SLICE.stop = stop;
  SLICE.step = step;
}

/** PySlice_AdjustIndices: clip SLICE.start/stop to a sequence of `length` items; returns the slice length. */
export function sliceAdjust(length: number): number {
  const step = SLICE.step;
  let start = SLICE.start;
  let stop = SLICE.stop;
  if (start < 0) {
    start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= length) {
    start = step < 0 ? length - 1 : length;
  }
  if (stop < 0) {
    stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= length) {
    stop = step < 0 ? length - 1 : length;
  }
  SLICE.start = start;
  SLICE.stop = stop;
  if (step < 0) {
    if (stop < start) return Math.trunc((start - stop - 1) / -step) + 1;
  } else if (start < stop) {
    return Math.trunc((stop - start - 1) / step) + 1;
  }
  return 0;
}

/** PySlice_Unpack then PySlice_AdjustIndices; SLICE holds start, stop and step. */
export function sliceIndices(s: PySlice, length: number): number {
  sliceUnpack(s);
  return sliceAdjust(length);
}

// ---------------------------------------------------------------- slice.indices() on arbitrary ints

/** evaluate_slice_index: an exact int value for a bound (PyNumber_Index). */
function boundValue(o: PyObject): number | bigint {
  if (o.type.index === null) throw typeError('slice indices must be integers or None or have an __index__ method');
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  return v;
}

function sign(v: number | bigint): number {
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/** One bound of _PySlice_GetLongIndices: made non-negative and clipped to [lower, upper]. */
function longBound(o: PyObject, length: number | bigint, lower: number | bigint, upper: number | bigint,
  dflt: number | bigint): number | bigint {
  if (o === None) return dflt;
  let v = boundValue(o);
  if (sign(v) < 0) {
    v = intAdd(v, length);
    if (intCompare(v, lower) < 0) v = lower;
  } else if (intCompare(v, upper) > 0) {
    v = upper;
  }
  return v;
}

/** _PySlice_GetLongIndices: (start, stop, step) for a sequence of `length` items, with arbitrary-size ints. */
export function sliceLongIndices(s: PySlice, length: number | bigint): [number | bigint, number | bigint, number | bigint] {
  let step: number | bigint = 1;
  if (s.step !== None) {
    step = boundValue(s.step);
    if (sign(step) === 0) throw valueError('slice step cannot be zero');
  }
  const negative = sign(step) < 0;
  const lower = negative ? -1 : 0;
  const upper = negative ? intAdd(length, -1) : length;
  const start = longBound(s.start, length, lower, upper, negative ? upper : lower);
  const stop = longBound(s.stop, length, lower, upper, negative ? lower : upper);
  return [start, stop, step];
}

// ---------------------------------------------------------------- the type

function sliceNew(_t: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKw('slice', kw);
  checkArgs('slice', args, null, 1, 3);
  if (args.length === 1) return newSlice(None, args[0], None);
  return newSlice(args[0], args[1], args.length === 3 ? args[2] : None);
}

function sliceRepr(o: PyObject): PyObject {
  const s = o as PySlice;
  return newStr(`slice(${reprJS(s.start)}, ${reprJS(s.stop)}, ${reprJS(s.step)})`);
}

/** Slices compare as the tuples (start, stop, step); a slice equals itself without looking at its bounds. */
function sliceCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (!(a instanceof PySlice) || !(b instanceof PySlice)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  if (a === b) {
    // EQ, LE, GE hold for identical slices; LT, NE, GT do not.
    const r = op === Op.EQ || op === Op.LE || op === Op.GE ? True : False;
    r.rc++;
    return r;
  }
  const t1 = newTuple([inc(a.start), inc(a.stop), inc(a.step)]);
  const t2 = newTuple([inc(b.start), inc(b.stop), inc(b.step)]);
  try {
    return richCompare(t1, t2, op);
  } finally {
    decref(t1);
    decref(t2);
  }
}

function inc(o: PyObject): PyObject {
  o.rc++;
  return o;
}

function readonly(): never {
  throw attributeError('readonly attribute');
}

export function initSlice(): void {
  const T = SliceType;
  T.new_ = sliceNew;
  T.repr = sliceRepr;
  T.richcompare = sliceCompare;
  // Slices are unhashable in 3.11 (PyObject_HashNotImplemented).
  T.hash = (o) => {
    throw typeError(`unhashable type: '${o.type.name}'`);
  };
  defGetSet(T, 'start', (o) => inc((o as PySlice).start), readonly);
  defGetSet(T, 'stop', (o) => inc((o as PySlice).stop), readonly);
  defGetSet(T, 'step', (o) => inc((o as PySlice).step), readonly);
  defMethod(T, 'indices', (self, a, k) => {
    checkArgs('slice.indices', a, k, 1, 1);
    const len = numberIndex(a[0]);
    const length = len.v;
    decref(len);
    if (length < 0) throw valueError('length should not be negative');
    const [start, stop, step] = sliceLongIndices(self as PySlice, length);
    return newTuple([newIntAny(start), newIntAny(stop), newIntAny(step)]);
  });
  defMethod(T, '__reduce__', (self, a, k) => {
    checkArgs('slice.__reduce__', a, k, 0, 0);
    const s = self as PySlice;
    T.rc++;
    return newTuple([T, newTuple([inc(s.start), inc(s.stop), inc(s.step)])]);
  });
  exposeSlots(T);
  T.attrs.set('__hash__', None);
  None.rc++;
  hooks.slice = (a, b, c) => newSlice(a, b, c);
}
