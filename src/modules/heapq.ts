// The heapq module: Modules/_heapq.c's heap functions and Lib/heapq.py's
// merge, nlargest and nsmallest (CPython 3.11).
//
// The order and operands of every comparison are CPython's, because user
// __lt__ and __eq__ methods can observe them: the heap functions compare
// only with `<` (RichCompareBool(a, b, Py_LT)), and heapify switches to the
// cache-friendly order above 2500 items; merge, nlargest and nsmallest
// decorate items into lists and tuples exactly as heapq.py does, so that
// ties fall through to the same comparisons of the decorations.

import { PyObject, decref, releaseAll } from '../runtime/object.js';
import { builtinType, ObjectType } from '../runtime/type.js';
import { newBuiltin, checkArgs, noKw, type NativeFn } from '../runtime/types/builtinfunc.js';
import { newInt, newIntValue, intAdd, intSub, type Int } from '../runtime/types/int.js';
import { newBool } from '../runtime/types/bool.js';
import { internStr } from '../runtime/types/str.js';
import { None, newNone } from '../runtime/types/none.js';
import { PyList, ListType, newList, listAppend, listResize, listSort } from '../runtime/types/list.js';
import { PyTuple, newTuple } from '../runtime/types/tuple.js';
import { newSlice } from '../runtime/types/slice.js';
import { PyModule } from '../runtime/types/module.js';
import { PyBaseException, TypeErrorType, AttributeErrorType } from '../runtime/types/exceptions.js';
import { exposeSlots } from '../runtime/types/typeobject.js';
import { typeError, indexError, runtimeError } from '../runtime/errors.js';
import * as ab from '../runtime/abstract.js';
import { Op } from '../runtime/abstract.js';
import type { Interpreter } from '../runtime/interp.js';
import { bindPyArgs, type PySignature } from './pyargs.js';

// ---------------------------------------------------------------- the heap algorithms (_heapq.c)

/** a < b, or b < a for the max-heap variants. */
type Less = (a: PyObject, b: PyObject) => boolean;
const lessMin: Less = (a, b) => ab.compareBool(a, b, Op.LT);
const lessMax: Less = (a, b) => ab.compareBool(b, a, Op.LT);

function changedSize(): PyObject {
  return runtimeError('list changed size during iteration');
}

/** Move the item at pos up toward startpos while it is less than its parent. */
function siftdown(heap: PyList, startpos: number, pos: number, less: Less): void {
  const size = heap.items.length;
  if (pos >= size) throw indexError('index out of range');
  let arr = heap.items;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const newitem = arr[pos], parent = arr[parentpos];
    // The comparison may run Python code that changes the list: hold both.
    newitem.rc++;
    parent.rc++;
    let lt: boolean;
    try {
      lt = less(newitem, parent);
    } finally {
      decref(parent);
      decref(newitem);
    }
    if (size !== heap.items.length) throw changedSize();
    if (!lt) break;
    arr = heap.items;
    const p = arr[parentpos];
    arr[parentpos] = arr[pos];
    arr[pos] = p;
    pos = parentpos;
  }
}

/** Move the smaller child up from pos until reaching a leaf, then siftdown into place. */
function siftup(heap: PyList, pos: number, less: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) throw indexError('index out of range');
  let arr = heap.items;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const a = arr[childpos], b = arr[childpos + 1];
      a.rc++;
      b.rc++;
      let lt: boolean;
      try {
        lt = less(a, b);
      } finally {
        decref(a);
        decref(b);
      }
      if (!lt) childpos++;
      arr = heap.items;
      if (endpos !== arr.length) throw changedSize();
    }
    const t = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = t;
    pos = childpos;
  }
  siftdown(heap, startpos, pos, less);
}

/** The largest power of two <= n. */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) {
    n >>= 1;
    i++;
  }
  return n << i;
}

