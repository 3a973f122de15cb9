// Weak references (Objects/weakrefobject.c): weakref.ReferenceType, ProxyType
// and CallableProxyType.
//
// A referent keeps its weak references in a doubly-linked list whose head is
// its `wl` field: the basic ref (no callback, exact type, shared by every
// `ref(o)`) first, then the basic proxy, then the refs with callbacks, newest
// first. When the referent dies (or the collector finds it unreachable) each
// ref is cleared and the callbacks are called in list order.

import { PyObject, decref, xdecref } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { newStr, internStr, PyStr } from './str.js';
import { None, newNone, NotImplemented } from './none.js';
import { newBool } from './bool.js';
import { newException, ReferenceErrorType } from './exceptions.js';
import { exposeSlots, defGetSet, allocInstance, reportUnraisable } from './typeobject.js';
import { exposeNew, numberIndex } from './int.js';
import { addressHex } from '../heap.js';
import { HASH } from '../hashing.js';
import { typeError } from '../errors.js';
import * as ab from '../abstract.js';
import { Op } from '../abstract.js';
import { gcHooks } from '../gc.js';

export const WeakrefType = builtinType('ReferenceType', ObjectType, { basicsize: 64, gc: true });
export const ProxyType = builtinType('ProxyType', ObjectType, { basicsize: 64, gc: true, baseType: false });
export const CallableProxyType = builtinType('CallableProxyType', ObjectType, { basicsize: 64, gc: true, baseType: false });

export class PyWeakref extends PyObject {
  /** The referent (borrowed), or null once cleared. */
  obj: PyObject | null = null;
  /** The callback (owned), or null. */
  cb: PyObject | null = null;
  wrPrev: PyWeakref | null = null;
  wrNext: PyWeakref | null = null;
  /** The referent's hash, once computed (lo, hi). */
  hashed = false;
  hashLo = 0;
  hashHi = 0;
  constructor(type: PyType = WeakrefType) {
    super(type);
  }
}

export function isWeakrefObject(o: PyObject): o is PyWeakref {
  return o instanceof PyWeakref;
}

function isProxy(o: PyObject): boolean {
  return o.type === ProxyType || o.type === CallableProxyType;
}

/** The basic ref and the basic proxy of o, if any (get_basic_refs). */
function basicRefs(o: PyObject): [PyWeakref | null, PyWeakref | null] {
  let head = (o.wl ?? null) as PyWeakref | null;
  let ref: PyWeakref | null = null;
  let proxy: PyWeakref | null = null;
  if (head !== null && head.type === WeakrefType && head.cb === null) {
    ref = head;
    head = head.wrNext;
  }
  if (head !== null && isProxy(head) && head.cb === null) proxy = head;
  return [ref, proxy];
}

function insertHead(wr: PyWeakref, o: PyObject): void {
  const next = (o.wl ?? null) as PyWeakref | null;
  wr.wrPrev = null;
  wr.wrNext = next;
  if (next !== null) next.wrPrev = wr;
  o.wl = wr;
}

function insertAfter(wr: PyWeakref, prev: PyWeakref): void {
  wr.wrPrev = prev;
  wr.wrNext = prev.wrNext;
  if (prev.wrNext !== null) prev.wrNext.wrPrev = wr;
  prev.wrNext = wr;
}

/** clear_weakref: unlink from the referent's list and forget it; the callback is dropped too. */
function clearWeakref(wr: PyWeakref): void {
  unlink(wr);
  const cb = wr.cb;
  wr.cb = null;
  xdecref(cb);
}

/** _PyWeakref_ClearRef: unlink and forget the referent, keeping the callback. */
function unlink(wr: PyWeakref): void {
  const o = wr.obj;
  if (o === null) return;
  if (o.wl === wr) o.wl = wr.wrNext;
  if (wr.wrPrev !== null) wr.wrPrev.wrNext = wr.wrNext;
  if (wr.wrNext !== null) wr.wrNext.wrPrev = wr.wrPrev;
  wr.obj = null;
  wr.wrPrev = null;
  wr.wrNext = null;
}

function callCallback(wr: PyWeakref, cb: PyObject): void {
  try {
    decref(ab.call(cb, [wr]));
  } catch (e) {
    reportUnraisable.f(e, cb);
  }
}

/** PyObject_ClearWeakRefs: clear every weak reference to o, then call the callbacks in list order. */
export function clearWeakrefs(o: PyObject): void {
  let head = (o.wl ?? null) as PyWeakref | null;
  // The callback-less basic ref and proxy are only cleared.
  if (head !== null && head.cb === null) {
    clearWeakref(head);
    head = (o.wl ?? null) as PyWeakref | null;
    if (head !== null && head.cb === null) clearWeakref(head);
  }
  const pending: [PyWeakref, PyObject][] = [];
  for (let wr = (o.wl ?? null) as PyWeakref | null; wr !== null; wr = (o.wl ?? null) as PyWeakref | null) {
    const cb = wr.cb;
    wr.cb = null;
    unlink(wr);
    if (cb === null) continue;
    if (wr.rc > 0) {
      wr.rc++;
      pending.push([wr, cb]);
    } else {
      decref(cb);
    }
  }
  for (const [wr, cb] of pending) {
    callCallback(wr, cb);
    decref(cb);
    decref(wr);
  }
}

