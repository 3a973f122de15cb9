// list: a resizable array of references (Objects/listobject.c, CPython 3.11).
//
// `items` holds exactly the list's ob_size items. `allocated` is the capacity
// CPython's list would have, following list_resize's over-allocation and the
// exact-size paths (list_preallocate_exact, list_new_prealloc), so that
// sys.getsizeof and tracemalloc see CPython's figures. `block` records whether
// CPython's ob_item would be non-NULL: list_extend sizes an empty list
// differently when it has never had a block (`[]`, after clear()) than when a
// shrink left a zero-sized one (after pop() of the last item).
//
// Every mutation follows CPython's order of operations, because Python code
// runs in the middle of them (__eq__, __del__, __index__, the iterator being
// consumed) and may look at or change the list.

import { PyObject, objectAllocated, decref, releaseAll, recursion } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { simpleFreelist, traverseItems } from '../gc.js';
import { heapTrace, traceBlock } from '../heap.js';

export const ListType = builtinType('list', ObjectType, { basicsize: 40, gc: true, freelist: simpleFreelist(80) });

export class PyList extends PyObject {
  allocated: number;
  /** ob_item != NULL. */
  block: boolean;
  /** Owned references. */
  items: PyObject[];
  constructor(items: PyObject[], type: PyType = ListType) {
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
    this.allocated = items.length;
    this.block = items.length > 0;
    if (heapTrace.on && items.length > 0) traceBlock(this, LIST_ITEMS, 8 * items.length);
  }
}

/**
 * The list's item array (ob_item) is its secondary block LIST_ITEMS for the
 * allocation tracer: 8 bytes a slot of capacity, reallocated where the
 * capacity changes and freed with the list or by clear().
 */
export const LIST_ITEMS = 0;

/** Set the capacity (a PyMem_Realloc of ob_item to n slots). */
export function setListCapacity(l: PyList, n: number): void {
  l.allocated = n;
  l.block = true;
  if (heapTrace.on) traceBlock(l, LIST_ITEMS, 8 * n);
}

/** Instances of list subclasses (the JS class a class statement derives from). */
class PyListInstance extends PyList {
  constructor(type: PyType) {
    super([], type);
  }
}

/** A new list that takes ownership of the references in `items` (PyList_New(n) filled in: exactly n slots). */
export function newList(items: PyObject[]): PyList {
  return new PyList(items);
}

/**
 * list_resize: the capacity CPython chooses when the list is to hold
 * `newsize` items. Call it before changing `items`: CPython's rule compares
 * newsize with the current size.
 */
export function listResize(l: PyList, newsize: number): void {
  resizeFrom(l, l.items.length, newsize);
}

/** list_resize of a list that holds `size` items. */
function resizeFrom(l: PyList, size: number, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  let newAllocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - size > newAllocated - newsize) newAllocated = (newsize + 3) & ~3;
  if (newsize === 0) newAllocated = 0;
  setListCapacity(l, newAllocated);
}

/**
 * A list made by PyList_New(prealloc) and filled by storing the first
 * `prealloc` items and appending the rest (str.split's PREALLOC_SIZE lists;
 * 0: PyList_New(0) and appends). Takes `items` itself, a packed array that
 * becomes the list's, and the references it holds.
 */
export function listPreallocated(items: PyObject[], prealloc: number): PyList {
  const l = new PyList([]);
  if (prealloc > 0) setListCapacity(l, prealloc);
  // Only the capacity follows the appends (an append resizes a full list);
  // the items are handed over at once rather than pushed one by one.
  for (let n = l.allocated; n < items.length; n = l.allocated) resizeFrom(l, n, n + 1);
  l.items = items;
  return l;
}

/** The capacity str.split and bytes.split (stringlib) give their result list: MAX_PREALLOC 12, or maxsplit + 1. */
export function splitPrealloc(maxsplit: number): number {
  return maxsplit < 0 || maxsplit >= 12 ? 12 : maxsplit + 1;
}

/** list_preallocate_exact: the first block of a list that had none, rounded up to an even size. */
function preallocateExact(l: PyList, size: number): void {
  setListCapacity(l, (size + 1) & ~1);
}

/** _list_clear: drop every item (last to first) and the block; the list is empty before any __del__ runs. */
export function listClear(l: PyList): void {
  if (!l.block) return;
  const items = l.items;
  l.items = [];
  l.allocated = 0;
  l.block = false;
  if (heapTrace.on) traceBlock(l, LIST_ITEMS, 0);
  releaseAll(items);
}

ListType.dealloc = (o) => {
  const l = o as PyList;
  const items = l.items;
  l.items = [];
  releaseAll(items);
  if (heapTrace.on && l.block) traceBlock(l, LIST_ITEMS, 0);
};
// list_traverse visits the items from last to first.
ListType.traverse = traverseItems;
ListType.clear = (o) => listClear(o as PyList);

import { PyInt, IntType, newInt, indexSsize, numberIndex, unpackArgs, exposeNew } from './int.js';
import { True, False, newBool } from './bool.js';
import { FloatType, type PyFloat } from './float.js';
import { PyStr, StrType, newStr, compareCodePoints, isSimple } from './str.js';
import { None, NotImplemented, newNone } from './none.js';
import { PyTuple, TupleType, subscriptIndex, compareSizes, exposeSequenceOps, indexArgs, MAX_ITEMS, incAll } from './tuple.js';
import { PySlice, SLICE, sliceUnpack, sliceAdjust, sliceIndices } from './slice.js';
import { checkArgs, noKw } from './builtinfunc.js';
import { exposeSlots, exposeCoexisting, defMethod, allocInstance } from './typeobject.js';
import { newException, MemoryErrorType, TypeErrorType, PyBaseException } from './exceptions.js';
import { typeError, valueError, indexError, overflowError } from '../errors.js';
import { reprJS, richCompare, compareBool, getIter, iterNext, isTrue, call, Op } from '../abstract.js';
import { lengthHint, PyListIter, ListIterType, ListRevIterType } from './iterators.js';
import { FunctionType, type PyFunction } from './function.js';
import { callResult } from '../excresult.js';

