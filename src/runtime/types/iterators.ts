// The built-in iterators and iterator types (Objects/listobject.c,
// tupleobject.c, rangeobject.c, setobject.c, dictobject.c, iterobject.c,
// enumobject.c, Python/bltinmodule.c): the iterators of list, tuple, range,
// set and dict, the dict views, the sequence iterator of objects with only
// __getitem__, iter(callable, sentinel), and enumerate, zip, map, filter and
// reversed.
//
// Item iterators of dicts, enumerate and zip reuse their result tuple when
// nobody else holds it, as CPython's do: it changes which tuple objects a
// loop sees and when the previous items are released.

import { PyObject, objectAllocated, decref, xdecref } from '../object.js';
import { gcTrack } from '../gc.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { PyInt, newInt, newIntAny, intAdd, intMul, intSub, numberIndex, exposeNew, indexSsize, normInt, type Int } from './int.js';
import { newRange } from './range.js';
import { True, False, BoolType } from './bool.js';
import { None, NotImplemented, newNone } from './none.js';
import { ts } from './frame.js';
import { newStr, nameStr } from './str.js';
import { PyTuple, newTuple } from './tuple.js';
import { PyList, newList, sequenceList, reprEnter, reprLeave } from './list.js';
import { PyDict, DictType, dictContains, lookup, dictCopy, deleteEntry, dictGetStr, dictEntryCount, dictHashHiAt,
  dictHashLoAt, dictKeyAt, dictValueAt } from './dict.js';
import { PySet, SET_DUMMY, makeNewSet, setUpdate, SetType, isAnySet, setAdd } from './set.js';
import { checkArgs, noKw } from './builtinfunc.js';
import { exposeSlots, defMethod, defGetSet, allocInstance, callBound } from './typeobject.js';
import { newMappingProxy } from './mappingproxy.js';
import { PyBaseException, StopIterationType, IndexErrorType, TypeErrorType } from './exceptions.js';
import { typeError, valueError, runtimeError, overflowError } from '../errors.js';
import { reprJS, compareBool, contains, getIter, iterNext, call, isTrue, len, hashOf, HASH, Op, Bin,
  seqIterFactory, setStopIteration } from '../abstract.js';
import { callIter } from '../../modules/builtins.js';

type Method = (self: PyObject, a: PyObject[], k: string[] | null) => PyObject;

function iterSelf(o: PyObject): PyObject {
  o.rc++;
  return o;
}

/** An iterator type: not subclassable, iter() returns itself. */
function iteratorType(name: string, basicsize: number, gc = true): PyType {
  return builtinType(name, ObjectType, { basicsize, gc, baseType: false });
}

/** A no-argument method. */
/** A builtin of the running frame (_PyEval_GetBuiltin), as a new reference. */
export function frameBuiltin(name: string): PyObject {
  const b = ts.frame === null ? null : dictGetStr(ts.frame.func.builtins, nameStr(name));
  if (b === null) throw runtimeError(`lost builtins.${name}`);
  b.rc++;
  return b;
}

function method0<T extends PyObject>(name: string, f: (o: T) => PyObject): Method {
  return (s, a, k) => {
    checkArgs(name, a, k, 0, 0);
    return f(s as T);
  };
}

/** Does the exception end an iteration by index (IndexError or StopIteration)? */
function endsIteration(e: unknown): boolean {
  return e instanceof PyBaseException && (e.type.isSubtype(IndexErrorType) || e.type.isSubtype(StopIterationType));
}