function heapify(heap: PyList, less: Less): void {
  const n = heap.items.length;
  if (n > 2500) {
    // Large heaps are built a subtree at a time (heapq.py's cache-friendly order).
    const m = n >> 1;
    const leftmost = keepTopBit(m + 1) - 1;
    const mhalf = m >> 1;
    const siftRow = (from: number, to: number) => {
      for (let i = from; i >= to; i--) {
        for (let j = i; ; j >>= 1) {
          siftup(heap, j, less);
          if (!(j & 1)) break;
        }
      }
    };
    siftRow(leftmost - 1, mhalf);
    siftRow(m - 1, leftmost);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
}

/** list.pop() of the last item (a new reference). */
function popLast(heap: PyList): PyObject {
  const last = heap.items.pop()!;
  listResize(heap, heap.items.length);
  return last;
}

function heappop(heap: PyList, less: Less): PyObject {
  if (heap.items.length === 0) throw indexError('index out of range');
  const last = popLast(heap);
  if (heap.items.length === 0) return last;
  const top = heap.items[0];
  heap.items[0] = last;
  siftup(heap, 0, less);
  return top;
}

function heapreplace(heap: PyList, item: PyObject, less: Less): PyObject {
  if (heap.items.length === 0) throw indexError('index out of range');
  const top = heap.items[0];
  item.rc++;
  heap.items[0] = item;
  siftup(heap, 0, less);
  return top;
}

function heappush(heap: PyList, item: PyObject): void {
  listAppend(heap, item);
  siftdown(heap, 0, heap.items.length - 1, lessMin);
}

function heappushpop(heap: PyList, item: PyObject): PyObject {
  if (heap.items.length === 0 || !lessMin(heap.items[0], item)) {
    item.rc++;
    return item;
  }
  if (heap.items.length === 0) throw indexError('index out of range');
  return heapreplace(heap, item, lessMin);
}

// ---------------------------------------------------------------- the C functions' argument checks

function heapArg(fname: string, o: PyObject, which: string): PyList {
  if (!(o instanceof PyList) || !o.type.isSubtype(ListType)) {
    throw typeError(`${fname}() argument${which} must be list, not ${o.type.name}`);
  }
  return o;
}

/** heappush(heap, item), heapreplace, heappushpop: two positional arguments. */
function twoArgs(name: string, f: (heap: PyList, item: PyObject) => PyObject): NativeFn {
  return (_s, a, k) => {
    noKw(`_heapq.${name}`, k);
    checkArgs(name, a, null, 2, 2);
    return f(heapArg(name, a[0], ' 1'), a[1]);
  };
}

function oneArg(name: string, f: (heap: PyList) => PyObject): NativeFn {
  return (_s, a, k) => {
    checkArgs(`_heapq.${name}`, a, k, 1, 1);
    return f(heapArg(name, a[0], ''));
  };
}

// ---------------------------------------------------------------- merge (a generator in heapq.py)

export const MergeType = builtinType('merge', ObjectType, { basicsize: 80, gc: true, baseType: false });
MergeType.module = 'heapq';

/** The state of heapq.merge: its arguments until the first next(), then a heap of
 *  [key, order, value?, iterator] lists, then the one iterator left. */
class PyMerge extends PyObject {
  iterables: PyObject[];
  key: PyObject | null;
  reverse: boolean;
  started = false;
  heap: PyList | null = null;
  /** The current top of the heap has been yielded and must be advanced. */
  pending = false;
  /** Only one iterator is left: its items are passed through. */
  last: PyObject | null = null;
  /** An exception ended the generator. */
  done = false;
  constructor(iterables: PyObject[], key: PyObject | null, reverse: boolean) {
    super(MergeType);
    this.iterables = iterables;
    this.key = key;
    this.reverse = reverse;
  }
}

function mergeFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  const npos = a.length - (k === null ? 0 : k.length);
  let key: PyObject | null = null;
  let reverse = false;
  for (let i = 0; k !== null && i < k.length; i++) {
    const v = a[npos + i];
    if (k[i] === 'key') key = v === None ? null : v;
    else if (k[i] === 'reverse') reverse = ab.isTrue(v);
    else throw typeError(`merge() got an unexpected keyword argument '${k[i]}'`);
  }
  const iterables = a.slice(0, npos);
  for (const x of iterables) x.rc++;
  if (key !== null) key.rc++;
  return new PyMerge(iterables, key, reverse);
}