/** ref(ob, callback) / proxy(ob, callback): a new weak reference, or the shared basic one. */
export function newWeakref(type: PyType, ob: PyObject, callback: PyObject | null): PyWeakref {
  if (!ob.type.hasWeakref) throw typeError(`cannot create weak reference to '${ob.type.name}' object`);
  if (callback === None) callback = null;
  const [ref, proxy] = basicRefs(ob);
  if (callback === null) {
    const shared = type === WeakrefType ? ref : type === ProxyType || type === CallableProxyType ? proxy : null;
    if (shared !== null) {
      shared.rc++;
      return shared;
    }
  }
  const wr = (type.heapType ? allocInstance(type) : new PyWeakref(type)) as PyWeakref;
  wr.obj = ob;
  if (callback !== null) {
    callback.rc++;
    wr.cb = callback;
  }
  if (callback === null && (type === WeakrefType || isProxy(wr))) {
    if (type === WeakrefType || ref === null) insertHead(wr, ob);
    else insertAfter(wr, ref);
  } else {
    const prev = proxy ?? ref;
    if (prev === null) insertHead(wr, ob);
    else insertAfter(wr, prev);
  }
  return wr;
}

/** getweakrefcount(o) */
export function weakrefCount(o: PyObject): number {
  let n = 0;
  for (let wr = (o.wl ?? null) as PyWeakref | null; wr !== null; wr = wr.wrNext) n++;
  return n;
}

/** getweakrefs(o): the list order. */
export function weakrefsOf(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  for (let wr = (o.wl ?? null) as PyWeakref | null; wr !== null; wr = wr.wrNext) out.push(wr);
  return out;
}

function deadProxy(): never {
  throw newException(ReferenceErrorType, 'weakly-referenced object no longer exists');
}

/** The proxy's referent (borrowed), or ReferenceError. */
function referent(p: PyObject): PyObject {
  const o = (p as PyWeakref).obj;
  if (o === null) deadProxy();
  return o;
}

function weakrefRepr(o: PyObject): PyObject {
  const wr = o as PyWeakref;
  const obj = wr.obj;
  if (obj === null) return newStr(`<weakref at ${addressHex(wr)}; dead>`);
  obj.rc++;
  try {
    const name = ab.getattrOrNull(obj, internStr('__name__'));
    const tn = obj.type.module === 'builtins' ? obj.type.name : `${obj.type.module}.${obj.type.name}`;
    let s = `<weakref at ${addressHex(wr)}; to '${obj.type.heapType ? obj.type.name : tn}' at ${addressHex(obj)}`;
    if (name !== null) {
      if (name instanceof PyStr) s += ` (${name.v})`;
      decref(name);
    }
    return newStr(s + '>');
  } finally {
    decref(obj);
  }
}

function weakrefHash(o: PyObject): number {
  const wr = o as PyWeakref;
  if (wr.hashed) {
    HASH.hi = wr.hashHi;
    return wr.hashLo;
  }
  if (wr.obj === null) throw typeError('weak object has gone away');
  const lo = ab.hashOf(wr.obj);
  wr.hashLo = lo;
  wr.hashHi = HASH.hi;
  wr.hashed = true;
  return lo;
}

function weakrefRichCompare(a: PyObject, b: PyObject, op: number): PyObject {
  if ((op !== Op.EQ && op !== Op.NE) || !(b instanceof PyWeakref)) return (NotImplemented.rc++, NotImplemented);
  const x = (a as PyWeakref).obj;
  const y = b.obj;
  if (x === null || y === null) {
    const same = a === b;
    return newBool(op === Op.EQ ? same : !same);
  }
  x.rc++;
  y.rc++;
  try {
    return ab.richCompare(x, y, op);
  } finally {
    decref(x);
    decref(y);
  }
}

function weakrefDealloc(o: PyObject): void {
  clearWeakref(o as PyWeakref);
}

function proxyRepr(o: PyObject): PyObject {
  const wr = o as PyWeakref;
  const obj = wr.obj;
  // A dead proxy's referent reads as None, as CPython's does.
  const target = obj ?? None;
  return newStr(`<weakproxy at ${addressHex(wr)} to ${target.type.name} at ${addressHex(target)}>`);
}

/** Run f on the live referent (a new reference held meanwhile). */
function onReferent<T>(p: PyObject, f: (o: PyObject) => T): T {
  const o = referent(p);
  o.rc++;
  try {
    return f(o);
  } finally {
    decref(o);
  }
}

/** A proxy operand stands for its referent in binary operations and comparisons. */
function unwrap(o: PyObject): PyObject {
  return isProxy(o) ? referent(o) : o;
}