/** PyObject_LengthHint: len(o) if it has one, else o.__length_hint__(), else `dflt`. */
export function lengthHint(o: PyObject, dflt: number): number {
  const lenSlot = o.type.len;
  if (lenSlot !== null) {
    try {
      return lenSlot(o);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtype(TypeErrorType))) throw e;
      decref(e);
    }
  }
  const hint = o.type.lookup('__length_hint__');
  if (hint === null) return dflt;
  let r: PyObject;
  try {
    r = callBound(hint, o, []);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtype(TypeErrorType))) throw e;
    decref(e);
    return dflt;
  }
  if (r === NotImplemented) {
    decref(r);
    return dflt;
  }
  if (!(r instanceof PyInt)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__length_hint__ must be an integer, not ${n}`);
  }
  const v = r.v;
  decref(r);
  if (typeof v === 'bigint' && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
    throw overflowError('Python int too large to convert to C ssize_t');
  }
  if (v < 0) throw valueError('__length_hint__() should return >= 0');
  return Number(v);
}

// ---------------------------------------------------------------- list and tuple iterators

export const ListIterType = iteratorType('list_iterator', 32);
export const ListRevIterType = iteratorType('list_reverseiterator', 32);
export const TupleIterType = iteratorType('tuple_iterator', 32);

/** list_iterator and list_reverseiterator: an index into the list, which is dropped when exhausted. */
export class PyListIter extends PyObject {
  seq: PyList | null;
  index: number;
  constructor(type: PyType, seq: PyList, index: number) {
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
    this.index = index;
    seq.rc++;
    this.seq = seq;
  }
}

export class PyTupleIter extends PyObject {
  seq: PyTuple | null;
  index: number;
  constructor(type: PyType, seq: PyTuple) {
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
    this.index = 0;
    seq.rc++;
    this.seq = seq;
  }
}

function listIterNext(o: PyObject): PyObject | null {
  const it = o as PyListIter;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.items.length) {
    const x = seq.items[it.index++];
    x.rc++;
    return x;
  }
  it.seq = null;
  decref(seq);
  return null;
}

function listRevIterNext(o: PyObject): PyObject | null {
  const it = o as PyListIter;
  const seq = it.seq;
  if (seq !== null && it.index >= 0 && it.index < seq.items.length) {
    const x = seq.items[it.index--];
    x.rc++;
    return x;
  }
  it.index = -1;
  if (seq !== null) {
    it.seq = null;
    decref(seq);
  }
  return null;
}

function tupleIterNext(o: PyObject): PyObject | null {
  const it = o as PyTupleIter;
  const seq = it.seq;
  if (seq === null) return null;
  if (it.index < seq.items.length) {
    const x = seq.items[it.index++];
    x.rc++;
    return x;
  }
  it.seq = null;
  decref(seq);
  return null;
}

// ---------------------------------------------------------------- range iterators

export const RangeIterType = iteratorType('range_iterator', 48, false);
export const LongRangeIterType = iteratorType('longrange_iterator', 48, false);

/** range_iterator / longrange_iterator: start + index * step for index < len. */
export class PyRangeIter extends PyObject {
  index: Int;
  /** All of start, step and len are small enough for double arithmetic on every item. */
  small: boolean;
  start: Int;
  step: Int;
  len: Int;
  constructor(type: PyType, start: Int, step: Int, len: Int) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = type;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    objectAllocated(this, type);
    this.start = start;
    this.step = step;
    this.len = len;
    this.index = 0;
    this.small = typeof start === 'number' && typeof step === 'number' && typeof len === 'number' &&
      Number.isSafeInteger(start + step * len);
  }
}

function rangeIterNext(o: PyObject): PyObject | null {
  const it = o as PyRangeIter;
  if (it.small) {
    const i = it.index as number;
    if (i >= (it.len as number)) return null;
    it.index = i + 1;
    return newInt((it.start as number) + i * (it.step as number));
  }
  if (it.index >= it.len) return null;
  const v = intAdd(it.start, intMul(it.index, it.step));
  it.index = intAdd(it.index, 1);
  return newIntAny(v);
}

// ---------------------------------------------------------------- set iterator

export const SetIterType = iteratorType('set_iterator', 48);

export class PySetIter extends PyObject {
  set: PySet | null;
  used: number;
  pos = 0;
  len: number;
  constructor(so: PySet) {
    super(SetIterType);
    so.rc++;
    this.set = so;
    this.used = so.used;
    this.len = so.used;
  }
}

function setIterNext(o: PyObject): PyObject | null {
  const it = o as PySetIter;
  const so = it.set;
  if (so === null) return null;
  if (it.used !== so.used) {
    it.used = -1;
    throw runtimeError('Set changed size during iteration');
  }
  const table = so.table;
  let i = it.pos;
  while (i <= so.mask && (table[i] === null || table[i] === SET_DUMMY)) i++;
  it.pos = i + 1;
  if (i > so.mask) {
    it.set = null;
    decref(so);
    return null;
  }
  it.len--;
  const key = table[i]!;
  key.rc++;
  return key;
}

// ---------------------------------------------------------------- dict views and iterators

export const DictKeysType = builtinType('dict_keys', ObjectType, { basicsize: 24, gc: true, baseType: false });
export const DictValuesType = builtinType('dict_values', ObjectType, { basicsize: 24, gc: true, baseType: false });
export const DictItemsType = builtinType('dict_items', ObjectType, { basicsize: 24, gc: true, baseType: false });

export const DictIterKeyType = iteratorType('dict_keyiterator', 56);
export const DictIterValueType = iteratorType('dict_valueiterator', 56);
export const DictIterItemType = iteratorType('dict_itemiterator', 56);
export const DictRevIterKeyType = iteratorType('dict_reversekeyiterator', 56);
export const DictRevIterValueType = iteratorType('dict_reversevalueiterator', 56);
export const DictRevIterItemType = iteratorType('dict_reverseitemiterator', 56);

export class PyDictView extends PyObject {
  dict: PyDict;
  constructor(type: PyType, d: PyDict) {
    super(type);
    d.rc++;
    this.dict = d;
  }
}

const enum What { KEYS, VALUES, ITEMS }

/** The iterators of a dict and of its views, forward or reversed. */
export class PyDictIter extends PyObject {
  dict: PyDict | null;
  used: number;
  pos: number;
  len: number;
  what: What;
  /** The (key, value) tuple item iterators hand out and reuse. */
  result: PyTuple | null = null;
  constructor(type: PyType, d: PyDict) {
    super(type);
    d.rc++;
    this.dict = d;
    this.used = d.used;
    this.len = d.used;
    const reversed = type === DictRevIterKeyType || type === DictRevIterValueType || type === DictRevIterItemType;
    this.pos = reversed ? dictEntryCount(d) - 1 : 0;
    this.what = type === DictIterKeyType || type === DictRevIterKeyType ? What.KEYS
      : type === DictIterValueType || type === DictRevIterValueType ? What.VALUES : What.ITEMS;
    if (this.what === What.ITEMS) {
      None.rc += 2;
      this.result = newTuple([None, None]);
    }
  }
}

/** The (key, value) item, in the iterator's result tuple when only the iterator holds it. */
function itemTuple(holder: { result: PyTuple | null }, a: PyObject, b: PyObject): PyObject {
  const result = holder.result!;
  if (result.rc === 1) {
    result.rc++;
    const oldA = result.items[0];
    const oldB = result.items[1];
    result.items[0] = a;
    result.items[1] = b;
    decref(oldA);
    decref(oldB);
    // A collection may have untracked the tuple while it held only atomic items (bpo-42536).
    gcTrack(result);
    return result;
  }
  return newTuple([a, b]);
}

function dictIterResult(it: PyDictIter, d: PyDict, i: number): PyObject {
  const key = dictKeyAt(d, i)!;
  const value = dictValueAt(d, i)!;
  if (it.what === What.KEYS) {
    key.rc++;
    return key;
  }
  if (it.what === What.VALUES) {
    value.rc++;
    return value;
  }
  key.rc++;
  value.rc++;
  return itemTuple(it, key, value);
}

/** Exhausted: the iterator lets go of its dict. */
function dictIterDone(it: PyDictIter, d: PyDict): null {
  it.dict = null;
  decref(d);
  return null;
}

function dictIterNext(o: PyObject): PyObject | null {
  const it = o as PyDictIter;
  const d = it.dict;
  if (d === null) return null;
  if (it.used !== d.used) {
    it.used = -1;
    throw runtimeError('dictionary changed size during iteration');
  }
  let i = it.pos;
  const n = dictEntryCount(d);
  while (i < n && dictValueAt(d, i) === null) i++;
  if (i >= n) return dictIterDone(it, d);
  if (it.len === 0) {
    dictIterDone(it, d);
    throw runtimeError('dictionary keys changed during iteration');
  }
  it.pos = i + 1;
  it.len--;
  return dictIterResult(it, d, i);
}

function dictRevIterNext(o: PyObject): PyObject | null {
  const it = o as PyDictIter;
  const d = it.dict;
  if (d === null) return null;
  if (it.used !== d.used) {
    it.used = -1;
    throw runtimeError('dictionary changed size during iteration');
  }
  let i = it.pos;
  while (i >= 0 && (i >= dictEntryCount(d) || dictValueAt(d, i) === null)) i--;
  if (i < 0) return dictIterDone(it, d);
  it.pos = i - 1;
  it.len--;
  return dictIterResult(it, d, i);
}

function dictIterLen(it: PyDictIter): PyObject {
  return newInt(it.dict !== null && it.used === it.dict.used ? it.len : 0);
}

function viewRepr(o: PyObject): PyObject {
  if (!reprEnter(o)) return newStr('...');
  try {
    const seq = sequenceList(o);
    try {
      return newStr(`${o.type.name}(${reprJS(seq)})`);
    } finally {
      decref(seq);
    }
  } finally {
    reprLeave(o);
  }
}

function isSetView(o: PyObject): o is PyDictView {
  return o.type === DictKeysType || o.type === DictItemsType;
}

/** dictitems_contains: (key, value) whose key maps to an equal value. */
function itemsContains(o: PyObject, x: PyObject): boolean {
  const d = (o as PyDictView).dict;
  if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
  const key = x.items[0];
  const lo = hashOf(key);
  const ix = lookup(d, key, lo, HASH.hi);
  if (ix < 0) return false;
  const found = dictValueAt(d, ix)!;
  found.rc++;
  try {
    return compareBool(found, x.items[1], Op.EQ);
  } finally {
    decref(found);
  }
}

/** all_contained_in: every item of a is in b. */
function allContainedIn(a: PyObject, b: PyObject): boolean {
  const it = getIter(a);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      let ok: boolean;
      try {
        ok = contains(b, x);
      } finally {
        decref(x);
      }
      if (!ok) return false;
    }
  } finally {
    decref(it);
  }
  return true;
}

/** dictview_richcompare: keys and items views compare as sets with sets and other such views. */
function viewCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (!isAnySet(b) && !isSetView(b)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  const la = len(a);
  const lb = len(b);
  let ok = false;
  switch (op) {
    case Op.EQ:
    case Op.NE:
      if (la === lb) ok = allContainedIn(a, b);
      if (op === Op.NE) ok = !ok;
      break;
    case Op.LT:
      if (la < lb) ok = allContainedIn(a, b);
      break;
    case Op.LE:
      if (la <= lb) ok = allContainedIn(a, b);
      break;
    case Op.GT:
      if (la > lb) ok = allContainedIn(b, a);
      break;
    default:
      if (la >= lb) ok = allContainedIn(b, a);
  }
  const r = ok ? True : False;
  r.rc++;
  return r;
}

/** dictviews_to_set: a keys view of an exact dict is read through the dict (with its stored hashes). */
function viewToSet(self: PyObject): PySet {
  const src = self.type === DictKeysType && (self as PyDictView).dict.type === DictType ? (self as PyDictView).dict : self;
  return makeNewSet(SetType, src);
}

/** A set-algebra operator of views, on a fresh set made from the left operand. */
function viewSetOp(f: (result: PySet, other: PyObject) => void): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    const result = viewToSet(a);
    try {
      f(result, b);
    } catch (e) {
      decref(result);
      throw e;
    }
    return result;
  };
}

/** Call a method of a set by name (set.difference_update and friends, as CPython calls them). */
function callSetMethod(so: PySet, name: string, arg: PyObject): void {
  const m = so.type.lookup(name)!;
  decref(callBound(m, so, [arg]));
}

/** _PyDictView_Intersect. */
function viewAnd(a: PyObject, b: PyObject): PyObject {
  let self = a;
  let other = b;
  // The interpreter swaps the operands when the view is on the right.
  if (!isSetView(self)) {
    self = b;
    other = a;
  }
  const lenSelf = (self as PyDictView).dict.used;
  if (other.type === SetType && lenSelf <= len(other)) return callBound(other.type.lookup('intersection')!, other, [self]);
  if (isSetView(other) && other.dict.used > lenSelf) {
    const t = other;
    other = self;
    self = t;
  }
  const result = makeNewSet(SetType, null);
  try {
    const it = getIter(other);
    try {
      const isKeys = self.type === DictKeysType;
      for (let key = iterNext(it); key !== null; key = iterNext(it)) {
        try {
          const found = isKeys ? dictContains((self as PyDictView).dict, key) : itemsContains(self, key);
          if (found) setAdd(result, key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** dictitems_xor: items of either dict whose key is missing from, or maps to another value in, the other. */
function itemsXor(self: PyDictView, other: PyDictView): PyObject {
  const d2 = other.dict;
  const temp = dictCopy(self.dict);
  const result = makeNewSet(SetType, null);
  try {
    for (let i = 0; i < dictEntryCount(d2); i++) {
      const key = dictKeyAt(d2, i);
      if (key === null) continue;
      const val2 = dictValueAt(d2, i)!;
      const lo = dictHashLoAt(d2, i);
      const hi = dictHashHiAt(d2, i);
      key.rc++;
      val2.rc++;
      try {
        const ix = lookup(temp, key, lo, hi);
        let remove = false;
        if (ix >= 0) {
          const val1 = dictValueAt(temp, ix)!;
          val1.rc++;
          try {
            remove = compareBool(val1, val2, Op.EQ);
          } finally {
            decref(val1);
          }
        }
        if (remove) {
          const j = lookup(temp, key, lo, hi);
          if (j >= 0) deleteEntry(temp, j);
        } else {
          const pair = newTuple([key, val2]);
          key.rc++;
          val2.rc++;
          try {
            setAdd(result, pair);
          } finally {
            decref(pair);
          }
        }
      } finally {
        decref(key);
        decref(val2);
      }
    }
    const remaining = new PyDictView(DictItemsType, temp);
    try {
      setUpdate(result, remaining);
    } finally {
      decref(remaining);
    }
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(temp);
  }
  return result;
}

function viewXor(a: PyObject, b: PyObject): PyObject {
  if (a.type === DictItemsType && b.type === DictItemsType) return itemsXor(a as PyDictView, b as PyDictView);
  return viewSetOp((result, other) => callSetMethod(result, 'symmetric_difference_update', other))(a, b);
}

/** dictviews_isdisjoint. */
function viewIsDisjoint(self: PyObject, other: PyObject): boolean {
  if (self === other) return (self as PyDictView).dict.used === 0;
  let a = self;
  let b = other;
  // Iterate over the shorter one when the other is a set-like (membership is cheap).
  if (isAnySet(b) || isSetView(b)) {
    if (len(b) > (a as PyDictView).dict.used) {
      a = other;
      b = self;
    }
  }
  const it = getIter(b);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      let found: boolean;
      try {
        found = contains(a, x);
      } finally {
        decref(x);
      }
      if (found) return false;
    }
  } finally {
    decref(it);
  }
  return true;
}

// ---------------------------------------------------------------- the sequence iterator and iter(callable, sentinel)

export const SeqIterType = iteratorType('iterator', 32);
export const CallIterType = iteratorType('callable_iterator', 32);

const SSIZE_MAX = 0x7fffffffffffffffn;

/** `iterator`: seq[0], seq[1], ... until IndexError or StopIteration. */
export class PySeqIter extends PyObject {
  seq: PyObject | null;
  /** A Py_ssize_t: a bigint only past 2**53 (set by __setstate__). */
  index: Int = 0;
  constructor(seq: PyObject) {
    super(SeqIterType);
    seq.rc++;
    this.seq = seq;
  }
}

/** PySequence_GetItem(seq, i): the item slot called with an int. */
function sequenceItem(seq: PyObject, i: Int): PyObject {
  const key = newIntAny(i);
  try {
    return seq.type.getitem!(seq, key);
  } finally {
    decref(key);
  }
}

function seqIterNext(o: PyObject): PyObject | null {
  const it = o as PySeqIter;
  const seq = it.seq;
  if (seq === null) return null;
  const i = it.index;
  if (typeof i === 'bigint' && i === SSIZE_MAX) throw overflowError('iter index too large');
  try {
    const r = sequenceItem(seq, i);
    it.index = typeof i === 'number' && i < Number.MAX_SAFE_INTEGER ? i + 1 : BigInt(i) + 1n;
    return r;
  } catch (e) {
    if (!endsIteration(e)) throw e;
    decref(e as PyObject);
    it.seq = null;
    decref(seq);
    setStopIteration(null);
    return null;
  }
}

export class PyCallIter extends PyObject {
  constructor(public callable: PyObject | null, public sentinel: PyObject | null) {
    super(CallIterType);
  }
}

function callIterNext(o: PyObject): PyObject | null {
  const it = o as PyCallIter;
  const f = it.callable;
  if (f === null) return null;
  let r: PyObject;
  try {
    r = call(f, []);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtype(StopIterationType))) throw e;
    decref(e);
    clearCallIter(it);
    setStopIteration(null);
    return null;
  }
  // The call may have exhausted this very iterator (gh-101892): it then ends here.
  if (it.sentinel === null) {
    decref(r);
    setStopIteration(null);
    return null;
  }
  let done: boolean;
  try {
    done = compareBool(it.sentinel!, r, Op.EQ);
  } catch (e) {
    decref(r);
    throw e;
  }
  if (!done) return r;
  decref(r);
  clearCallIter(it);
  setStopIteration(null);
  return null;
}

function clearCallIter(it: PyCallIter): void {
  const f = it.callable;
  const s = it.sentinel;
  it.callable = null;
  it.sentinel = null;
  xdecref(f);
  xdecref(s);
}

// ---------------------------------------------------------------- enumerate, zip, map, filter, reversed

export const EnumerateType = builtinType('enumerate', ObjectType, { basicsize: 56, gc: true });
export const ZipType = builtinType('zip', ObjectType, { basicsize: 48, gc: true });
export const MapType = builtinType('map', ObjectType, { basicsize: 32, gc: true });
export const FilterType = builtinType('filter', ObjectType, { basicsize: 32, gc: true });
export const ReversedType = builtinType('reversed', ObjectType, { basicsize: 32, gc: true });

/** Allocate an object of a built-in type or of a Python subclass of it (which has a __dict__). */
function alloc<T extends PyObject>(type: PyType, C: new (type: PyType) => T): T {
  return (type.heapType ? allocInstance(type) : new C(type)) as T;
}

export class PyEnumerate extends PyObject {
  index: number;
  /** The index once it passed the Py_ssize_t range (en_longindex), as an int value. */
  longIndex: Int | null;
  it: PyObject | null;
  result: PyTuple | null;
  constructor(type: PyType) {
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
    this.index = 0;
    this.longIndex = null;
    this.it = null;
    this.result = null;
  }
}

export class PyZip extends PyObject {
  iters: PyObject[];
  result: PyTuple | null;
  strict: boolean;
  constructor(type: PyType) {
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
    this.iters = [];
    this.result = null;
    this.strict = false;
  }
}

export class PyMap extends PyObject {
  func: PyObject | null;
  iters: PyObject[];
  constructor(type: PyType) {
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
    this.func = null;
    this.iters = [];
  }
}

export class PyFilter extends PyObject {
  func: PyObject | null = null;
  it: PyObject | null = null;
}

export class PyReversed extends PyObject {
  index: number;
  seq: PyObject | null;
  constructor(type: PyType) {
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
    this.index = -1;
    this.seq = null;
  }
}

/** The jsClass of each type, so that a Python subclass gets the fields. */
function jsClassOf<T extends PyObject>(C: new (type: PyType) => T): new (type: PyType) => PyObject {
  return C as unknown as new (type: PyType) => PyObject;
}

function checkKeyword(kwnames: string[], i: number, name: string): void {
  if (kwnames[i] !== name) throw typeError(`'${kwnames[i]}' is an invalid keyword argument for enumerate()`);
}

/** enumerate(iterable, start=0), parsed as enum_vectorcall does. */
function enumerateNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const nargs = args.length - nkw;
  const total = nargs + nkw;
  if (total === 2) {
    if (nkw === 1) {
      checkKeyword(kw!, 0, 'start');
    } else if (nkw === 2) {
      if (kw![0] === 'start') {
        checkKeyword(kw!, 1, 'iterable');
        return makeEnumerate(type as PyType, args[1], args[0]);
      }
      checkKeyword(kw!, 0, 'iterable');
      checkKeyword(kw!, 1, 'start');
    }
    return makeEnumerate(type as PyType, args[0], args[1]);
  }
  if (total === 1) {
    if (nkw === 1) checkKeyword(kw!, 0, 'iterable');
    return makeEnumerate(type as PyType, args[0], null);
  }
  if (total === 0) throw typeError("enumerate() missing required argument 'iterable'");
  throw typeError(`enumerate() takes at most 2 arguments (${total} given)`);
}

/** enum_new_impl: the start is converted before the iterable is iterated. */
function makeEnumerate(type: PyType, iterable: PyObject, start: PyObject | null): PyObject {
  const en = alloc(type, PyEnumerate);
  try {
    if (start !== null) {
      const s = numberIndex(start);
      const v = s.v;
      decref(s);
      if (typeof v === 'bigint' && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
        en.index = -1;
        en.longIndex = v;
      } else {
        en.index = Number(v);
        // Past 2**53 the index is no longer exact as a double: count in bigint from there.
        if (!Number.isSafeInteger(en.index)) en.longIndex = v;
      }
    }
    en.it = getIter(iterable);
    None.rc += 2;
    en.result = newTuple([None, None]);
  } catch (e) {
    decref(en);
    throw e;
  }
  return en;
}

function enumerateNext(o: PyObject): PyObject | null {
  const en = o as PyEnumerate;
  const item = iterNext(en.it!);
  if (item === null) return null;
  let index: PyObject;
  if (en.longIndex !== null) {
    index = newIntAny(en.longIndex);
    en.longIndex = intAdd(en.longIndex, 1);
  } else {
    index = newInt(en.index);
    en.index++;
    if (!Number.isSafeInteger(en.index)) en.longIndex = en.index;
  }
  return itemTuple(en, index, item);
}

/** zip(*iterables, strict=False). */
function zipNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  let strict = false;
  if (nkw > 0) {
    if (nkw > 1) throw typeError(`zip() takes at most 1 keyword argument (${nkw} given)`);
    if (kw![0] !== 'strict') throw typeError(`'${kw![0]}' is an invalid keyword argument for zip()`);
    strict = isTrue(args[npos]);
  }
  // Made at its size: pushes onto [] would reserve 17 slots.
  const iters = new Array<PyObject>(npos);
  for (let i = 0; i < npos; i++) {
    try {
      iters[i] = getIter(args[i]);
    } catch (e) {
      for (let j = 0; j < i; j++) decref(iters[j]);
      throw e;
    }
  }
  const z = alloc(type as PyType, PyZip);
  z.iters = iters;
  z.strict = strict;
  const items: PyObject[] = [];
  for (let i = 0; i < npos; i++) items.push(None);
  None.rc += npos;
  z.result = newTuple(items);
  return z;
}

function zipNext(o: PyObject): PyObject | null {
  const z = o as PyZip;
  const n = z.iters.length;
  if (n === 0) return null;
  let result = z.result!;
  const reuse = result.rc === 1;
  if (reuse) {
    result.rc++;
    gcTrack(result);
  } else {
    result = newTuple(new Array<PyObject>(n));
  }
  for (let i = 0; i < n; i++) {
    let item: PyObject | null;
    try {
      item = iterNext(z.iters[i]);
    } catch (e) {
      abandonResult(result, reuse, i);
      if (!z.strict || !(e instanceof PyBaseException && e.type.isSubtype(StopIterationType))) throw e;
      decref(e);
      return zipStrictCheck(z, i);
    }
    if (item === null) {
      abandonResult(result, reuse, i);
      return z.strict ? zipStrictCheck(z, i) : null;
    }
    if (reuse) {
      const old = result.items[i];
      result.items[i] = item;
      decref(old);
    } else {
      result.items[i] = item;
    }
  }
  return result;
}

/** Drop the result being filled when an iterator stops at position i. */
function abandonResult(result: PyTuple, reuse: boolean, i: number): void {
  if (reuse) {
    result.rc--;
    return;
  }
  // A fresh tuple holds only its first i items.
  result.items.length = i;
  decref(result);
}

/** zip(strict=True): the iterator at i stopped; all others must stop at the same point. */
function zipStrictCheck(z: PyZip, i: number): null {
  const plural = (k: number) => (k === 1 ? ' ' : 's 1-');
  if (i > 0) throw valueError(`zip() argument ${i + 1} is shorter than argument${plural(i)}${i}`);
  for (let j = 1; j < z.iters.length; j++) {
    let item: PyObject | null;
    try {
      item = iterNext(z.iters[j]);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtype(StopIterationType))) throw e;
      decref(e);
      item = null;
    }
    if (item !== null) {
      decref(item);
      throw valueError(`zip() argument ${j + 1} is longer than argument${plural(j)}${j}`);
    }
  }
  setStopIteration(null);
  return null;
}

function mapNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  if (t === MapType) noKw('map', kw);
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos < 2) throw typeError('map() must have at least two arguments.');
  const iters: PyObject[] = [];
  try {
    for (let i = 1; i < npos; i++) iters.push(getIter(args[i]));
  } catch (e) {
    for (const it of iters) decref(it);
    throw e;
  }
  const m = alloc(t, PyMap);
  m.iters = iters;
  args[0].rc++;
  m.func = args[0];
  return m;
}

function mapNext(o: PyObject): PyObject | null {
  const m = o as PyMap;
  const vals: PyObject[] = [];
  try {
    for (const it of m.iters) {
      const v = iterNext(it);
      if (v === null) return null;
      vals.push(v);
    }
    return call(m.func!, vals);
  } finally {
    for (const v of vals) decref(v);
  }
}

function filterNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  if (t === FilterType) noKw('filter', kw);
  const npos = args.length - (kw === null ? 0 : kw.length);
  checkArgs('filter', args.slice(0, npos), null, 2, 2);
  const it = getIter(args[1]);
  const f = alloc(t, PyFilter);
  args[0].rc++;
  f.func = args[0];
  f.it = it;
  return f;
}

function filterNext(o: PyObject): PyObject | null {
  const f = o as PyFilter;
  const func = f.func!;
  const checkTrue = func === None || func === BoolType;
  for (;;) {
    const item = iterNext(f.it!);
    if (item === null) return null;
    let ok: boolean;
    try {
      if (checkTrue) {
        ok = isTrue(item);
      } else {
        const good = call(func, [item]);
        try {
          ok = isTrue(good);
        } finally {
          decref(good);
        }
      }
    } catch (e) {
      decref(item);
      throw e;
    }
    if (ok) return item;
    decref(item);
  }
}

/** reversed(seq): seq.__reversed__() if it has one, else a reverse index over a sequence. */
function reversedNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  if (t === ReversedType || t.init === ReversedType.init) noKw('reversed', kw);
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos !== 1) throw typeError(`reversed expected 1 argument, got ${npos}`);
  const seq = args[0];
  const meth = seq.type.lookup('__reversed__');
  if (meth === None) throw typeError(`'${seq.type.name}' object is not reversible`);
  if (meth !== null) return callBound(meth, seq, []);
  if (seq instanceof PyDict || seq.type.getitem === null) throw typeError(`'${seq.type.name}' object is not reversible`);
  const n = len(seq);
  const r = alloc(t, PyReversed);
  r.index = n - 1;
  seq.rc++;
  r.seq = seq;
  return r;
}

function reversedNext(o: PyObject): PyObject | null {
  const r = o as PyReversed;
  const seq = r.seq;
  if (r.index >= 0 && seq !== null) {
    try {
      const item = sequenceItem(seq, r.index);
      r.index--;
      return item;
    } catch (e) {
      if (!endsIteration(e)) throw e;
      decref(e as PyObject);
      setStopIteration(null);
    }
  }
  r.index = -1;
  if (seq !== null) {
    r.seq = null;
    decref(seq);
  }
  return null;
}

// ---------------------------------------------------------------- init

function setIterator(T: PyType, next: (o: PyObject) => PyObject | null, dealloc: (o: PyObject) => void): void {
  T.iter = iterSelf;
  T.next = next;
  T.dealloc = dealloc;
}

export function initIterators(): void {
  const deallocSeq = (o: PyObject) => xdecref((o as unknown as { seq: PyObject | null }).seq);
  setIterator(ListIterType, listIterNext, deallocSeq);
  setIterator(ListRevIterType, listRevIterNext, deallocSeq);
  setIterator(TupleIterType, tupleIterNext, deallocSeq);
  defMethod(ListIterType, '__length_hint__', method0<PyListIter>('list_iterator.__length_hint__', (it) => {
    const n = it.seq === null ? 0 : it.seq.items.length - it.index;
    return newInt(n >= 0 ? n : 0);
  }));
  defMethod(ListRevIterType, '__length_hint__', method0<PyListIter>('list_reverseiterator.__length_hint__', (it) => {
    const n = it.index + 1;
    return newInt(it.seq === null || it.seq.items.length < n ? 0 : n);
  }));
  defMethod(TupleIterType, '__length_hint__', method0<PyTupleIter>('tuple_iterator.__length_hint__', (it) =>
    newInt(it.seq === null ? 0 : it.seq.items.length - it.index)));
  // Pickled (and copied) as iter(seq) and the index, restored by __setstate__; an exhausted one as iter of an empty sequence.
  for (const [T, empty] of [[ListIterType, () => newList([])], [TupleIterType, () => newTuple([])]] as const) {
    defMethod(T, '__reduce__', method0<PyListIter | PyTupleIter>(`${T.name}.__reduce__`, (it) => {
      const iter = frameBuiltin('iter');
      const seq = it.seq;
      if (seq === null) return newTuple([iter, newTuple([empty()])]);
      seq.rc++;
      return newTuple([iter, newTuple([seq]), newInt(it.index)]);
    }));
    defMethod(T, '__setstate__', (s, a, k) => {
      checkArgs('__setstate__', a, k, 1, 1);
      const it = s as PyListIter | PyTupleIter;
      const iv = numberIndex(a[0]);
      const n = Number(iv.v);
      decref(iv);
      if (it.seq !== null) it.index = Math.max(0, Math.min(n, it.seq.items.length));
      return newNone();
    });
  }

  for (const T of [RangeIterType, LongRangeIterType]) {
    setIterator(T, rangeIterNext, () => {});
    defMethod(T, '__length_hint__', method0<PyRangeIter>(`${T.name}.__length_hint__`, (it) => newIntAny(intSub(it.len, it.index))));
  }

  setIterator(SetIterType, setIterNext, (o) => xdecref((o as PySetIter).set));
  defMethod(SetIterType, '__length_hint__', method0<PySetIter>('set_iterator.__length_hint__', (it) =>
    newInt(it.set !== null && it.used === it.set.used ? it.len : 0)));

  const deallocDictIter = (o: PyObject) => {
    const it = o as PyDictIter;
    xdecref(it.dict);
    xdecref(it.result);
  };
  for (const T of [DictIterKeyType, DictIterValueType, DictIterItemType]) {
    setIterator(T, dictIterNext, deallocDictIter);
    defMethod(T, '__length_hint__', method0<PyDictIter>(`${T.name}.__length_hint__`, dictIterLen));
  }
  for (const T of [DictRevIterKeyType, DictRevIterValueType, DictRevIterItemType]) {
    setIterator(T, dictRevIterNext, deallocDictIter);
    defMethod(T, '__length_hint__', method0<PyDictIter>(`${T.name}.__length_hint__`, dictIterLen));
  }
  initDictViews();

  setIterator(SeqIterType, seqIterNext, deallocSeq);
  defMethod(SeqIterType, '__length_hint__', method0<PySeqIter>('iterator.__length_hint__', (it) => {
    if (it.seq === null) return newInt(0);
    if (it.seq.type.len === null) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const n = len(it.seq) - Number(it.index);
    return newInt(n >= 0 ? n : 0);
  }));
  seqIterFactory.f = (o) => new PySeqIter(o);

  setIterator(CallIterType, callIterNext, (o) => clearCallIter(o as PyCallIter));
  callIter.f = (c, sentinel) => {
    if (c.type.call === null) throw typeError('iter(v, w): v must be callable');
    c.rc++;
    sentinel.rc++;
    return new PyCallIter(c, sentinel);
  };

  initBuiltinIterators();
  initPickling();
  initTraverse();
  for (const T of [ListIterType, ListRevIterType, TupleIterType, RangeIterType, LongRangeIterType, SetIterType,
    DictIterKeyType, DictIterValueType, DictIterItemType, DictRevIterKeyType, DictRevIterValueType,
    DictRevIterItemType, SeqIterType, CallIterType]) {
    exposeSlots(T);
  }
}

function initDictViews(): void {
  const deallocView = (o: PyObject) => decref((o as PyDictView).dict);
  const views: [PyType, PyType, PyType][] = [
    [DictKeysType, DictIterKeyType, DictRevIterKeyType],
    [DictValuesType, DictIterValueType, DictRevIterValueType],
    [DictItemsType, DictIterItemType, DictRevIterItemType],
  ];
  for (const [T, It, RevIt] of views) {
    T.dealloc = deallocView;
    T.repr = viewRepr;
    T.len = (o) => (o as PyDictView).dict.used;
    T.iter = (o) => new PyDictIter(It, (o as PyDictView).dict);
    defMethod(T, '__reversed__', method0<PyDictView>(`${T.name}.__reversed__`, (v) => new PyDictIter(RevIt, v.dict)));
    defGetSet(T, 'mapping', (o) => newMappingProxy((o as PyDictView).dict));
  }
  DictKeysType.contains = (o, x) => dictContains((o as PyDictView).dict, x);
  DictItemsType.contains = itemsContains;
  for (const T of [DictKeysType, DictItemsType]) {
    T.richcompare = viewCompare;
    // Set-like views are unhashable (CPython leaves their tp_hash empty).
    T.hash = (o) => {
      throw typeError(`unhashable type: '${o.type.name}'`);
    };
    T.nb[Bin.SUB] = viewSetOp((result, other) => callSetMethod(result, 'difference_update', other));
    T.nb[Bin.AND] = viewAnd;
    T.nb[Bin.OR] = viewSetOp(setUpdate);
    T.nb[Bin.XOR] = viewXor;
    defMethod(T, 'isdisjoint', (s, a, k) => {
      checkArgs(`${T.name}.isdisjoint`, a, k, 1, 1);
      const r = viewIsDisjoint(s, a[0]) ? True : False;
      r.rc++;
      return r;
    });
  }
  for (const [T] of views) exposeSlots(T);
  for (const T of [DictKeysType, DictItemsType]) {
    T.attrs.set('__hash__', None);
    None.rc++;
  }
}

function initBuiltinIterators(): void {
  const E = EnumerateType;
  E.jsClass = jsClassOf(PyEnumerate);
  E.new_ = enumerateNew;
  setIterator(E, enumerateNext, (o) => {
    const en = o as PyEnumerate;
    xdecref(en.it);
    xdecref(en.result);
  });

  const Z = ZipType;
  Z.jsClass = jsClassOf(PyZip);
  Z.new_ = zipNew;
  setIterator(Z, zipNext, (o) => {
    const z = o as PyZip;
    for (const it of z.iters) decref(it);
    xdecref(z.result);
  });

  const M = MapType;
  M.jsClass = jsClassOf(PyMap);
  M.new_ = mapNew;
  setIterator(M, mapNext, (o) => {
    const m = o as PyMap;
    for (const it of m.iters) decref(it);
    xdecref(m.func);
  });

  const F = FilterType;
  F.jsClass = jsClassOf(PyFilter);
  F.new_ = filterNew;
  setIterator(F, filterNext, (o) => {
    const f = o as PyFilter;
    xdecref(f.func);
    xdecref(f.it);
  });

  const R = ReversedType;
  R.jsClass = jsClassOf(PyReversed);
  R.new_ = reversedNew;
  setIterator(R, reversedNext, (o) => xdecref((o as PyReversed).seq));
  defMethod(R, '__length_hint__', method0<PyReversed>('reversed.__length_hint__', (r) => {
    if (r.seq === null) return newInt(0);
    const size = len(r.seq);
    const position = r.index + 1;
    return newInt(size < position ? 0 : position);
  }));

  for (const T of [E, Z, M, F, R]) {
    exposeSlots(T);
    exposeNew(T);
  }
}

// ---------------------------------------------------------------- pickling (__reduce__ and __setstate__)
//
// As in CPython 3.11: an iterator over a sequence pickles as the call that
// makes it again and its position (restored by __setstate__, which clamps
// it); one over a dict or a set as iter() of a list of what it has left; an
// exhausted one as an iterator over an empty sequence.

/** (f, args) or (f, args, state), taking the references given. */
function reduceValue(f: PyObject, args: PyObject[], state?: PyObject): PyObject {
  const t = newTuple(args);
  return newTuple(state === undefined ? [f, t] : [f, t, state]);
}

/** The state argument of __setstate__, as a Py_ssize_t. */
function stateIndex(name: string, a: PyObject[], k: string[] | null): number {
  checkArgs(name, a, k, 1, 1);
  return indexSsize(a[0]);
}

function emptyTuple(): PyObject {
  return newTuple([]);
}

/** list(copy of the iterator): walks the dict from the iterator's position without moving it. */
function dictIterRest(it: PyDictIter): PyObject {
  const d = it.dict;
  const items: PyObject[] = [];
  if (d === null) return newList(items);
  const reversed = it.type === DictRevIterKeyType || it.type === DictRevIterValueType || it.type === DictRevIterItemType;
  let pos = it.pos;
  let left = it.len;
  try {
    for (;;) {
      if (it.used !== d.used) throw runtimeError('dictionary changed size during iteration');
      let i = pos;
      if (reversed) {
        while (i >= 0 && (i >= dictEntryCount(d) || dictValueAt(d, i) === null)) i--;
        if (i < 0) break;
        pos = i - 1;
      } else {
        const n = dictEntryCount(d);
        while (i < n && dictValueAt(d, i) === null) i++;
        if (i >= n) break;
        if (left === 0) throw runtimeError('dictionary keys changed during iteration');
        pos = i + 1;
      }
      left--;
      items.push(dictIterResult(it, d, i));
    }
  } catch (e) {
    for (const x of items) decref(x);
    throw e;
  }
  return newList(items);
}

/** list(copy of the iterator) of a set iterator. */
function setIterRest(it: PySetIter): PyObject {
  const so = it.set;
  const items: PyObject[] = [];
  if (so !== null) {
    if (it.used !== so.used) throw runtimeError('Set changed size during iteration');
    for (let i = it.pos; i <= so.mask; i++) {
      const key = so.table[i];
      if (key === null || key === SET_DUMMY) continue;
      key.rc++;
      items.push(key);
    }
  }
  return newList(items);
}

function initPickling(): void {
  defMethod(ListRevIterType, '__reduce__', method0<PyListIter>('list_reverseiterator.__reduce__', (it) => {
    // Both builtins are looked up first: the lookup may run code that exhausts the iterator (gh-101765).
    const reversed = frameBuiltin('reversed');
    const iter = frameBuiltin('iter');
    const seq = it.seq;
    if (seq === null) {
      decref(reversed);
      return reduceValue(iter, [newList([])]);
    }
    decref(iter);
    seq.rc++;
    return reduceValue(reversed, [seq], newInt(it.index));
  }));
  defMethod(ListRevIterType, '__setstate__', (s, a, k) => {
    const it = s as PyListIter;
    let index = stateIndex('__setstate__', a, k);
    if (it.seq !== null) {
      if (index < -1) index = -1;
      else if (index > it.seq.items.length - 1) index = it.seq.items.length - 1;
      it.index = index;
    }
    return newNone();
  });

  for (const T of [RangeIterType, LongRangeIterType]) {
    defMethod(T, '__reduce__', method0<PyRangeIter>(`${T.name}.__reduce__`, (it) => {
      const stop = intAdd(it.start, intMul(it.len, it.step));
      return reduceValue(frameBuiltin('iter'), [newRange(it.start, stop, it.step)], newIntAny(it.index));
    }));
    defMethod(T, '__setstate__', (s, a, k) => {
      checkArgs('__setstate__', a, k, 1, 1);
      const it = s as PyRangeIter;
      let index: Int;
      if (T === RangeIterType) {
        index = indexSsize(a[0]);
      } else {
        const iv = numberIndex(a[0]);
        index = iv.v;
        decref(iv);
      }
      if (index < 0) index = 0;
      else if (index > it.len) index = it.len;
      it.index = typeof index === 'bigint' ? normInt(index) : index;
      return newNone();
    });
  }

  defMethod(SetIterType, '__reduce__', method0<PySetIter>('set_iterator.__reduce__', (it) =>
    reduceValue(frameBuiltin('iter'), [setIterRest(it)])));
  for (const T of [DictIterKeyType, DictIterValueType, DictIterItemType, DictRevIterKeyType, DictRevIterValueType,
    DictRevIterItemType]) {
    defMethod(T, '__reduce__', method0<PyDictIter>(`${T.name}.__reduce__`, (it) =>
      reduceValue(frameBuiltin('iter'), [dictIterRest(it)])));
  }

  defMethod(SeqIterType, '__reduce__', method0<PySeqIter>('iterator.__reduce__', (it) => {
    const iter = frameBuiltin('iter');
    const seq = it.seq;
    if (seq === null) return reduceValue(iter, [emptyTuple()]);
    seq.rc++;
    return reduceValue(iter, [seq], newIntAny(it.index));
  }));
  defMethod(SeqIterType, '__setstate__', (s, a, k) => {
    checkArgs('__setstate__', a, k, 1, 1);
    const it = s as PySeqIter;
    // Exact up to sys.maxsize: the index must reach PY_SSIZE_T_MAX to give "iter index too large".
    const iv = numberIndex(a[0]);
    const v = iv.v;
    decref(iv);
    if (typeof v === 'bigint' && (v > SSIZE_MAX || v < -SSIZE_MAX - 1n)) {
      throw overflowError('Python int too large to convert to C ssize_t');
    }
    if (it.seq !== null) it.index = v < 0 ? 0 : v;
    return newNone();
  });

  defMethod(CallIterType, '__reduce__', method0<PyCallIter>('callable_iterator.__reduce__', (it) => {
    const iter = frameBuiltin('iter');
    if (it.callable === null) return reduceValue(iter, [emptyTuple()]);
    it.callable.rc++;
    it.sentinel!.rc++;
    return reduceValue(iter, [it.callable, it.sentinel!]);
  }));

  defMethod(EnumerateType, '__reduce__', method0<PyEnumerate>('enumerate.__reduce__', (en) => {
    en.type.rc++;
    en.it!.rc++;
    const index = en.longIndex !== null ? newIntAny(en.longIndex) : newInt(en.index);
    return reduceValue(en.type, [en.it!, index]);
  }));

  defMethod(ReversedType, '__reduce__', method0<PyReversed>('reversed.__reduce__', (r) => {
    r.type.rc++;
    if (r.seq === null) return reduceValue(r.type, [emptyTuple()]);
    r.seq.rc++;
    return reduceValue(r.type, [r.seq], newInt(r.index));
  }));
  defMethod(ReversedType, '__setstate__', (s, a, k) => {
    const r = s as PyReversed;
    let index = stateIndex('__setstate__', a, k);
    if (r.seq !== null) {
      const n = len(r.seq);
      if (index < -1) index = -1;
      else if (index > n - 1) index = n - 1;
      r.index = index;
    }
    return newNone();
  });

  defMethod(ZipType, '__reduce__', method0<PyZip>('zip.__reduce__', (z) => {
    z.type.rc++;
    for (const it of z.iters) it.rc++;
    if (!z.strict) return reduceValue(z.type, z.iters.slice());
    True.rc++;
    return reduceValue(z.type, z.iters.slice(), True);
  }));
  defMethod(ZipType, '__setstate__', (s, a, k) => {
    checkArgs('__setstate__', a, k, 1, 1);
    (s as PyZip).strict = isTrue(a[0]);
    return newNone();
  });

  defMethod(MapType, '__reduce__', method0<PyMap>('map.__reduce__', (m) => {
    m.type.rc++;
    m.func!.rc++;
    for (const it of m.iters) it.rc++;
    return reduceValue(m.type, [m.func!, ...m.iters]);
  }));

  defMethod(FilterType, '__reduce__', method0<PyFilter>('filter.__reduce__', (f) => {
    f.type.rc++;
    f.func!.rc++;
    f.it!.rc++;
    return reduceValue(f.type, [f.func!, f.it!]);
  }));
}

// ---------------------------------------------------------------- the collector's view (tp_traverse)
//
// What each iterator holds, in CPython's order, so that a reference cycle
// through an iterator (an object holding an iterator over a container that
// holds the object) is found and collected. A collection may run while one
// is being made: fields not set yet are skipped.

function initTraverse(): void {
  const visitSeq = (o: PyObject, visit: (o: PyObject) => void) => {
    const seq = (o as unknown as { seq: PyObject | null }).seq;
    if (seq != null) visit(seq);
  };
  for (const T of [ListIterType, ListRevIterType, TupleIterType, SeqIterType, ReversedType]) T.traverse = visitSeq;
  SetIterType.traverse = (o, visit) => {
    const so = (o as PySetIter).set;
    if (so != null) visit(so);
  };
  for (const T of [DictIterKeyType, DictIterValueType, DictIterItemType, DictRevIterKeyType, DictRevIterValueType,
    DictRevIterItemType]) {
    T.traverse = (o, visit) => {
      const it = o as PyDictIter;
      if (it.dict != null) visit(it.dict);
      if (it.result != null) visit(it.result);
    };
  }
  for (const T of [DictKeysType, DictValuesType, DictItemsType]) {
    T.traverse = (o, visit) => {
      const d = (o as PyDictView).dict;
      if (d != null) visit(d);
    };
  }
  CallIterType.traverse = (o, visit) => {
    const it = o as PyCallIter;
    if (it.callable != null) visit(it.callable);
    if (it.sentinel != null) visit(it.sentinel);
  };
  EnumerateType.traverse = (o, visit) => {
    const en = o as PyEnumerate;
    if (en.it != null) visit(en.it);
    if (en.result != null) visit(en.result);
  };
  ZipType.traverse = (o, visit) => {
    const z = o as PyZip;
    for (const it of z.iters) visit(it);
    if (z.result != null) visit(z.result);
  };
  MapType.traverse = (o, visit) => {
    const m = o as PyMap;
    for (const it of m.iters) visit(it);
    if (m.func != null) visit(m.func);
  };
  FilterType.traverse = (o, visit) => {
    const f = o as PyFilter;
    if (f.func != null) visit(f.func);
    if (f.it != null) visit(f.it);
  };
}