/** The first next(): an iterator and its first item per iterable, heapified. */
function mergeStart(m: PyMerge): void {
  const h = newList([]);
  m.heap = h;
  const direction = m.reverse ? -1 : 1;
  let order = 0;
  for (const iterable of m.iterables) {
    const it = ab.getIter(iterable);
    try {
      const value = ab.iterNext(it);
      if (value !== null) {
        const entry = m.key === null
          ? [value, newInt(order * direction), it]
          : [keyOf(m.key, value), newInt(order * direction), value, it];
        it.rc++;
        listAppendOwned(h, newList(entry));
      }
    } finally {
      decref(it);
    }
    order++;
  }
  releaseAll(m.iterables);
  m.iterables = [];
  heapify(h, m.reverse ? lessMax : lessMin);
}

/** key(value), releasing value if key raises. */
function keyOf(key: PyObject, value: PyObject): PyObject {
  try {
    return ab.call(key, [value]);
  } catch (e) {
    decref(value);
    throw e;
  }
}

function listAppendOwned(l: PyList, v: PyObject): void {
  listAppend(l, v);
  decref(v);
}

function mergeNext(o: PyObject): PyObject | null {
  const m = o as PyMerge;
  if (m.done) return null;
  try {
    return mergeStep(m);
  } catch (e) {
    // A generator that raised is finished.
    m.done = true;
    throw e;
  }
}

function mergeStep(m: PyMerge): PyObject | null {
  if (m.last !== null) return ab.iterNext(m.last);
  if (!m.started) {
    m.started = true;
    mergeStart(m);
  }
  const h = m.heap!;
  const less = m.reverse ? lessMax : lessMin;
  const valueAt = m.key === null ? 0 : 2;
  for (;;) {
    if (m.pending) {
      m.pending = false;
      if (advanceTop(m, h)) {
        heapreplaceSame(h, less);
      } else {
        decref(heappop(h, less));
      }
    }
    if (h.items.length > 1) {
      m.pending = true;
      return newRefOf((h.items[0] as PyList).items[valueAt]);
    }
    if (h.items.length === 0) return null;
    // One iterator left: yield its current value, then pass the rest through.
    const s = h.items[0] as PyList;
    const value = newRefOf(s.items[valueAt]);
    const it = s.items[s.items.length - 1];
    it.rc++;
    m.last = it;
    return value;
  }
}

function newRefOf(o: PyObject): PyObject {
  o.rc++;
  return o;
}

/** s[0] = next() (and s[2] for key=): false when the top iterator is exhausted. */
function advanceTop(m: PyMerge, h: PyList): boolean {
  const s = h.items[0] as PyList;
  const it = s.items[s.items.length - 1];
  let value: PyObject | null;
  try {
    value = ab.iterNext(it);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.name === 'StopIteration')) throw e;
    decref(e);
    value = null;
  }
  if (value === null) return false;
  if (m.key === null) {
    replaceItem(s, 0, value);
  } else {
    const k = keyOf(m.key, value);
    replaceItem(s, 0, k);
    replaceItem(s, 2, value);
  }
  return true;
}

function replaceItem(l: PyList, i: number, v: PyObject): void {
  const old = l.items[i];
  l.items[i] = v;
  decref(old);
}

/** _heapreplace(h, s) where s is already h[0]. */
function heapreplaceSame(h: PyList, less: Less): void {
  const s = h.items[0];
  decref(heapreplace(h, s, less));
}

// ---------------------------------------------------------------- nlargest, nsmallest (heapq.py)

let builtinsRef: { min: PyObject; max: PyObject; sorted: PyObject } | null = null;

/** min(it, default=sentinel[, key=key]) / max(...) through the builtins, as heapq.py calls them. */
function extreme(name: 'min' | 'max', iterable: PyObject, key: PyObject | null): PyObject {
  const it = ab.getIter(iterable);
  const sentinel = new PyObject(ObjectType);
  ObjectType.rc++;
  try {
    const args = key === null ? [it, sentinel] : [it, sentinel, key];
    const r = ab.call(builtinsRef![name], args, key === null ? ['default'] : ['default', 'key']);
    if (r === sentinel) {
      decref(r);
      return newList([]);
    }
    return newList([r]);
  } finally {
    decref(sentinel);
    decref(it);
  }
}

