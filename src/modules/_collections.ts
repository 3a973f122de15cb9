// The _collections module (Modules/_collectionsmodule.c): deque, its
// iterators, defaultdict and namedtuple's field descriptor _tuplegetter.
//
// A deque keeps its items in a ring buffer. CPython's deque is a list of
// 64-slot blocks; the position of the leftmost item inside its block
// (`leftIndex`) is tracked as CPython moves it, so that __sizeof__ counts the
// blocks CPython would have. Every mutation bumps `state`, which iterators
// and searches compare to report "deque mutated during iteration".

import { PyObject, decref, xdecref } from '../runtime/object.js';
import { PyType, builtinType, ObjectType } from '../runtime/type.js';
import * as ab from '../runtime/abstract.js';
import { Op, Bin, HASH } from '../runtime/abstract.js';
import { checkArgs, noKw, newBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, newStr, nameStr } from '../runtime/types/str.js';
import { PyInt, newInt, newIntAny, numberIndex, unpackArgs, exposeNew, defClassMethod } from '../runtime/types/int.js';
import { hooks } from '../runtime/rt.js';
import { newBool } from '../runtime/types/bool.js';
import { None, NotImplemented, newNone } from '../runtime/types/none.js';
import { PyTuple, newTuple, searchBound, exposeSequenceOps, MAX_ITEMS } from '../runtime/types/tuple.js';
import { sequenceList, reprEnter, reprLeave, memoryError } from '../runtime/types/list.js';
import { PyDict, DictType, dictMerge, dictCopy, newDict, lookup, dictSetHashed, dictValueAt } from '../runtime/types/dict.js';
import { defMethod, defGetSet, exposeSlots, allocInstance } from '../runtime/types/typeobject.js';
import { defMember } from '../runtime/types/method.js';
import { typeError, valueError, indexError, runtimeError, attributeError, keyError, overflowError } from '../runtime/errors.js';
import { sequenceTypes } from '../runtime/match.js';
import type { PyModule } from '../runtime/types/module.js';

// ---------------------------------------------------------------- deque

export const DequeType = builtinType('deque', ObjectType, { basicsize: 216, gc: true, hasWeakref: true });
DequeType.module = 'collections';
export const DequeIterType = builtinType('_deque_iterator', ObjectType, { basicsize: 56, gc: true, baseType: false });
DequeIterType.module = '_collections';
export const DequeRevIterType = builtinType('_deque_reverse_iterator', ObjectType, { basicsize: 56, gc: true, baseType: false });
DequeRevIterType.module = '_collections';

/** CPython's block length and the block size __sizeof__ counts (64 pointers and two links). */
const BLOCKLEN = 64;
const BLOCK_BYTES = BLOCKLEN * 8 + 16;
/** Where an empty deque's first item goes (CENTER + 1). */
const CENTER_LEFT = (BLOCKLEN - 1 >> 1) + 1;

export class PyDeque extends PyObject {
  buf: (PyObject | undefined)[] = new Array(8);
  mask = 7;
  head = 0;
  size = 0;
  /** maxlen, or -1 when unbounded. */
  maxlen = -1;
  state = 0;
  leftIndex = CENTER_LEFT;
  constructor(type: PyType) {
    super(type);
  }
}

/** The i-th item (0 <= i < size), borrowed. */
function itemAt(d: PyDeque, i: number): PyObject {
  return d.buf[(d.head + i) & d.mask]!;
}

function grow(d: PyDeque): void {
  const cap = d.buf.length;
  const nb = new Array<PyObject | undefined>(cap * 2);
  for (let i = 0; i < d.size; i++) nb[i] = d.buf[(d.head + i) & d.mask];
  d.buf = nb;
  d.mask = cap * 2 - 1;
  d.head = 0;
}

/** Put an owned item at the right end, without the maxlen trim. */
function pushRight(d: PyDeque, v: PyObject): void {
  if (d.size === d.buf.length) grow(d);
  d.buf[(d.head + d.size) & d.mask] = v;
  d.size++;
}

function pushLeft(d: PyDeque, v: PyObject): void {
  if (d.size === d.buf.length) grow(d);
  d.head = (d.head - 1) & d.mask;
  d.buf[d.head] = v;
  d.size++;
  d.leftIndex = (d.leftIndex + BLOCKLEN - 1) % BLOCKLEN;
}