/** MemoryError(): what CPython raises when a size computation overflows or an allocation fails. */
export function memoryError(): PyBaseException {
  return newException(MemoryErrorType, null);
}

// ---------------------------------------------------------------- recursive reprs (Py_ReprEnter)

const reprActive = new Set<PyObject>();

/** Py_ReprEnter: false when o's repr is already being computed (the caller shows `...`). */
export function reprEnter(o: PyObject): boolean {
  if (reprActive.has(o)) return false;
  reprActive.add(o);
  return true;
}

export function reprLeave(o: PyObject): void {
  reprActive.delete(o);
}

// ---------------------------------------------------------------- construction

/** A new empty list of `type` (list or a subclass), as tp_alloc makes it: no block. */
export function allocList(type: PyType): PyList {
  if (type === ListType) return new PyList([]);
  return (type.heapType ? allocInstance(type) : new PyListInstance(type)) as PyList;
}

/** PySequence_List: a new list with the items of any iterable (list_extend on an empty list). */
export function sequenceList(o: PyObject): PyList {
  const l = new PyList([]);
  try {
    listExtend(l, o);
  } catch (e) {
    decref(l);
    throw e;
  }
  return l;
}

/** PySequence_Fast: a list or tuple holding the items of `o` (a new reference; `o` itself when it is one). */
export function sequenceFast(o: PyObject, message: string): PyList | PyTuple {
  if (o.type === ListType || o.type === TupleType) {
    o.rc++;
    return o as PyList | PyTuple;
  }
  let it: PyObject;
  try {
    it = getIter(o);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeErrorType)) {
      decref(e);
      throw typeError(message);
    }
    throw e;
  }
  try {
    return sequenceList(it);
  } finally {
    decref(it);
  }
}

// ---------------------------------------------------------------- growth: append, insert, extend

/** list.append / PyList_Append (_PyList_AppendTakeRef): takes a new reference to v. */
export function listAppend(l: PyList, v: PyObject): void {
  if (l.allocated <= l.items.length) listResize(l, l.items.length + 1);
  v.rc++;
  l.items.push(v);
}

/** ins1: insert v (a new reference is taken) before index `where`, clipped to the list. */
export function listInsert(l: PyList, where: number, v: PyObject): void {
  const n = l.items.length;
  listResize(l, n + 1);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  v.rc++;
  l.items.splice(where, 0, v);
}

/** list.extend (3.11's list_extend): lists and tuples are copied, anything else is iterated with a length hint. */
export function listExtend(l: PyList, iterable: PyObject): void {
  if (iterable.type === ListType || iterable.type === TupleType || iterable === l) {
    const src = (iterable as PyList | PyTuple).items;
    const n = src.length;
    if (n === 0) return;
    const m = l.items.length;
    if (!l.block) preallocateExact(l, n);
    else listResize(l, m + n);
    const items = l.items;
    // src may be items itself (l.extend(l)): n was read first.
    for (let i = 0; i < n; i++) {
      const x = src[i];
      x.rc++;
      items.push(x);
    }
    return;
  }
  const it = getIter(iterable);
  try {
    const n = lengthHint(iterable, 8);
    const m = l.items.length;
    if (!l.block) {
      if (n > 0) preallocateExact(l, n);
    } else {
      listResize(l, m + n);
    }
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      if (l.items.length >= l.allocated) listResize(l, l.items.length + 1);
      l.items.push(x);
    }
    // Give back what the hint over-estimated.
    if (l.items.length < l.allocated) listResize(l, l.items.length);
  } finally {
    decref(it);
  }
}

// ---------------------------------------------------------------- slices

/**
 * list_ass_slice: a[ilow:ihigh] = v, or del a[ilow:ihigh] when v is null.
 * The removed items are released last, after the list is consistent again.
 */
export function listAssSlice(a: PyList, ilow: number, ihigh: number, v: PyObject | null): void {
  let vitems: PyObject[] = [];
  let vfast: PyList | PyTuple | null = null;
  if (v !== null) {
    if (v === a) {
      // a[i:j] = a: copy a first.
      const copy = newList(incAll(a.items));
      try {
        listAssSlice(a, ilow, ihigh, copy);
      } finally {
        decref(copy);
      }
      return;
    }
    vfast = sequenceFast(v, 'can only assign an iterable');
    vitems = vfast.items;
  }
  try {
    const size = a.items.length;
    if (ilow < 0) ilow = 0;
    else if (ilow > size) ilow = size;
    if (ihigh < ilow) ihigh = ilow;
    else if (ihigh > size) ihigh = size;
    const n = vitems.length;
    const norig = ihigh - ilow;
    const d = n - norig;
    if (size + d === 0) {
      if (vfast !== null) {
        decref(vfast);
        vfast = null;
      }
      listClear(a);
      return;
    }
    const items = a.items;
    const recycle = items.slice(ilow, ihigh);
    listResize(a, size + d);
    if (d < 0) {
      for (let k = ihigh; k < size; k++) items[k + d] = items[k];
      items.length = size + d;
    } else if (d > 0) {
      items.length = size + d;
      for (let k = size - 1; k >= ihigh; k--) items[k + d] = items[k];
    }
    for (let k = 0; k < n; k++) {
      const w = vitems[k];
      w.rc++;
      items[ilow + k] = w;
    }
    releaseAll(recycle);
  } finally {
    if (vfast !== null) decref(vfast);
  }
}