/** len(iterable), or null when it has none (TypeError or AttributeError). */
function sizeOrNull(iterable: PyObject): PyObject | null {
  try {
    return newInt(ab.len(iterable));
  } catch (e) {
    if (e instanceof PyBaseException && (e.type.isSubtype(TypeErrorType) || e.type.isSubtype(AttributeErrorType))) {
      decref(e);
      return null;
    }
    throw e;
  }
}

/** sorted(iterable, key=key[, reverse=True])[:n]. */
function sortedPrefix(n: PyObject, iterable: PyObject, key: PyObject | null, reverse: boolean): PyObject {
  const t = newBool(true);
  let s: PyObject;
  try {
    s = reverse ? ab.call(builtinsRef!.sorted, [iterable, key ?? None, t], ['key', 'reverse'])
      : ab.call(builtinsRef!.sorted, [iterable, key ?? None], ['key']);
  } finally {
    decref(t);
  }
  const slice = newSlice(None, n, None);
  try {
    return ab.getitem(s, slice);
  } finally {
    decref(slice);
    decref(s);
  }
}

const NBEST_SIGNATURE: Record<string, PySignature> = {
  nlargest: { name: 'nlargest', params: ['n', 'iterable', 'key'], kwonly: [], required: 2, self: 0 },
  nsmallest: { name: 'nsmallest', params: ['n', 'iterable', 'key'], kwonly: [], required: 2, self: 0 },
};

/** nsmallest/nlargest: the shortcuts, then a bounded heap of decorated items. */
function nBest(fname: string, a: PyObject[], k: string[] | null, largest: boolean): PyObject {
  const bound = bindPyArgs(NBEST_SIGNATURE[fname], a, k);
  const n = bound[0]!, iterable = bound[1]!;
  const key = bound[2] === null || bound[2] === None ? null : bound[2];
  const one = newInt(1);
  let isOne: boolean;
  try {
    isOne = ab.compareBool(n, one, Op.EQ);
  } finally {
    decref(one);
  }
  if (isOne) return extreme(largest ? 'max' : 'min', iterable, key);
  const size = sizeOrNull(iterable);
  if (size !== null) {
    let all: boolean;
    try {
      all = ab.compareBool(n, size, Op.GE);
    } finally {
      decref(size);
    }
    if (all) return sortedPrefix(n, iterable, key, largest);
  }
  // zip(range(n), it) or zip(range(0, -n, -1), it): the range ends first.
  const count = rangeLength(n, largest);
  const it = ab.getIter(iterable);
  const result = newList([]);
  try {
    let order: Int = 0;
    for (; count === null || order < count; order = intAdd(order, 1)) {
      const elem = ab.iterNext(it);
      if (elem === null) break;
      const kv = key === null ? null : keyOf(key, elem);
      const o = newIntValue(largest ? intSub(0, order) : order);
      listAppendOwned(result, newTuple(kv === null ? [elem, o] : [kv, o, elem]));
    }
    if (result.items.length === 0) return newRefOf(result);
    const less = largest ? lessMin : lessMax;
    heapify(result, less);
    let top = tupleItem(result, 0);
    let next: Int = largest ? intSub(0, order) : order;
    for (let elem = ab.iterNext(it); elem !== null; elem = ab.iterNext(it)) {
      let kv: PyObject;
      try {
        kv = key === null ? newRefOf(elem) : ab.call(key, [elem]);
      } catch (e) {
        decref(elem);
        throw e;
      }
      let better: boolean;
      try {
        better = largest ? ab.compareBool(top, kv, Op.LT) : ab.compareBool(kv, top, Op.LT);
      } catch (e) {
        decref(kv);
        decref(elem);
        throw e;
      }
      if (better) {
        const o = newIntValue(next);
        const entry = key === null ? [elem, o] : [kv, o, elem];
        if (key === null) decref(kv);
        const t = newTuple(entry);
        try {
          decref(heapreplace(result, t, less));
        } finally {
          decref(t);
        }
        decref(top);
        top = tupleItem(result, 0);
        next = largest ? intSub(next, 1) : intAdd(next, 1);
      } else {
        decref(kv);
        decref(elem);
      }
    }
    decref(top);
    listSort(result, null, largest);
    const out = result.items.map((t) => newRefOf((t as PyTuple).items[key === null ? 0 : 2]));
    return newList(out);
  } finally {
    decref(it);
    decref(result);
  }
}