/** deque_pop: the rightmost item (owned); the deque must not be empty. */
function popRight(d: PyDeque): PyObject {
  const at = (d.head + d.size - 1) & d.mask;
  const v = d.buf[at]!;
  d.buf[at] = undefined;
  const rightIndex = (d.leftIndex + d.size - 1) % BLOCKLEN;
  d.size--;
  // An emptied block is freed, or, when the deque became empty, re-centred.
  if (rightIndex === 0 && d.size === 0) d.leftIndex = CENTER_LEFT;
  d.state++;
  return v;
}

function popLeft(d: PyDeque): PyObject {
  const v = d.buf[d.head]!;
  d.buf[d.head] = undefined;
  d.head = (d.head + 1) & d.mask;
  d.size--;
  const next = d.leftIndex + 1;
  d.leftIndex = next < BLOCKLEN ? next : d.size > 0 ? 0 : CENTER_LEFT;
  d.state++;
  return v;
}

/** deque_append_internal: append an owned item, dropping the leftmost item past maxlen. */
function appendRight(d: PyDeque, v: PyObject): void {
  pushRight(d, v);
  if (d.maxlen >= 0 && d.size > d.maxlen) decref(popLeft(d));
  else d.state++;
}

function appendLeft(d: PyDeque, v: PyObject): void {
  pushLeft(d, v);
  if (d.maxlen >= 0 && d.size > d.maxlen) decref(popRight(d));
  else d.state++;
}

/** deque_clear: empty the deque first, then release the items left to right (their finalizers may see it). */
function dequeClear(d: PyDeque): void {
  if (d.size === 0) return;
  const items: PyObject[] = [];
  for (let i = 0; i < d.size; i++) items.push(itemAt(d, i));
  d.buf = new Array(8);
  d.mask = 7;
  d.head = 0;
  d.size = 0;
  d.leftIndex = CENTER_LEFT;
  d.state++;
  for (const v of items) decref(v);
}

/** _deque_rotate: n steps to the right (negative: to the left), the shorter way round. */
function rotate(d: PyDeque, n: number): void {
  const len = d.size;
  const half = len >> 1;
  if (len <= 1) return;
  if (n > half || n < -half) {
    n %= len;
    if (n > half) n -= len;
    else if (n < -half) n += len;
  }
  d.state++;
  if (n === 0) return;
  // Items move between the ends; the block position moves with the left end.
  for (let i = 0; i < n; i++) {
    const at = (d.head + d.size - 1) & d.mask;
    const v = d.buf[at];
    d.buf[at] = undefined;
    d.head = (d.head - 1) & d.mask;
    d.buf[d.head] = v;
  }
  for (let i = 0; i > n; i--) {
    const v = d.buf[d.head];
    d.buf[d.head] = undefined;
    d.head = (d.head + 1) & d.mask;
    d.buf[(d.head + d.size - 1) & d.mask] = v;
  }
  d.leftIndex = (((d.leftIndex - n) % BLOCKLEN) + BLOCKLEN) % BLOCKLEN;
}

function mutated(): PyObject {
  return runtimeError('deque mutated during iteration');
}

/**
 * deque_extend / deque_extendleft: the items of an iterable added one by one
 * (the deque itself is copied first). Filling an empty deque starts at the
 * block's far end (CPython's space-saving heuristic), which __sizeof__ sees.
 */
function extendFrom(d: PyDeque, iterable: PyObject, left: boolean): void {
  if (iterable === d) {
    const copy = sequenceList(d);
    try {
      extendFrom(d, copy, left);
    } finally {
      decref(copy);
    }
    return;
  }
  const it = ab.getIter(iterable);
  try {
    // With maxlen 0 every item would be dropped at once: the iterable is only consumed.
    if (d.maxlen === 0) {
      for (let v = ab.iterNext(it); v !== null; v = ab.iterNext(it)) decref(v);
      return;
    }
    if (d.size === 0) d.leftIndex = left ? BLOCKLEN - 1 : 1;
    for (let v = ab.iterNext(it); v !== null; v = ab.iterNext(it)) {
      if (left) appendLeft(d, v);
      else appendRight(d, v);
    }
  } finally {
    decref(it);
  }
}

function dequeExtend(d: PyDeque, iterable: PyObject): void {
  extendFrom(d, iterable, false);
}

function dequeExtendLeft(d: PyDeque, iterable: PyObject): void {
  extendFrom(d, iterable, true);
}