/** list_slice: a new list of a[ilow:ihigh] (indices already clipped). */
function listSlice(a: PyList, ilow: number, ihigh: number): PyList {
  if (ihigh - ilow <= 0) return new PyList([]);
  return newList(incAll(a.items.slice(ilow, ihigh)));
}

function listSubscript(o: PyObject, key: PyObject): PyObject {
  const l = o as PyList;
  if (key.type.index !== null) {
    const v = (key as PyInt).v;
    let i = key.type === IntType && typeof v === 'number' ? v : subscriptIndex(key);
    const items = l.items;
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) throw indexError('list index out of range');
    const x = items[i];
    x.rc++;
    return x;
  }
  if (key instanceof PySlice) {
    const n = sliceIndices(key, l.items.length);
    const start = SLICE.start;
    const step = SLICE.step;
    if (n <= 0) return new PyList([]);
    if (step === 1) return listSlice(l, start, SLICE.stop);
    const items = l.items;
    const out = new Array<PyObject>(n);
    for (let i = 0, cur = start; i < n; i++, cur += step) {
      const x = items[cur];
      x.rc++;
      out[i] = x;
    }
    return newList(out);
  }
  throw typeError(`list indices must be integers or slices, not ${key.type.name}`);
}

/** list_ass_item: a[i] = v, or del a[i] when v is null. */
function listAssItem(l: PyList, i: number, v: PyObject | null): void {
  if (i < 0 || i >= l.items.length) throw indexError('list assignment index out of range');
  if (v === null) {
    listAssSlice(l, i, i + 1, null);
    return;
  }
  v.rc++;
  const old = l.items[i];
  l.items[i] = v;
  decref(old);
}

function listAssSubscript(o: PyObject, key: PyObject, v: PyObject | null): void {
  const l = o as PyList;
  if (key.type.index !== null) {
    let i = subscriptIndex(key);
    if (i < 0) i += l.items.length;
    listAssItem(l, i, v);
    return;
  }
  if (!(key instanceof PySlice)) throw typeError(`list indices must be integers or slices, not ${key.type.name}`);
  sliceUnpack(key);
  const slicelength = sliceAdjust(l.items.length);
  let start = SLICE.start;
  let stop = SLICE.stop;
  let step = SLICE.step;
  if (step === 1) {
    listAssSlice(l, start, stop, v);
    return;
  }
  // s[5:2] = [...] inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (v === null) {
    if (slicelength <= 0) return;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    deleteExtended(l, start, step, slicelength);
    return;
  }
  const seq = v === l ? newList(incAll(l.items)) : sequenceFast(v, 'must assign iterable to extended slice');
  try {
    const seqitems = seq.items;
    if (seqitems.length !== slicelength) {
      throw valueError(`attempt to assign sequence of size ${seqitems.length} to extended slice of size ${slicelength}`);
    }
    if (slicelength === 0) return;
    const items = l.items;
    const garbage = new Array<PyObject>(slicelength);
    for (let i = 0, cur = start; i < slicelength; i++, cur += step) {
      garbage[i] = items[cur];
      const x = seqitems[i];
      x.rc++;
      items[cur] = x;
    }
    for (let i = 0; i < slicelength; i++) decref(garbage[i]);
  } finally {
    decref(seq);
  }
}

/** del l[start::step] with step > 0 and `count` items: compact, shrink, then release in index order. */
function deleteExtended(l: PyList, start: number, step: number, count: number): void {
  const items = l.items;
  const size = items.length;
  const garbage = new Array<PyObject>(count);
  let w = start;
  for (let r = start, i = 0; r < size; r++) {
    if (i < count && r === start + i * step) {
      garbage[i++] = items[r];
    } else {
      items[w++] = items[r];
    }
  }
  items.length = size - count;
  listResize(l, size - count);
  for (let i = 0; i < count; i++) decref(garbage[i]);
}

// ---------------------------------------------------------------- operators