/** result[i][0] as a new reference (heapq.py's `top = result[0][0]`). */
function tupleItem(l: PyList, i: number): PyObject {
  return newRefOf((l.items[i] as PyTuple).items[0]);
}

/** len(range(n)), or len(range(0, -n, -1)) for nlargest; null when beyond any iterable's length. */
function rangeLength(n: PyObject, negate: boolean): number | null {
  const v = negate ? indexOfNegated(n) : ab.indexValue(n);
  const c = negate ? -Number(v) : Number(v);
  return c <= 0 ? 0 : Number.isSafeInteger(c) ? c : null;
}

/** -n converted as range() converts it (the negation runs first, as in range(0, -n, -1)). */
function indexOfNegated(n: PyObject): number | bigint {
  const neg = ab.unaryOp(n, 'neg', '-');
  try {
    return ab.indexValue(neg);
  } finally {
    decref(neg);
  }
}

// ---------------------------------------------------------------- the module

export function initHeapqTypes(): void {
  MergeType.iter = (o) => newRefOf(o);
  MergeType.next = mergeNext;
  MergeType.dealloc = (o) => {
    const m = o as PyMerge;
    releaseAll(m.iterables);
    if (m.key !== null) decref(m.key);
    if (m.heap !== null) decref(m.heap);
    if (m.last !== null) decref(m.last);
  };
  exposeSlots(MergeType);
}

/** _heapq: the C accelerator's functions only (what heapq.py imports from it). */
export function initHeapqC(m: PyModule, interp: Interpreter): void {
  initHeapqParts(m, interp, false);
}

export function initHeapq(m: PyModule, interp: Interpreter): void {
  initHeapqParts(m, interp, true);
}

function initHeapqParts(m: PyModule, interp: Interpreter, full: boolean): void {
  const b = interp.builtins;
  builtinsRef = { min: b.get('min')!, max: b.get('max')!, sorted: b.get('sorted')! };
  const def = (name: string, fn: NativeFn, module: string) => {
    const f = newBuiltin(name, fn, module);
    m.set(name, f);
    decref(f);
  };
  def('heappush', twoArgs('heappush', (h, x) => (heappush(h, x), newNone())), '_heapq');
  def('heappop', oneArg('heappop', (h) => heappop(h, lessMin)), '_heapq');
  def('heapify', oneArg('heapify', (h) => (heapify(h, lessMin), newNone())), '_heapq');
  def('heapreplace', twoArgs('heapreplace', (h, x) => heapreplace(h, x, lessMin)), '_heapq');
  def('heappushpop', twoArgs('heappushpop', heappushpop), '_heapq');
  def('_heappop_max', oneArg('_heappop_max', (h) => heappop(h, lessMax)), '_heapq');
  def('_heapify_max', oneArg('_heapify_max', (h) => (heapify(h, lessMax), newNone())), '_heapq');
  def('_heapreplace_max', twoArgs('_heapreplace_max', (h, x) => heapreplace(h, x, lessMax)), '_heapq');
  if (!full) return;
  def('merge', mergeFn, 'heapq');
  def('nlargest', (_s, a, k) => nBest('nlargest', a, k, true), 'heapq');
  def('nsmallest', (_s, a, k) => nBest('nsmallest', a, k, false), 'heapq');
  const all = newList(['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
    'heappushpop'].map((n) => internStr(n)));
  m.set('__all__', all);
  decref(all);
}