/** A new deque of type(d) with d's items and maxlen (deque_copy). */
function dequeCopy(d: PyDeque): PyObject {
  if (d.type === DequeType) {
    const c = new PyDeque(DequeType);
    c.maxlen = d.maxlen;
    if (d.size === 1) {
      const v = itemAt(d, 0);
      v.rc++;
      appendRight(c, v);
    } else {
      dequeExtend(c, d);
    }
    return c;
  }
  let result: PyObject;
  if (d.maxlen < 0) {
    result = ab.call(d.type, [d]);
  } else {
    const m = newIntAny(d.maxlen);
    try {
      result = ab.call(d.type, [d, m]);
    } finally {
      decref(m);
    }
  }
  // A subclass's __new__ may make anything; what follows needs a deque.
  if (!result.type.isSubtype(DequeType)) {
    const n = result.type.name;
    decref(result);
    throw typeError(`${d.type.name}() must return a deque, not ${n}`);
  }
  return result;
}

/** The sq_item index: an index-sized int, negative counted from the right, in range. */
function itemIndex(d: PyDeque, key: PyObject): number {
  if (key.type.index === null) throw typeError(`sequence index must be integer, not '${key.type.name}'`);
  const r = numberIndex(key);
  const v = r.v;
  decref(r);
  if (typeof v === 'bigint') throw indexError("cannot fit 'int' into an index-sized integer");
  const i = v < 0 ? v + d.size : v;
  if (i < 0 || i >= d.size) throw indexError('deque index out of range');
  return i;
}

/** deque_del_item: rotate the item to the left end, drop it, rotate back. */
function delItem(d: PyDeque, i: number): void {
  rotate(d, -i);
  const v = popLeft(d);
  rotate(d, i);
  decref(v);
}

/** Compare each item with v (EQ) from the left; calls found(i) for matches until it returns true. */
function scan(d: PyDeque, v: PyObject, start: number, stop: number, found: (i: number) => boolean,
  onMutation: () => PyObject = mutated): void {
  const state = d.state;
  for (let i = start; i < stop && i < d.size; i++) {
    const item = itemAt(d, i);
    item.rc++;
    let eq: boolean;
    try {
      eq = ab.compareBool(item, v, Op.EQ);
    } finally {
      decref(item);
    }
    if (state !== d.state) throw onMutation();
    if (eq && found(i)) return;
  }
}

function dequeRepr(o: PyObject): PyObject {
  const d = o as PyDeque;
  if (!reprEnter(d)) return newStr('[...]');
  try {
    const items = sequenceList(d);
    let body: string;
    try {
      body = ab.reprJS(items);
    } finally {
      decref(items);
    }
    const name = d.type.name;
    return newStr(d.maxlen < 0 ? `${name}(${body})` : `${name}(${body}, maxlen=${d.maxlen})`);
  } finally {
    reprLeave(d);
  }
}