/** list_richcompare: lexicographic; lists of different lengths are unequal without comparing items. */
function listCompare(v: PyObject, w: PyObject, op: Op): PyObject {
  if (!(v instanceof PyList) || !(w instanceof PyList)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  if (v.items.length !== w.items.length && (op === Op.EQ || op === Op.NE)) return newBool(op === Op.NE);
  let i = 0;
  for (; i < v.items.length && i < w.items.length; i++) {
    const a = v.items[i];
    const b = w.items[i];
    if (a === b) continue;
    a.rc++;
    b.rc++;
    let eq: boolean;
    try {
      eq = compareBool(a, b, Op.EQ);
    } finally {
      decref(a);
      decref(b);
    }
    if (!eq) break;
  }
  const vn = v.items.length;
  const wn = w.items.length;
  if (i >= vn || i >= wn) return newBool(compareSizes(vn, wn, op));
  if (op === Op.EQ) return newBool(false);
  if (op === Op.NE) return newBool(true);
  return richCompare(v.items[i], w.items[i], op);
}

function listConcat(a: PyObject, b: PyObject): PyObject {
  if (!(b instanceof PyList)) throw typeError(`can only concatenate list (not "${b.type.name}") to list`);
  const x = (a as PyList).items;
  const size = x.length + b.items.length;
  if (size === 0) return new PyList([]);
  const out = incAll(x);
  const y = b.items;
  for (let i = 0; i < y.length; i++) {
    y[i].rc++;
    out.push(y[i]);
  }
  return newList(out);
}

function listRepeat(a: PyObject, n: number): PyObject {
  const items = (a as PyList).items;
  if (n < 0) n = 0;
  const size = items.length * n;
  if (size === 0) return new PyList([]);
  if (size > MAX_ITEMS) throw memoryError();
  const out = new Array<PyObject>(size);
  for (let j = 0; j < items.length; j++) items[j].rc += n;
  for (let i = 0; i < size; i++) out[i] = items[i % items.length];
  return newList(out);
}

function listInplaceConcat(a: PyObject, b: PyObject): PyObject {
  listExtend(a as PyList, b);
  a.rc++;
  return a;
}

function listInplaceRepeat(a: PyObject, n: number): PyObject {
  const l = a as PyList;
  const size = l.items.length;
  if (size === 0 || n === 1) {
    l.rc++;
    return l;
  }
  if (n < 1) {
    listClear(l);
    l.rc++;
    return l;
  }
  if (size * n > MAX_ITEMS) throw memoryError();
  listResize(l, size * n);
  const items = l.items;
  for (let j = 0; j < size; j++) items[j].rc += n - 1;
  for (let i = size; i < size * n; i++) items.push(items[i - size]);
  l.rc++;
  return l;
}

function listContains(o: PyObject, x: PyObject): boolean {
  const l = o as PyList;
  for (let i = 0; i < l.items.length; i++) {
    const item = l.items[i];
    item.rc++;
    try {
      if (compareBool(item, x, Op.EQ)) return true;
    } finally {
      decref(item);
    }
  }
  return false;
}

function listRepr(o: PyObject): PyObject {
  const l = o as PyList;
  if (l.items.length === 0) return newStr('[]');
  if (!reprEnter(l)) return newStr('[...]');
  try {
    // The list may change while its items' reprs run: re-read it each time.
    let s = '[';
    for (let i = 0; i < l.items.length; i++) {
      if (i > 0) s += ', ';
      s += reprJS(l.items[i]);
    }
    return newStr(s + ']');
  } finally {
    reprLeave(l);
  }
}

// ---------------------------------------------------------------- methods

function listPop(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('list.pop', k);
  checkArgs('pop', a, null, 0, 1);
  const l = self as PyList;
  let index = a.length > 0 ? indexSsize(a[0]) : -1;
  const size = l.items.length;
  if (size === 0) throw indexError('pop from empty list');
  if (index < 0) index += size;
  if (index < 0 || index >= size) throw indexError('pop index out of range');
  const v = l.items[index];
  if (index === size - 1) {
    listResize(l, size - 1);
    l.items.pop();
    return v;
  }
  v.rc++;
  listAssSlice(l, index, index + 1, null);
  return v;
}

function listRemove(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('list.remove', a, k, 1, 1);
  const l = self as PyList;
  for (let i = 0; i < l.items.length; i++) {
    const obj = l.items[i];
    obj.rc++;
    let eq: boolean;
    try {
      eq = compareBool(obj, a[0], Op.EQ);
    } finally {
      decref(obj);
    }
    if (eq) {
      listAssSlice(l, i, i + 1, null);
      return newNone();
    }
  }
  throw valueError('list.remove(x): x not in list');
}

function listIndex(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  const l = self as PyList;
  const [start, stop] = indexArgs('index', 'list.index', a, k, l.items.length);
  for (let i = start; i < stop && i < l.items.length; i++) {
    const obj = l.items[i];
    obj.rc++;
    let eq: boolean;
    try {
      eq = compareBool(obj, a[0], Op.EQ);
    } finally {
      decref(obj);
    }
    if (eq) return newInt(i);
  }
  throw valueError(`${reprJS(a[0])} is not in list`);
}

function listCount(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('list.count', a, k, 1, 1);
  const l = self as PyList;
  let count = 0;
  for (let i = 0; i < l.items.length; i++) {
    const obj = l.items[i];
    if (obj === a[0]) {
      count++;
      continue;
    }
    obj.rc++;
    try {
      if (compareBool(obj, a[0], Op.EQ)) count++;
    } finally {
      decref(obj);
    }
  }
  return newInt(count);
}

/** list.__init__: clear, then extend with the optional iterable. */
function listInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  // Keywords are refused unless a subclass's own __new__ takes them.
  if (self.type === ListType || self.type.new_ === ListType.new_) noKw('list', kw);
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos > 1) throw typeError(`list expected at most 1 argument, got ${npos}`);
  const l = self as PyList;
  if (l.block) listClear(l);
  if (npos > 0) listExtend(l, args[0]);
}

function listNew(type: PyObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return allocList(type as PyType);
}

// ---------------------------------------------------------------- sort (Objects/listsort.txt)

/** A "less than" on two keys; it may run Python code and throw. */
type LessThan = (x: PyObject, y: PyObject) => boolean;

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

/** The state of one sort: the arrays being sorted, the merge temp space and the stack of pending runs. */
class MergeState {
  minGallop = MIN_GALLOP;
  /** Temp storage for the smaller run of a merge (keys, and values when there is a key function). */
  tk: PyObject[] = [];
  tv: PyObject[] = [];
  base: number[] = [];
  len: number[] = [];
  power: number[] = [];
  n = 0;
  /** Set by countRun. */
  descending = false;
  constructor(public keys: PyObject[], public values: PyObject[] | null, public lt: LessThan, public listlen: number) {}
}

/** Reverse keys (and values) in [lo, hi). */
function reverseRange(ms: MergeState, lo: number, hi: number): void {
  reverseArray(ms.keys, lo, hi);
  if (ms.values !== null) reverseArray(ms.values, lo, hi);
}