function initProxy(T: PyType): void {
  T.repr = proxyRepr;
  T.str = (o) => onReferent(o, (r) => ab.str(r));
  T.getattro = (o, n) => onReferent(o, (r) => ab.getattr(r, n as PyStr));
  T.setattro = (o, n, v) => onReferent(o, (r) => (v === null ? ab.delattr(r, n as PyStr) : ab.setattr(r, n as PyStr, v)));
  T.bool = (o) => onReferent(o, (r) => ab.isTrue(r));
  T.len = (o) => onReferent(o, (r) => ab.len(r));
  T.getitem = (o, k) => onReferent(o, (r) => ab.getitem(r, k));
  T.setitem = (o, k, v) => onReferent(o, (r) => (v === null ? ab.delitem(r, k) : ab.setitem(r, k, v)));
  T.contains = (o, k) => onReferent(o, (r) => ab.contains(r, k));
  T.iter = (o) => onReferent(o, (r) => ab.getIter(r));
  T.next = (o) => onReferent(o, (r) => {
    if (r.type.next === null) throw typeError(`Weakref proxy referenced a non-iterator '${r.type.name}' object`);
    return r.type.next(r);
  });
  T.richcompare = (a, b, op) => ab.richCompare(unwrap(a), unwrap(b), op);
  T.hash = () => {
    throw typeError(`unhashable type: '${T.name === 'ProxyType' ? 'weakref.ProxyType' : 'weakref.CallableProxyType'}'`);
  };
  for (let i = 0; i < ab.BIN_DUNDER.length; i++) {
    T.nb[i] = (a, b) => ab.binaryOp(unwrap(a), unwrap(b), i);
    T.ib[i] = (a, b) => ab.inplaceOp(unwrap(a), unwrap(b), i);
  }
  T.neg = (o) => onReferent(o, (r) => ab.unaryOp(r, 'neg', '-'));
  T.pos = (o) => onReferent(o, (r) => ab.unaryOp(r, 'pos', '+'));
  T.abs = (o) => onReferent(o, (r) => ab.unaryOp(r, 'abs', 'abs()'));
  T.invert = (o) => onReferent(o, (r) => ab.unaryOp(r, 'invert', '~'));
  T.index = (o) => onReferent(o, (r) => numberIndex(r));
  T.dealloc = weakrefDealloc;
  T.traverse = (o, visit) => {
    const cb = (o as PyWeakref).cb;
    if (cb !== null) visit(cb);
  };
  T.clear = (o) => clearWeakref(o as PyWeakref);
  T.module = 'weakref';
}

export function initWeakref(): void {
  const T = WeakrefType;
  T.module = 'weakref';
  T.jsClass = PyWeakref as unknown as new (type: PyType) => PyObject;
  T.hasWeakref = false;
  T.new_ = (type, a, k) => {
    if (k !== null && k.length > 0) throw typeError('ref() takes no keyword arguments');
    if (a.length < 1 || a.length > 2) {
      throw typeError(`__new__ expected ${a.length < 1 ? 'at least 1 argument' : 'at most 2 arguments'}, got ${a.length}`);
    }
    const ob = a[0];
    const cb = a.length > 1 ? a[1] : null;
    return newWeakref(type as PyType, ob, cb);
  };
  T.init = () => {};
  T.call = (o, a, k) => {
    if (k !== null && k.length > 0) throw typeError('weakref() takes no keyword arguments');
    if (a.length !== 0) throw typeError(`weakref() takes exactly 0 arguments (${a.length} given)`);
    const obj = (o as PyWeakref).obj;
    if (obj === null) return newNone();
    obj.rc++;
    return obj;
  };
  T.repr = weakrefRepr;
  T.hash = weakrefHash;
  T.richcompare = weakrefRichCompare;
  T.dealloc = weakrefDealloc;
  T.traverse = (o, visit) => {
    const cb = (o as PyWeakref).cb;
    if (cb !== null) visit(cb);
  };
  T.clear = (o) => clearWeakref(o as PyWeakref);
  defGetSet(T, '__callback__', (o) => {
    const cb = (o as PyWeakref).cb;
    return cb === null ? newNone() : (cb.rc++, cb);
  });
  exposeSlots(T);
  exposeNew(T);
  initProxy(ProxyType);
  initProxy(CallableProxyType);
  CallableProxyType.call = (o, a, k) => onReferent(o, (r) => ab.call(r, a, k));
  exposeSlots(ProxyType);
  exposeSlots(CallableProxyType);

  gcHooks.isWeakref = isWeakrefObject;
  gcHooks.clearRef = (wr) => unlink(wr as PyWeakref);
  gcHooks.hasCallback = (wr) => (wr as PyWeakref).cb !== null;
  gcHooks.callWeakrefCallback = (wr) => {
    const cb = (wr as PyWeakref).cb;
    if (cb !== null) callCallback(wr as PyWeakref, cb);
  };
  gcHooks.clearWeakrefs = clearWeakrefs;
}