/** deque_richcompare: lexicographic between deques; anything else is NotImplemented. */
function dequeCompare(v: PyObject, w: PyObject, op: Op): PyObject {
  if (!(v instanceof PyDeque) || !(w instanceof PyDeque)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  if (op === Op.EQ || op === Op.NE) {
    if (v === w) return newBool(op === Op.EQ);
    if (v.size !== w.size) return newBool(op === Op.NE);
  }
  const vs = v.state;
  const ws = w.state;
  let i = 0;
  for (; i < v.size && i < w.size; i++) {
    const x = itemAt(v, i);
    const y = itemAt(w, i);
    x.rc++;
    y.rc++;
    try {
      if (!ab.compareBool(x, y, Op.EQ)) return ab.richCompare(x, y, op);
    } finally {
      decref(x);
      decref(y);
    }
    if (v.state !== vs || w.state !== ws) throw mutated();
  }
  const vEnded = i >= v.size;
  const wEnded = i >= w.size;
  switch (op) {
    case Op.LT: return newBool(!wEnded);
    case Op.LE: return newBool(vEnded);
    case Op.EQ: return newBool(vEnded && wEnded);
    case Op.NE: return newBool(!(vEnded && wEnded));
    case Op.GT: return newBool(!vEnded);
    default: return newBool(wEnded);
  }
}

function dequeInplaceRepeat(o: PyObject, n: number): PyObject {
  const d = o as PyDeque;
  const size = d.size;
  if (size === 0 || n === 1) return (d.rc++, d);
  if (n <= 0) {
    dequeClear(d);
    return (d.rc++, d);
  }
  if (size * n > MAX_ITEMS) throw memoryError();
  // Repetitions that maxlen would drop entirely are skipped.
  if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.ceil(d.maxlen / size);
  const seq = sequenceList(d);
  try {
    for (let i = 0; i < n - 1; i++) dequeExtend(d, seq);
  } finally {
    decref(seq);
  }
  d.rc++;
  return d;
}

class PyDequeIter extends PyObject {
  index = 0;
  constructor(type: PyType, public deque: PyDeque, public state: number, public counter: number) {
    super(type);
  }
}

/** The next item of a deque iterator (forward or reversed), or null at the end. */
function dequeIterNext(o: PyObject): PyObject | null {
  const it = o as PyDequeIter;
  const d = it.deque;
  if (d.state !== it.state) {
    it.counter = 0;
    throw mutated();
  }
  if (it.counter === 0) return null;
  const i = it.type === DequeIterType ? it.index : d.size - 1 - it.index;
  it.index++;
  it.counter--;
  const v = itemAt(d, i);
  v.rc++;
  return v;
}

function newIter(d: PyDeque, type: PyType): PyDequeIter {
  d.rc++;
  return new PyDequeIter(type, d, d.state, d.size);
}

type Method = NativeFn;
function method0(name: string, f: (d: PyDeque) => PyObject): Method {
  return (s, a, k) => {
    checkArgs(name, a, k, 0, 0);
    return f(s as PyDeque);
  };
}
function method1(name: string, f: (d: PyDeque, v: PyObject) => PyObject): Method {
  return (s, a, k) => {
    checkArgs(name, a, k, 1, 1);
    return f(s as PyDeque, a[0]);
  };
}

function dequeInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  const d = self as PyDeque;
  const [iterable, maxlenArg] = unpackArgs('deque', args, kw, ['iterable', 'maxlen'], 0, 2, 0);
  let maxlen = -1;
  if (maxlenArg !== null && maxlenArg !== None) {
    if (!(maxlenArg instanceof PyInt)) throw typeError('an integer is required');
    const v = maxlenArg.v;
    if (typeof v === 'bigint') throw typeError('Python int too large to convert to C ssize_t');
    if (v < 0) throw valueError('maxlen must be non-negative');
    maxlen = v;
  }
  d.maxlen = maxlen;
  dequeClear(d);
  if (iterable !== null) dequeExtend(d, iterable);
}