function reverseArray(a: PyObject[], lo: number, hi: number): void {
  for (hi--; lo < hi; lo++, hi--) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

/** binarysort: [lo, start) is sorted; insert each of [start, hi) by binary search (stable). */
function binarySort(ms: MergeState, lo: number, hi: number, start: number): void {
  const keys = ms.keys;
  const values = ms.values;
  const lt = ms.lt;
  if (lo === start) start++;
  for (; start < hi; start++) {
    let l = lo;
    let r = start;
    const pivot = keys[r];
    do {
      const p = l + ((r - l) >> 1);
      if (lt(pivot, keys[p])) r = p;
      else l = p + 1;
    } while (l < r);
    for (let p = start; p > l; p--) keys[p] = keys[p - 1];
    keys[l] = pivot;
    if (values !== null) {
      const vp = values[start];
      for (let p = start; p > l; p--) values[p] = values[p - 1];
      values[l] = vp;
    }
  }
}

/** count_run (3.11): the length of the run at lo; a strictly descending run sets ms.descending. */
function countRun(ms: MergeState, lo: number, hi: number): number {
  const keys = ms.keys;
  const lt = ms.lt;
  ms.descending = false;
  lo++;
  if (lo === hi) return 1;
  let n = 2;
  if (lt(keys[lo], keys[lo - 1])) {
    ms.descending = true;
    for (lo++; lo < hi; lo++, n++) if (!lt(keys[lo], keys[lo - 1])) break;
  } else {
    for (lo++; lo < hi; lo++, n++) if (lt(keys[lo], keys[lo - 1])) break;
  }
  return n;
}

/** gallop_left: k in 0..n with a[base+k-1] < key <= a[base+k], searching from base+hint. */
function gallopLeft(lt: LessThan, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(a[base + hint], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (!lt(a[base + hint + ofs], key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** gallop_right: k in 0..n with a[base+k-1] <= key < a[base+k]. */
function gallopRight(lt: LessThan, key: PyObject, a: PyObject[], base: number, n: number, hint: number): number {
  let lastofs = 0;
  let ofs = 1;
  if (lt(key, a[base + hint])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (!lt(key, a[base + hint - ofs])) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  lastofs++;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Copy n keys (and values) from (srcK, srcV)[from..] to the sorted arrays at `to`, front to back. */
function copyIn(ms: MergeState, to: number, srcK: PyObject[], srcV: PyObject[], from: number, n: number): void {
  const keys = ms.keys;
  for (let i = 0; i < n; i++) keys[to + i] = srcK[from + i];
  const values = ms.values;
  if (values !== null) for (let i = 0; i < n; i++) values[to + i] = srcV[from + i];
}

/** memmove within the sorted arrays, safe for overlapping ranges. */
function moveWithin(ms: MergeState, to: number, from: number, n: number): void {
  const keys = ms.keys;
  const values = ms.values;
  if (to < from) {
    for (let i = 0; i < n; i++) keys[to + i] = keys[from + i];
    if (values !== null) for (let i = 0; i < n; i++) values[to + i] = values[from + i];
  } else {
    for (let i = n - 1; i >= 0; i--) keys[to + i] = keys[from + i];
    if (values !== null) for (let i = n - 1; i >= 0; i--) values[to + i] = values[from + i];
  }
}

/** Save na entries at `from` into the temp arrays. */
function saveToTemp(ms: MergeState, from: number, n: number): void {
  const keys = ms.keys;
  const tk = ms.tk;
  for (let i = 0; i < n; i++) tk[i] = keys[from + i];
  const values = ms.values;
  if (values !== null) {
    const tv = ms.tv;
    for (let i = 0; i < n; i++) tv[i] = values[from + i];
  }
}

/**
 * merge_lo: merge the na entries at ssa with the nb at ssb = ssa + na, na <= nb,
 * with run A in temp storage. On an exception the rest of A is copied back so
 * that the list stays a permutation of its items.
 */
function mergeLo(ms: MergeState, ssa: number, na: number, ssb: number, nb: number): void {
  const keys = ms.keys;
  const values = ms.values;
  const lt = ms.lt;
  const tk = ms.tk;
  const tv = ms.tv;
  saveToTemp(ms, ssa, na);
  let dest = ssa;
  let pa = 0;
  let pb = ssb;
  keys[dest] = keys[pb];
  if (values !== null) values[dest] = values[pb];
  dest++;
  pb++;
  nb--;
  let copyB = false;
  try {
    merge: if (nb !== 0) {
      if (na === 1) {
        copyB = true;
        break merge;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        // One at a time until one run wins consistently.
        for (;;) {
          if (lt(keys[pb], tk[pa])) {
            keys[dest] = keys[pb];
            if (values !== null) values[dest] = values[pb];
            dest++;
            pb++;
            bcount++;
            acount = 0;
            if (--nb === 0) break merge;
            if (bcount >= minGallop) break;
          } else {
            keys[dest] = tk[pa];
            if (values !== null) values[dest] = tv[pa];
            dest++;
            pa++;
            acount++;
            bcount = 0;
            if (--na === 1) {
              copyB = true;
              break merge;
            }
            if (acount >= minGallop) break;
          }
        }
        // Galloping, until neither run wins consistently.
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(lt, keys[pb], tk, pa, na, 0);
          acount = k;
          if (k) {
            copyIn(ms, dest, tk, tv, pa, k);
            dest += k;
            pa += k;
            na -= k;
            if (na === 1) {
              copyB = true;
              break merge;
            }
            // Impossible for a consistent comparison, but it may not be one.
            if (na === 0) break merge;
          }
          keys[dest] = keys[pb];
          if (values !== null) values[dest] = values[pb];
          dest++;
          pb++;
          if (--nb === 0) break merge;
          k = gallopLeft(lt, tk[pa], keys, pb, nb, 0);
          bcount = k;
          if (k) {
            moveWithin(ms, dest, pb, k);
            dest += k;
            pb += k;
            nb -= k;
            if (nb === 0) break merge;
          }
          keys[dest] = tk[pa];
          if (values !== null) values[dest] = tv[pa];
          dest++;
          pa++;
          if (--na === 1) {
            copyB = true;
            break merge;
          }
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    }
  } catch (e) {
    if (na) copyIn(ms, dest, tk, tv, pa, na);
    throw e;
  }
  if (copyB) {
    // The last entry of A belongs after everything left in B.
    moveWithin(ms, dest, pb, nb);
    keys[dest + nb] = tk[pa];
    if (values !== null) values[dest + nb] = tv[pa];
  } else if (na) {
    copyIn(ms, dest, tk, tv, pa, na);
  }
}

/** merge_hi: as mergeLo with na >= nb, run B in temp storage, merging from the right end. */
function mergeHi(ms: MergeState, ssa: number, na: number, ssb: number, nb: number): void {
  const keys = ms.keys;
  const values = ms.values;
  const lt = ms.lt;
  const tk = ms.tk;
  const tv = ms.tv;
  saveToTemp(ms, ssb, nb);
  const basea = ssa;
  let dest = ssb + nb - 1;
  let pb = nb - 1;
  let pa = ssa + na - 1;
  keys[dest] = keys[pa];
  if (values !== null) values[dest] = values[pa];
  dest--;
  pa--;
  na--;
  let copyA = false;
  try {
    merge: if (na !== 0) {
      if (nb === 1) {
        copyA = true;
        break merge;
      }
      let minGallop = ms.minGallop;
      for (;;) {
        let acount = 0;
        let bcount = 0;
        for (;;) {
          if (lt(tk[pb], keys[pa])) {
            keys[dest] = keys[pa];
            if (values !== null) values[dest] = values[pa];
            dest--;
            pa--;
            acount++;
            bcount = 0;
            if (--na === 0) break merge;
            if (acount >= minGallop) break;
          } else {
            keys[dest] = tk[pb];
            if (values !== null) values[dest] = tv[pb];
            dest--;
            pb--;
            bcount++;
            acount = 0;
            if (--nb === 1) {
              copyA = true;
              break merge;
            }
            if (bcount >= minGallop) break;
          }
        }
        minGallop++;
        do {
          minGallop -= minGallop > 1 ? 1 : 0;
          ms.minGallop = minGallop;
          let k = gallopRight(lt, tk[pb], keys, basea, na, na - 1);
          k = na - k;
          acount = k;
          if (k) {
            dest -= k;
            pa -= k;
            moveWithin(ms, dest + 1, pa + 1, k);
            na -= k;
            if (na === 0) break merge;
          }
          keys[dest] = tk[pb];
          if (values !== null) values[dest] = tv[pb];
          dest--;
          pb--;
          if (--nb === 1) {
            copyA = true;
            break merge;
          }
          k = gallopLeft(lt, keys[pa], tk, 0, nb, nb - 1);
          k = nb - k;
          bcount = k;
          if (k) {
            dest -= k;
            pb -= k;
            copyIn(ms, dest + 1, tk, tv, pb + 1, k);
            nb -= k;
            if (nb === 1) {
              copyA = true;
              break merge;
            }
            // Impossible for a consistent comparison, but it may not be one.
            if (nb === 0) break merge;
          }
          keys[dest] = keys[pa];
          if (values !== null) values[dest] = values[pa];
          dest--;
          pa--;
          if (--na === 0) break merge;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        minGallop++;
        ms.minGallop = minGallop;
      }
    }
  } catch (e) {
    if (nb) copyIn(ms, dest - (nb - 1), tk, tv, 0, nb);
    throw e;
  }
  if (copyA) {
    // The first entry of B belongs before everything left in A.
    moveWithin(ms, dest + 1 - na, pa + 1 - na, na);
    dest -= na;
    keys[dest] = tk[pb];
    if (values !== null) values[dest] = tv[pb];
  } else if (nb) {
    copyIn(ms, dest - (nb - 1), tk, tv, 0, nb);
  }
}

/** merge_at: merge pending runs i and i+1. */
function mergeAt(ms: MergeState, i: number): void {
  let ssa = ms.base[i];
  let na = ms.len[i];
  const ssb = ms.base[i + 1];
  let nb = ms.len[i + 1];
  ms.len[i] = na + nb;
  if (i === ms.n - 3) {
    ms.base[i + 1] = ms.base[i + 2];
    ms.len[i + 1] = ms.len[i + 2];
    ms.power[i + 1] = ms.power[i + 2];
  }
  ms.n--;
  // Entries of A before where B's first belongs are already in place.
  const k = gallopRight(ms.lt, ms.keys[ssb], ms.keys, ssa, na, 0);
  ssa += k;
  na -= k;
  if (na === 0) return;
  // Entries of B after where A's last belongs are already in place.
  nb = gallopLeft(ms.lt, ms.keys[ssa + na - 1], ms.keys, ssb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, ssa, na, ssb, nb);
  else mergeHi(ms, ssa, na, ssb, nb);
}

/** powerloop: the powersort "power" of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2). */
function powerLoop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    result++;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

/** found_new_run: merge pending runs of greater power before a new run of length n2 is pushed. */
function foundNewRun(ms: MergeState, n2: number): void {
  if (ms.n === 0) return;
  const top = ms.n - 1;
  const power = powerLoop(ms.base[top], ms.len[top], n2, ms.listlen);
  while (ms.n > 1 && ms.power[ms.n - 2] > power) mergeAt(ms, ms.n - 2);
  ms.power[ms.n - 1] = power;
}

function mergeForceCollapse(ms: MergeState): void {
  while (ms.n > 1) {
    let n = ms.n - 2;
    if (n > 0 && ms.len[n - 1] < ms.len[n + 1]) n--;
    mergeAt(ms, n);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** safe_object_compare: PyObject_RichCompareBool(v, w, Py_LT). */
const safeLt: LessThan = (v, w) => compareBool(v, w, Op.LT);

/**
 * The pre-sort check of list_sort_impl: when every key (or every first item
 * of tuple keys) has one type, CPython calls that type's tp_richcompare
 * directly, falling back to the full protocol only on NotImplemented. For
 * str, int and float the result is a plain value comparison.
 */
function chooseLessThan(keys: PyObject[]): LessThan {
  const first = keys[0];
  let inTuples = first.type === TupleType && (first as PyTuple).items.length > 0;
  const keyType = inTuples ? (first as PyTuple).items[0].type : first.type;
  let sameType = true;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (inTuples && !(k.type === TupleType && (k as PyTuple).items.length !== 0)) {
      inTuples = false;
      sameType = false;
      break;
    }
    const key = inTuples ? (k as PyTuple).items[0] : k;
    if (key.type !== keyType) {
      sameType = false;
      // Keys in tuples are all checked to be tuples.
      if (!inTuples) break;
    }
  }
  let lt: LessThan = safeLt;
  if (sameType) {
    if (keyType === StrType) lt = strLt;
    else if (keyType === IntType) lt = (v, w) => (v as PyInt).v < (w as PyInt).v;
    else if (keyType === FloatType) lt = (v, w) => (v as PyFloat).v < (w as PyFloat).v;
    else if (keyType.richcompare !== null) lt = unsafeObjectLt(keyType.richcompare);
  }
  if (!inTuples) return lt;
  const elemLt = keyType === TupleType ? safeLt : lt;
  return (v, w) => tupleLt(v as PyTuple, w as PyTuple, elemLt);
}

/** Code point order; JS's own string order is the same when neither string has a surrogate pair. */
function strLt(v: PyObject, w: PyObject): boolean {
  const a = v as PyStr;
  const b = w as PyStr;
  return isSimple(a) && isSimple(b) ? a.v < b.v : compareCodePoints(a.v, b.v) < 0;
}

/**
 * PyObject_RichCompareBool(a, b, Py_EQ): the identity shortcut first (no
 * loads from the items), then plain equality for two exact ints or strs.
 */
function itemsEqual(a: PyObject, b: PyObject): boolean {
  if (a === b) return true;
  const t = a.type;
  if (t === b.type && (t === IntType || t === StrType)) return (a as PyInt | PyStr).v === (b as PyInt | PyStr).v;
  return compareBool(a, b, Op.EQ);
}

/**
 * PyObject_RichCompareBool(a, b, Py_LT) for the first unequal tuple items:
 * two exact ints, floats or strs compare their values directly, inside the
 * comparison's recursion level as PyObject_RichCompare counts it.
 */
function itemsLt(a: PyObject, b: PyObject): boolean {
  const t = a.type;
  if (t !== b.type || (t !== IntType && t !== FloatType && t !== StrType)) return compareBool(a, b, Op.LT);
  recursion.enter(' in comparison');
  const r = t === StrType ? strLt(a, b) : (a as PyInt | PyFloat).v < (b as PyInt | PyFloat).v;
  recursion.leave();
  return r;
}

/** unsafe_object_compare: the shared type's slot, then the full protocol if it declines. */
function unsafeObjectLt(rich: (a: PyObject, b: PyObject, op: number) => PyObject): LessThan {
  return (v, w) => {
    if (v.type.richcompare !== rich) return compareBool(v, w, Op.LT);
    const r = rich(v, w, Op.LT);
    if (r === NotImplemented) {
      decref(r);
      return compareBool(v, w, Op.LT);
    }
    if (r === True || r === False) {
      r.rc--;
      return r === True;
    }
    try {
      return isTrue(r);
    } finally {
      decref(r);
    }
  };
}

/** unsafe_tuple_compare: skip equal leading items; the first items use the specialised compare. */
function tupleLt(v: PyTuple, w: PyTuple, elemLt: LessThan): boolean {
  const a = v.items;
  const b = w.items;
  let i = 0;
  for (; i < a.length && i < b.length; i++) if (!itemsEqual(a[i], b[i])) break;
  if (i >= a.length || i >= b.length) return a.length < b.length;
  if (i === 0) return elemLt(a[0], b[0]);
  return itemsLt(a[i], b[i]);
}

/** Sort `keys` (permuting `values` alongside) with CPython's adaptive mergesort. */
function timsort(keys: PyObject[], values: PyObject[] | null): void {
  const n = keys.length;
  if (n < 2) return;
  const ms = new MergeState(keys, values, chooseLessThan(keys), n);
  const minrun = computeMinrun(n);
  let lo = 0;
  let nremaining = n;
  do {
    let run = countRun(ms, lo, lo + nremaining);
    if (ms.descending) reverseRange(ms, lo, lo + run);
    if (run < minrun) {
      const force = nremaining <= minrun ? nremaining : minrun;
      binarySort(ms, lo, lo + force, lo + run);
      run = force;
    }
    foundNewRun(ms, run);
    ms.base[ms.n] = lo;
    ms.len[ms.n] = run;
    ms.n++;
    lo += run;
    nremaining -= run;
  } while (nremaining);
  mergeForceCollapse(ms);
}

/**
 * list.sort (list_sort_impl): the list is emptied while it sorts, so that
 * comparisons or the key function see an empty list; any change they make is
 * reported as "list modified during sort" and thrown away.
 */
export function listSort(l: PyList, keyfunc: PyObject | null, reverse: boolean): void {
  if (keyfunc === None) keyfunc = null;
  const saved = l.items;
  const savedAllocated = l.allocated;
  const savedBlock = l.block;
  const n = saved.length;
  l.items = [];
  l.allocated = -1;
  l.block = false;
  let keys: PyObject[] | null = null;
  let error: unknown = null;
  try {
    if (keyfunc !== null) {
      keys = [];
      for (let i = 0; i < n; i++) keys.push(callKey(keyfunc, saved[i]));
    }
  } catch (e) {
    if (keys !== null) for (let i = keys.length - 1; i >= 0; i--) decref(keys[i]);
    restoreAfterSort(l, saved, savedAllocated, savedBlock);
    throw e;
  }
  try {
    if (n >= 2 && reverse) {
      if (keys !== null) reverseArray(keys, 0, n);
      reverseArray(saved, 0, n);
    }
    if (keys !== null) timsort(keys, saved);
    else timsort(saved, null);
  } catch (e) {
    error = e;
  }
  if (keys !== null) for (let i = 0; i < n; i++) decref(keys[i]);
  if (error === null && l.allocated !== -1) error = valueError('list modified during sort');
  if (reverse && n > 1) reverseArray(saved, 0, n);
  restoreAfterSort(l, saved, savedAllocated, savedBlock);
  if (error !== null) throw error;
}

/** keyfunc(x), a new reference: a Python function of one parameter is entered directly, as callFunctionBorrowed would. */
function callKey(keyfunc: PyObject, x: PyObject): PyObject {
  if (keyfunc.type === FunctionType) {
    const code = (keyfunc as PyFunction).code;
    if (code.fast === 1) {
      x.rc++;
      return callResult(code.fn(keyfunc as PyFunction, x));
    }
  }
  return call(keyfunc, [x]);
}

/** Put the sorted items back and release whatever the comparisons stored in the list meanwhile. */
function restoreAfterSort(l: PyList, saved: PyObject[], allocated: number, block: boolean): void {
  const added = l.items;
  l.items = saved;
  l.allocated = allocated;
  l.block = block;
  releaseAll(added);
}

function listSortMethod(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  const npos = a.length - (k === null ? 0 : k.length);
  if (npos > 0) throw typeError('sort() takes no positional arguments');
  const [key, rev] = unpackArgs('sort', a, k, ['key', 'reverse'], 0, 0, 0);
  let reverse = false;
  if (rev !== null) {
    // _PyLong_AsInt: any __index__ value that fits a C int.
    const r = numberIndex(rev);
    const v = r.v;
    decref(r);
    if (v > 0x7fffffff || v < -0x80000000) throw overflowError('Python int too large to convert to C int');
    reverse = v !== 0;
  }
  listSort(self as PyList, key, reverse);
  return newNone();
}

// ---------------------------------------------------------------- init

function method0(name: string, f: (l: PyList) => PyObject): (s: PyObject, a: PyObject[], k: string[] | null) => PyObject {
  return (s, a, k) => {
    checkArgs(name, a, k, 0, 0);
    return f(s as PyList);
  };
}

export function initList(): void {
  const T = ListType;
  T.jsClass = PyListInstance as unknown as new (type: PyType) => PyObject;
  T.new_ = listNew;
  T.init = listInit;
  T.repr = listRepr;
  // Lists are unhashable: the slot raises, and __hash__ is None below.
  T.hash = (o) => {
    throw typeError(`unhashable type: '${o.type.name}'`);
  };
  T.richcompare = listCompare;
  T.len = (o) => (o as PyList).items.length;
  T.getitem = listSubscript;
  T.setitem = listAssSubscript;
  T.contains = listContains;
  T.concat = listConcat;
  T.repeat = listRepeat;
  T.inplaceConcat = listInplaceConcat;
  T.inplaceRepeat = listInplaceRepeat;
  T.iter = (o) => new PyListIter(ListIterType, o as PyList, 0);
  defMethod(T, '__reversed__', method0('list.__reversed__', (l) => new PyListIter(ListRevIterType, l, l.items.length - 1)));
  defMethod(T, '__sizeof__', method0('list.__sizeof__', (l) => newInt(l.type.basicsize + 8 * l.allocated)));
  defMethod(T, 'clear', method0('list.clear', (l) => (listClear(l), newNone())));
  defMethod(T, 'copy', method0('list.copy', (l) => listSlice(l, 0, l.items.length)));
  defMethod(T, 'append', (s, a, k) => {
    checkArgs('list.append', a, k, 1, 1);
    listAppend(s as PyList, a[0]);
    return newNone();
  });
  defMethod(T, 'insert', (s, a, k) => {
    noKw('list.insert', k);
    checkArgs('insert', a, null, 2, 2);
    listInsert(s as PyList, indexSsize(a[0]), a[1]);
    return newNone();
  });
  defMethod(T, 'extend', (s, a, k) => {
    checkArgs('list.extend', a, k, 1, 1);
    listExtend(s as PyList, a[0]);
    return newNone();
  });
  defMethod(T, 'pop', listPop);
  defMethod(T, 'remove', listRemove);
  defMethod(T, 'index', listIndex);
  defMethod(T, 'count', listCount);
  defMethod(T, 'reverse', method0('list.reverse', (l) => {
    if (l.items.length > 1) l.items.reverse();
    return newNone();
  }));
  defMethod(T, 'sort', listSortMethod);
  exposeSlots(T);
  exposeCoexisting(T, '__getitem__');
  exposeSequenceOps(T);
  exposeNew(T);
  T.attrs.set('__hash__', None);
  None.rc++;
  // `seq * n` with n past the index range is an OverflowError (abstract.ts cannot import the error types).
}