function initDeque(): void {
  const T = DequeType;
  T.doc = 'A list-like sequence optimized for data accesses near its endpoints.';
  T.jsClass = PyDeque as unknown as new (type: PyType) => PyObject;
  T.new_ = (type) => {
    const t = type as PyType;
    return t.heapType ? allocInstance(t) : new PyDeque(t);
  };
  T.init = dequeInit;
  T.dealloc = (o) => {
    const d = o as PyDeque;
    const items: PyObject[] = [];
    for (let i = 0; i < d.size; i++) items.push(itemAt(d, i));
    d.buf = [];
    d.size = 0;
    for (const v of items) decref(v);
  };
  // The collector sees the items left to right, and breaks a cycle by clearing the deque.
  T.traverse = (o, visit) => {
    const d = o as PyDeque;
    for (let i = 0; i < d.size; i++) visit(itemAt(d, i));
  };
  T.clear = (o) => dequeClear(o as PyDeque);
  T.repr = dequeRepr;
  T.hash = (o) => {
    throw typeError(`unhashable type: '${o.type.name}'`);
  };
  T.richcompare = dequeCompare;
  T.iter = (o) => newIter(o as PyDeque, DequeIterType);
  T.len = (o) => (o as PyDeque).size;
  T.getitem = (o, k) => {
    const d = o as PyDeque;
    const v = itemAt(d, itemIndex(d, k));
    v.rc++;
    return v;
  };
  T.setitem = (o, k, v) => {
    const d = o as PyDeque;
    const i = itemIndex(d, k);
    if (v === null) {
      delItem(d, i);
      return;
    }
    const at = (d.head + i) & d.mask;
    const old = d.buf[at]!;
    v.rc++;
    d.buf[at] = v;
    decref(old);
  };
  T.contains = (o, v) => {
    let found = false;
    scan(o as PyDeque, v, 0, Infinity, () => (found = true));
    return found;
  };
  T.concat = (a, b) => {
    if (!(b instanceof PyDeque)) throw typeError(`can only concatenate deque (not "${b.type.name}") to deque`);
    const c = dequeCopy(a as PyDeque) as PyDeque;
    try {
      dequeExtend(c, b);
    } catch (e) {
      decref(c);
      throw e;
    }
    return c;
  };
  T.repeat = (o, n) => {
    const c = dequeCopy(o as PyDeque);
    try {
      return dequeInplaceRepeat(c, n);
    } finally {
      decref(c);
    }
  };
  T.inplaceConcat = (o, other) => {
    dequeExtend(o as PyDeque, other);
    o.rc++;
    return o;
  };
  T.inplaceRepeat = dequeInplaceRepeat;

  defMethod(T, 'append', method1('deque.append', (d, v) => (v.rc++, appendRight(d, v), newNone())));
  defMethod(T, 'appendleft', method1('deque.appendleft', (d, v) => (v.rc++, appendLeft(d, v), newNone())));
  defMethod(T, 'clear', method0('deque.clear', (d) => (dequeClear(d), newNone())));
  defMethod(T, '__copy__', method0('deque.__copy__', dequeCopy));
  defMethod(T, 'copy', method0('deque.copy', dequeCopy));
  defMethod(T, 'count', method1('deque.count', (d, v) => {
    let n = 0;
    scan(d, v, 0, Infinity, () => (n++, false));
    return newInt(n);
  }));
  defMethod(T, 'extend', method1('deque.extend', (d, v) => (dequeExtend(d, v), newNone())));
  defMethod(T, 'extendleft', method1('deque.extendleft', (d, v) => (dequeExtendLeft(d, v), newNone())));
  defMethod(T, 'index', (s, a, k) => {
    const d = s as PyDeque;
    noKw('index', k);
    checkArgs('index', a, null, 1, 3);
    const n = d.size;
    let start = a.length > 1 ? searchBound(a[1]) : 0;
    let stop = a.length > 2 ? searchBound(a[2]) : n;
    if (start < 0) start = Math.max(start + n, 0);
    if (stop < 0) stop = Math.max(stop + n, 0);
    if (stop > n) stop = n;
    if (start > stop) start = stop;
    let at = -1;
    scan(d, a[0], start, stop, (i) => ((at = i), true));
    if (at < 0) throw valueError(`${ab.reprJS(a[0])} is not in deque`);
    return newInt(at);
  });
  defMethod(T, 'insert', (s, a, k) => {
    const d = s as PyDeque;
    noKw('insert', k);
    checkArgs('insert', a, null, 2, 2);
    const index = searchIndex(a[0]);
    const v = a[1];
    const n = d.size;
    if (d.maxlen === n) throw indexError('deque already at its maximum size');
    v.rc++;
    if (index >= n) appendRight(d, v);
    else if (index <= -n || index === 0) appendLeft(d, v);
    else {
      rotate(d, -index);
      if (index < 0) appendRight(d, v);
      else appendLeft(d, v);
      rotate(d, index);
    }
    return newNone();
  });
  defMethod(T, 'pop', method0('deque.pop', (d) => {
    if (d.size === 0) throw indexError('pop from an empty deque');
    return popRight(d);
  }));
  defMethod(T, 'popleft', method0('deque.popleft', (d) => {
    if (d.size === 0) throw indexError('pop from an empty deque');
    return popLeft(d);
  }));
  defMethod(T, '__reduce__', method0('deque.__reduce__', (d) => {
    d.type.rc++;
    const args = d.maxlen < 0 ? newTuple([]) : newTuple([newTuple([]), newIntAny(d.maxlen)]);
    // _PyObject_GetState: a copy of a subclass instance's attributes, or None.
    const dict = (d as PyDeque & { dict?: PyDict | null }).dict;
    const state = dict != null && dict.used > 0 ? dictCopy(dict) : newNone();
    return newTuple([d.type, args, state, newIter(d, DequeIterType)]);
  }));
  defMethod(T, 'remove', method1('deque.remove', (d, v) => {
    let at = -1;
    scan(d, v, 0, d.size, (i) => ((at = i), true), () => indexError('deque mutated during iteration'));
    if (at < 0) throw valueError(`${ab.reprJS(v)} is not in deque`);
    delItem(d, at);
    return newNone();
  }));
  defMethod(T, '__reversed__', method0('deque.__reversed__', (d) => newIter(d, DequeRevIterType)));
  defMethod(T, 'reverse', method0('deque.reverse', (d) => {
    const n = d.size;
    for (let i = 0, j = n - 1; i < j; i++, j--) {
      const a = (d.head + i) & d.mask;
      const b = (d.head + j) & d.mask;
      const t = d.buf[a];
      d.buf[a] = d.buf[b];
      d.buf[b] = t;
    }
    d.state++;
    return newNone();
  }));
  defMethod(T, 'rotate', (s, a, k) => {
    noKw('rotate', k);
    checkArgs('rotate', a, null, 0, 1);
    rotate(s as PyDeque, a.length > 0 ? searchIndex(a[0]) : 1);
    return newNone();
  });
  defMethod(T, '__sizeof__', method0('deque.__sizeof__', (d) => {
    const blocks = d.size === 0 ? 1 : Math.floor((d.leftIndex + d.size - 1) / BLOCKLEN) + 1;
    return newInt(d.type.basicsize + blocks * BLOCK_BYTES);
  }));
  defGenericAliasGetitem(T);
  defGetSet(T, 'maxlen', (o) => {
    const d = o as PyDeque;
    return d.maxlen < 0 ? newNone() : newIntAny(d.maxlen);
  });
  exposeSlots(T);
  exposeSequenceOps(T);
  exposeNew(T);
  T.attrs.set('__hash__', None);
  None.rc++;

  for (const R of [DequeIterType, DequeRevIterType]) {
    R.iter = (o) => (o.rc++, o);
    R.next = dequeIterNext;
    R.dealloc = (o) => decref((o as PyDequeIter).deque);
    R.traverse = (o, visit) => visit((o as PyDequeIter).deque);
    // _deque_iterator(deque, index=0): an iterator that has already taken `index` items; pickled as that call.
    R.new_ = (_type, a, k) => {
      const n = a.length - (k === null ? 0 : k.length);
      if (n < 1) throw typeError(`function takes at least 1 argument (${n} given)`);
      if (n > 2) throw typeError(`function takes at most 2 arguments (${n} given)`);
      const d = a[0];
      if (!d.type.isSubtype(DequeType)) throw typeError(`argument 1 must be collections.deque, not ${d.type.name}`);
      const index = n > 1 ? searchIndex(a[1]) : 0;
      const it = newIter(d as PyDeque, R);
      try {
        for (let i = 0; i < index; i++) {
          const v = dequeIterNext(it);
          if (v === null) break;
          decref(v);
        }
      } catch (e) {
        decref(it);
        throw e;
      }
      return it;
    };
    defMethod(R, '__reduce__', (s, a, k) => {
      checkArgs('__reduce__', a, k, 0, 0);
      const it = s as PyDequeIter;
      R.rc++;
      it.deque.rc++;
      return newTuple([R, newTuple([it.deque, newInt(it.deque.size - it.counter)])]);
    });
    defMethod(R, '__length_hint__', (s) => newInt((s as PyDequeIter).counter));
    exposeSlots(R);
    exposeNew(R);
  }
}

/** An index argument (PyNumber_AsSsize_t): OverflowError past the index range. */
function searchIndex(o: PyObject): number {
  if (o.type.index === null) throw typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  if (typeof v === 'bigint') throw overflowError("Python int too large to convert to C ssize_t");
  return v;
}

// ---------------------------------------------------------------- defaultdict

export const DefaultDictType = builtinType('defaultdict', DictType, { basicsize: 56, gc: true });
DefaultDictType.module = 'collections';

export class PyDefaultDict extends PyDict {
  factory: PyObject | null = null;
  constructor(type: PyType) {
    super(type);
  }
}

/** type(dd)(dd.default_factory, src): the copy that copy() and | make. */
function newDefaultDict(dd: PyDefaultDict, src: PyObject): PyObject {
  return ab.call(dd.type, [dd.factory ?? None, src]);
}

function defaultDictRepr(o: PyObject): PyObject {
  const dd = o as PyDefaultDict;
  const r = DictType.repr!(dd) as PyStr;
  const base = r.v;
  decref(r);
  let factory = 'None';
  if (dd.factory !== null) {
    // A factory whose repr comes back to this dict shows as '...'.
    if (!reprEnter(dd.factory)) factory = '...';
    else {
      try {
        factory = ab.reprJS(dd.factory);
      } finally {
        reprLeave(dd.factory);
      }
    }
  }
  return newStr(`${dd.type.name}(${factory}, ${base})`);
}

function initDefaultDict(): void {
  const T = DefaultDictType;
  T.doc = 'defaultdict(default_factory=None, /, [...]) --> dict with default factory';
  T.jsClass = PyDefaultDict as unknown as new (type: PyType) => PyObject;
  T.new_ = (type) => {
    const t = type as PyType;
    return t.heapType ? allocInstance(t) : new PyDefaultDict(t);
  };
  const dictInit = DictType.init!;
  T.init = (self, args, kw) => {
    const dd = self as PyDefaultDict;
    const npos = args.length - (kw === null ? 0 : kw.length);
    let rest = args;
    if (npos > 0) {
      const f = args[0];
      if (f !== None && f.type.call === null) throw typeError('first argument must be callable or None');
      f.rc++;
      const old = dd.factory;
      dd.factory = f === None ? (decref(f), null) : f;
      xdecref(old);
      rest = args.slice(1);
    }
    dictInit(self, rest, kw);
  };
  const dictDealloc = DictType.dealloc;
  T.dealloc = (o) => {
    const dd = o as PyDefaultDict;
    const f = dd.factory;
    dd.factory = null;
    xdecref(f);
    dictDealloc(o);
  };
  const dictTraverse = DictType.traverse!;
  const dictClearSlot = DictType.clear!;
  T.traverse = (o, visit) => {
    const f = (o as PyDefaultDict).factory;
    if (f !== null) visit(f);
    dictTraverse(o, visit);
  };
  T.clear = (o) => {
    const dd = o as PyDefaultDict;
    const f = dd.factory;
    dd.factory = null;
    xdecref(f);
    dictClearSlot(o);
  };
  T.repr = defaultDictRepr;
  const or: (a: PyObject, b: PyObject) => PyObject = (left, right) => {
    const leftIsDd = left instanceof PyDefaultDict;
    const self = (leftIsDd ? left : right) as PyDefaultDict;
    const other = leftIsDd ? right : left;
    if (!(other instanceof PyDict)) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    const n = newDefaultDict(self, left) as PyDict;
    try {
      dictMerge(n, right, 1);
    } catch (e) {
      decref(n);
      throw e;
    }
    return n;
  };
  T.nb[Bin.OR] = or;
  defMethod(T, '__missing__', (s, a, k) => {
    checkArgs('__missing__', a, k, 1, 1);
    const dd = s as PyDefaultDict;
    const key = a[0];
    if (dd.factory === null) throw keyError(key);
    const v = ab.call(dd.factory, []);
    try {
      ab.setitem(dd, key, v);
    } catch (e) {
      decref(v);
      throw e;
    }
    return v;
  });
  const copy: NativeFn = (s, a, k) => {
    checkArgs('copy', a, k, 0, 0);
    return newDefaultDict(s as PyDefaultDict, s);
  };
  defMethod(T, 'copy', copy);
  defMethod(T, '__copy__', copy);
  defMethod(T, '__reduce__', (s, a, k) => {
    checkArgs('__reduce__', a, k, 0, 0);
    const dd = s as PyDefaultDict;
    const args = dd.factory === null ? newTuple([]) : newTuple([(dd.factory.rc++, dd.factory)]);
    const items = ab.getattr(dd, nameStr('items'));
    let it: PyObject;
    try {
      const view = ab.call(items, []);
      try {
        it = ab.getIter(view);
      } finally {
        decref(view);
      }
    } finally {
      decref(items);
    }
    dd.type.rc++;
    return newTuple([dd.type, args, newNone(), newNone(), it]);
  });
  defGenericAliasGetitem(T);
  // Its own __new__ (CPython's inherits dict's), so that subclasses allocate the factory's field.
  exposeNew(T);
  defMember(T, 'default_factory', (o) => {
    const f = (o as PyDefaultDict).factory;
    return f === null ? newNone() : (f.rc++, f);
  }, (o, v) => {
    const dd = o as PyDefaultDict;
    const old = dd.factory;
    if (v === null || v === None) dd.factory = null;
    else {
      v.rc++;
      dd.factory = v;
    }
    xdecref(old);
  });
  exposeSlots(T);
}

// ---------------------------------------------------------------- _tuplegetter

export const TupleGetterType = builtinType('_tuplegetter', ObjectType, { basicsize: 32, gc: true, baseType: false });
TupleGetterType.module = '_collections';

class PyTupleGetter extends PyObject {
  constructor(public index: number, public doc: PyObject) {
    super(TupleGetterType);
  }
}

function initTupleGetter(): void {
  const T = TupleGetterType;
  T.new_ = (_type, args, kw) => {
    noKw('_tuplegetter', kw);
    checkArgs('_tuplegetter', args, null, 2, 2);
    const doc = args[1];
    doc.rc++;
    return new PyTupleGetter(searchIndex(args[0]), doc);
  };
  T.dealloc = (o) => decref((o as PyTupleGetter).doc);
  T.repr = (o) => {
    const g = o as PyTupleGetter;
    return newStr(`${g.type.name}(${g.index}, ${ab.reprJS(g.doc)})`);
  };
  T.descrGet = (d, obj) => {
    const g = d as PyTupleGetter;
    if (obj === null || obj === None) return (d.rc++, d);
    if (!(obj instanceof PyTuple)) {
      throw typeError(`descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${obj.type.name}' object`);
    }
    if (g.index >= obj.items.length) throw indexError('tuple index out of range');
    const v = obj.items[g.index];
    v.rc++;
    return v;
  };
  T.descrSet = (_d, _obj, v) => {
    throw attributeError(v === null ? "can't delete attribute" : "can't set attribute");
  };
  defMethod(T, '__reduce__', (s) => {
    const g = s as PyTupleGetter;
    g.type.rc++;
    g.doc.rc++;
    return newTuple([g.type, newTuple([newIntAny(g.index), g.doc])]);
  });
  defMember(T, '__doc__', (o) => {
    const d = (o as PyTupleGetter).doc;
    d.rc++;
    return d;
  }, (o, v) => {
    const g = o as PyTupleGetter;
    const old = g.doc;
    g.doc = v ?? (None.rc++, None);
    if (v !== null) v.rc++;
    decref(old);
  });
  exposeSlots(T);
  exposeNew(T);
}

// ---------------------------------------------------------------- cls[...]

/** cls.__class_getitem__(item) -> types.GenericAlias(cls, item) (Py_GenericAlias); the
 *  alias type is written in Python (lib/types.py), so it is imported when first used. */
export function defGenericAliasGetitem(t: PyType): void {
  defClassMethod(t, '__class_getitem__', (cls, a, k) => {
    checkArgs('__class_getitem__', a, k, 1, 1);
    const types = hooks.importName(globalsForImport, 'types', ['GenericAlias'], 0);
    try {
      const alias = ab.getattr(types, nameStr('GenericAlias'));
      try {
        return ab.call(alias, [cls, a[0]]);
      } finally {
        decref(alias);
      }
    } finally {
      decref(types);
    }
  });
}

/** The globals an absolute import from native code runs with (level 0 reads nothing from them). */
const globalsForImport = newDict();

// ---------------------------------------------------------------- the module

/** The types' slots and methods; called from bootstrap. */
export function initCollectionsTypes(): void {
  initDeque();
  // deque has Py_TPFLAGS_SEQUENCE: `case [a, b]` matches it.
  sequenceTypes.add(DequeType);
  initDefaultDict();
  initTupleGetter();
}

export function initCollections(m: PyModule): void {
  for (const t of [DequeType, DefaultDictType, DequeIterType, DequeRevIterType, TupleGetterType]) m.set(t.name, t);
  const countElements = newBuiltin('_count_elements', (_s, a, k) => {
    checkArgs('_count_elements', a, k, 2, 2);
    countInto(a[0], a[1]);
    return newNone();
  }, '_collections');
  m.set('_count_elements', countElements);
  decref(countElements);
}

/** The interned attribute names this module looks up, kept for the life of the process (borrowed). */
/** _count_elements(mapping, iterable): mapping[x] = mapping.get(x, 0) + 1 for each item. */
function countInto(mapping: PyObject, iterable: PyObject): void {
  const t = mapping.type;
  // A dict whose get and __setitem__ are dict's own: one hash per item, no method calls.
  const plainDict = mapping instanceof PyDict && t.lookup('get') === DictType.attrs.get('get') &&
    t.lookup('__setitem__') === DictType.attrs.get('__setitem__');
  const one = newInt(1);
  const it = ab.getIter(iterable);
  try {
    for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) {
      try {
        if (plainDict) countInDict(mapping as PyDict, x, one);
        else countByMethods(mapping, x, one);
      } finally {
        decref(x);
      }
    }
  } finally {
    decref(it);
    decref(one);
  }
}

function countInDict(d: PyDict, key: PyObject, one: PyObject): void {
  const lo = ab.hashOf(key);
  const hi = HASH.hi;
  const ix = lookup(d, key, lo, hi);
  if (ix < 0) {
    dictSetHashed(d, key, lo, hi, one);
    return;
  }
  const n = ab.binaryOp(dictValueAt(d, ix)!, one, Bin.ADD);
  try {
    dictSetHashed(d, key, lo, hi, n);
  } finally {
    decref(n);
  }
}

function countByMethods(mapping: PyObject, key: PyObject, one: PyObject): void {
  const zero = newInt(0);
  const get = ab.getattr(mapping, nameStr('get'));
  let n: PyObject;
  try {
    const old = ab.call(get, [key, zero]);
    try {
      n = ab.binaryOp(old, one, Bin.ADD);
    } finally {
      decref(old);
    }
  } finally {
    decref(get);
    decref(zero);
  }
  try {
    ab.setitem(mapping, key, n);
  } finally {
    decref(n);
  }
}
