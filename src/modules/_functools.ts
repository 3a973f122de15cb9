// The _functools module (Modules/_functoolsmodule.c): reduce, partial,
// cmp_to_key's KeyWrapper and the wrapper object of lru_cache.
//
// lru_cache keeps CPython's cache layout: a dict from key to result (or,
// when bounded, to a link of the recency list), keys made by the same rules
// as lru_cache_make_key (a lone int or str argument is its own key, otherwise
// a tuple), so that hits, misses and the calls of __hash__ and __eq__ on
// arguments match CPython's.

import { PyObject, objectAllocated, decref, xdecref } from '../runtime/object.js';
import { PyType, builtinType, ObjectType } from '../runtime/type.js';
import * as ab from '../runtime/abstract.js';
import { Op, HASH } from '../runtime/abstract.js';
import { checkArgs, noKw, newBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, StrType, newStr, internStr, nameStr } from '../runtime/types/str.js';
import { PyInt, IntType, newIntAny, numberIndex, unpackArgs, exposeNew } from '../runtime/types/int.js';
import { newBool } from '../runtime/types/bool.js';
import { None, newNone } from '../runtime/types/none.js';
import { PyTuple, TupleType, newTuple } from '../runtime/types/tuple.js';
import { PyDict, DictType, newDict, dictCopy, dictSet, lookup, dictSetHashed, deleteEntry, dictEntryCount, dictKeyAt,
  dictValueAt } from '../runtime/types/dict.js';
import { reprEnter, reprLeave } from '../runtime/types/list.js';
import { defMethod, defGetSet, exposeSlots, allocInstance } from '../runtime/types/typeobject.js';
import { defMember, newMethod } from '../runtime/types/method.js';
import { PyBaseException, TypeErrorType } from '../runtime/types/exceptions.js';
import { FunctionType, type PyFunction } from '../runtime/types/function.js';
import { callResult } from '../runtime/excresult.js';
import { typeError, attributeError, overflowError } from '../runtime/errors.js';
import { defGenericAliasGetitem } from './_collections.js';
import type { PyModule } from '../runtime/types/module.js';

/** A dict attribute for instances (`__dict__` created on first use). */
interface WithDict {
  dict: PyDict | null;
}

function defDictAttr(t: PyType): void {
  defGetSet(t, '__dict__', (o) => {
    const w = o as PyObject & WithDict;
    w.dict ??= newDict();
    w.dict.rc++;
    return w.dict;
  }, (o, v) => {
    if (v === null) throw typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.type.name}'`);
    const w = o as PyObject & WithDict;
    const old = w.dict;
    v.rc++;
    w.dict = v;
    xdecref(old);
  });
}

/** A built-in type's name as its instances' reprs show it: tp_name ('functools.partial') or a subclass's name. */
function reprName(t: PyType): string {
  return t.heapType ? t.name : `${t.module}.${t.name}`;
}

// ---------------------------------------------------------------- reduce

const reduce: NativeFn = (_s, a, k) => {
  noKw('reduce', k);
  checkArgs('reduce', a, null, 2, 3);
  const [func, seq] = a;
  let it: PyObject;
  try {
    it = ab.getIter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeErrorType)) {
      decref(e);
      throw typeError('reduce() arg 2 must support iteration');
    }
    throw e;
  }
  let result: PyObject | null = a.length > 2 ? (a[2].rc++, a[2]) : null;
  try {
    for (let item = ab.iterNext(it); item !== null; item = ab.iterNext(it)) {
      if (result === null) {
        result = item;
        continue;
      }
      const acc: PyObject = result;
      result = null;
      try {
        result = ab.call(func, [acc, item]);
      } finally {
        decref(acc);
        decref(item);
      }
    }
  } catch (e) {
    xdecref(result);
    throw e;
  } finally {
    decref(it);
  }
  if (result === null) throw typeError('reduce() of empty iterable with no initial value');
  return result;
};

// ---------------------------------------------------------------- partial

export const PartialType = builtinType('partial', ObjectType, { basicsize: 64, gc: true, hasDict: true, hasWeakref: true });
PartialType.module = 'functools';

export class PyPartial extends PyObject implements WithDict {
  fn: PyObject = None;
  args: PyTuple = newTuple([]);
  kw: PyDict = newDict();
  dict: PyDict | null = null;
  constructor(type: PyType) {
    super(type);
  }
}

/** The positional arguments (owned tuple) and keywords of a call, split. */
function splitCall(args: PyObject[], kwnames: string[] | null): { pos: PyObject[]; kwv: PyObject[] } {
  const nkw = kwnames === null ? 0 : kwnames.length;
  return { pos: args.slice(0, args.length - nkw), kwv: args.slice(args.length - nkw) };
}

function partialNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = type as PyType;
  const { pos, kwv } = splitCall(args, kwnames);
  if (pos.length < 1) throw typeError("type 'partial' takes at least one argument");
  let func = pos[0];
  let inner: PyPartial | null = null;
  // A partial of a partial (with no attributes of its own) is flattened.
  if (func instanceof PyPartial && func.type.call === PartialType.call && func.dict === null) {
    inner = func;
    func = func.fn;
  }
  if (func.type.call === null) throw typeError('the first argument must be callable');
  const p = (t.heapType ? allocInstance(t) : new PyPartial(t)) as PyPartial;
  func.rc++;
  p.fn = func;
  const extra = pos.slice(1);
  decref(p.args);
  if (inner !== null && extra.length === 0) {
    // Flattening with no new positional arguments shares the inner partial's tuple.
    inner.args.rc++;
    p.args = inner.args;
  } else {
    const all = inner === null ? extra : [...inner.args.items, ...extra];
    for (const x of all) x.rc++;
    p.args = newTuple(all);
  }
  if (inner !== null) {
    decref(p.kw);
    p.kw = dictCopy(inner.kw);
  }
  for (let i = 0; i < kwv.length; i++) {
    const key = internStr(kwnames![i]);
    dictSet(p.kw, key, kwv[i]);
    decref(key);
  }
  return p;
}

function partialCall(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const p = o as PyPartial;
  const { pos, kwv } = splitCall(args, kwnames);
  const callArgs = p.args.items.length === 0 ? pos : [...p.args.items, ...pos];
  if (p.kw.used === 0) return ab.call(p.fn, [...callArgs, ...kwv], kwnames);
  // The call's keywords override the stored ones.
  const merged = new Map<string, PyObject>();
  for (let i = 0; i < dictEntryCount(p.kw); i++) {
    const key = dictKeyAt(p.kw, i);
    if (key === null) continue;
    if (!(key instanceof PyStr)) throw typeError('keywords must be strings');
    merged.set(key.v, dictValueAt(p.kw, i)!);
  }
  if (kwnames !== null) kwnames.forEach((name, i) => merged.set(name, kwv[i]));
  return ab.call(p.fn, [...callArgs, ...merged.values()], [...merged.keys()]);
}

function partialRepr(o: PyObject): PyObject {
  const p = o as PyPartial;
  if (!reprEnter(p)) return newStr('...');
  try {
    let text = ab.reprJS(p.fn);
    for (const x of p.args.items) text += ', ' + ab.reprJS(x);
    for (let i = 0; i < dictEntryCount(p.kw); i++) {
      const key = dictKeyAt(p.kw, i);
      if (key === null) continue;
      text += `, ${ab.strJS(key)}=${ab.reprJS(dictValueAt(p.kw, i)!)}`;
    }
    return newStr(`${reprName(p.type)}(${text})`);
  } finally {
    reprLeave(p);
  }
}

function partialSetState(p: PyPartial, state: PyObject): void {
  if (!(state instanceof PyTuple)) throw typeError('argument to __setstate__ must be a tuple');
  if (state.items.length !== 4) throw typeError(`expected 4 items in state, got ${state.items.length}`);
  const [fn, fnargs, kw, dict] = state.items;
  if (fn.type.call === null || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict))) {
    throw typeError('invalid partial state');
  }
  // Subclasses of tuple and dict are copied into exact ones.
  const args = fnargs.type === TupleType ? (fnargs.rc++, fnargs) : newTuple(fnargs.items.map((x) => (x.rc++, x)));
  const kwd = kw === None ? newDict() : kw.type === DictType ? (kw.rc++, kw as PyDict) : dictCopy(kw as PyDict);
  fn.rc++;
  const old = [p.fn, p.args, p.kw, p.dict];
  p.fn = fn;
  p.args = args;
  p.kw = kwd;
  if (dict === None) p.dict = null;
  else {
    dict.rc++;
    p.dict = dict as PyDict;
  }
  for (const x of old) xdecref(x);
}

function initPartial(): void {
  const T = PartialType;
  T.doc = 'partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n';
  T.jsClass = PyPartial as unknown as new (type: PyType) => PyObject;
  T.new_ = partialNew;
  T.call = partialCall;
  T.repr = partialRepr;
  T.dealloc = (o) => {
    const p = o as PyPartial;
    const refs = [p.fn, p.args, p.kw, p.dict];
    p.dict = null;
    for (const x of refs) xdecref(x);
  };
  // A collection can run while a partial is being made: fields not set yet are skipped.
  T.traverse = (o, visit) => {
    const p = o as PyPartial;
    for (const x of [p.fn, p.args, p.kw, p.dict]) if (x != null) visit(x);
  };
  defMember(T, 'func', (o) => ((o as PyPartial).fn.rc++, (o as PyPartial).fn));
  defMember(T, 'args', (o) => ((o as PyPartial).args.rc++, (o as PyPartial).args));
  defMember(T, 'keywords', (o) => ((o as PyPartial).kw.rc++, (o as PyPartial).kw));
  defDictAttr(T);
  defGenericAliasGetitem(T);
  defMethod(T, '__reduce__', (s) => {
    const p = s as PyPartial;
    const dict = p.dict === null ? newNone() : (p.dict.rc++, p.dict);
    p.type.rc++;
    p.fn.rc++;
    p.fn.rc++;
    p.args.rc++;
    p.kw.rc++;
    return newTuple([p.type, newTuple([p.fn]), newTuple([p.fn, p.args, p.kw, dict])]);
  });
  defMethod(T, '__setstate__', (s, a, k) => {
    checkArgs('__setstate__', a, k, 1, 1);
    partialSetState(s as PyPartial, a[0]);
    return newNone();
  });
  exposeSlots(T);
  exposeNew(T);
}

// ---------------------------------------------------------------- cmp_to_key

export const KeyWrapperType = builtinType('KeyWrapper', ObjectType, { basicsize: 32, gc: true, baseType: false });
KeyWrapperType.module = 'functools';

class PyKeyWrapper extends PyObject {
  /** Both owned; obj is null for the wrapper cmp_to_key returns. */
  cmp: PyObject;
  obj: PyObject | null;
  constructor(cmp: PyObject, obj: PyObject | null) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = KeyWrapperType;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, KeyWrapperType);
    this.cmp = cmp;
    this.obj = obj;
  }
}

function newKeyWrapper(cmp: PyObject, obj: PyObject | null): PyKeyWrapper {
  cmp.rc++;
  if (obj !== null) obj.rc++;
  return new PyKeyWrapper(cmp, obj);
}

function keyWrapperCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (!(b instanceof PyKeyWrapper)) throw typeError('other argument must be K instance');
  const x = (a as PyKeyWrapper).obj;
  const y = b.obj;
  if (x === null || y === null) throw attributeError('object');
  const r = callCmp((a as PyKeyWrapper).cmp, x, y);
  if (r.type === IntType) {
    // An exact int against 0 is a plain comparison: no zero object, no slot call.
    const v = (r as PyInt).v;
    decref(r);
    return newBool(op === Op.LT ? v < 0 : op === Op.LE ? v <= 0 : op === Op.EQ ? v === 0 : op === Op.NE ? v !== 0 : op === Op.GT ? v > 0 : v >= 0);
  }
  const zero = newIntAny(0);
  try {
    return ab.richCompare(r, zero, op);
  } finally {
    decref(r);
    decref(zero);
  }
}

/** cmp(x, y), a new reference: a Python function of two parameters is entered directly, as callFunctionBorrowed would. */
function callCmp(cmp: PyObject, x: PyObject, y: PyObject): PyObject {
  if (cmp.type === FunctionType) {
    const code = (cmp as PyFunction).code;
    if (code.fast === 2) {
      x.rc++;
      y.rc++;
      return callResult(code.fn(cmp as PyFunction, x, y));
    }
  }
  return ab.call(cmp, [x, y]);
}

function initKeyWrapper(): void {
  const T = KeyWrapperType;
  T.call = (o, args, kwnames) => {
    const [obj] = unpackArgs('K', args, kwnames, ['obj'], 0, 1, 1);
    return newKeyWrapper((o as PyKeyWrapper).cmp, obj);
  };
  T.richcompare = keyWrapperCompare;
  T.hash = (o) => {
    throw typeError(`unhashable type: '${reprName(o.type)}'`);
  };
  T.dealloc = (o) => {
    const k = o as PyKeyWrapper;
    decref(k.cmp);
    xdecref(k.obj);
  };
  defMember(T, 'obj', (o) => {
    const v = (o as PyKeyWrapper).obj;
    if (v === null) return null;
    v.rc++;
    return v;
  }, (o, v) => {
    const k = o as PyKeyWrapper;
    const old = k.obj;
    if (v !== null) v.rc++;
    k.obj = v;
    xdecref(old);
  });
  exposeSlots(T);
  T.attrs.set('__hash__', None);
  None.rc++;
}

const cmpToKey: NativeFn = (_s, a, k) => {
  const [cmp] = unpackArgs('cmp_to_key', a, k, ['mycmp'], 0, 1, 1);
  return newKeyWrapper(cmp!, null);
};

// ---------------------------------------------------------------- lru_cache

export const LruCacheWrapperType = builtinType('_lru_cache_wrapper', ObjectType, { basicsize: 152, gc: true, hasDict: true, hasWeakref: true });
LruCacheWrapperType.module = 'functools';
const LruLinkType = builtinType('_lru_list_elem', ObjectType, { basicsize: 56, baseType: false });
LruLinkType.module = 'functools';

/** An entry of a bounded cache's recency list: the dict value of its key. */
class PyLruLink extends PyObject {
  prev: PyLruLink | null = null;
  next: PyLruLink | null = null;
  constructor(public key: PyObject, public hashLo: number, public hashHi: number, public result: PyObject) {
    super(LruLinkType);
  }
}

/** The marker between positional and keyword arguments in keys (kwd_mark). */
const KWD_MARK = new PyObject(ObjectType);
KWD_MARK.rc = 1 << 30;

class PyLruCache extends PyObject implements WithDict {
  func: PyObject = None;
  cache: PyDict = newDict();
  /** -1: unbounded; 0: no caching. */
  maxsize = -1;
  maxsizeObj: PyObject = None;
  typed = false;
  hits = 0;
  misses = 0;
  cacheInfoType: PyObject = None;
  dict: PyDict | null = null;
  /** The recency list of a bounded cache: root.next is the oldest link, root.prev the newest. */
  root = { prev: null as PyLruLink | null, next: null as PyLruLink | null };
  constructor(type: PyType) {
    super(type);
  }
}

/** lru_cache_make_key: the cache key of a call (a new reference). */
function makeKey(args: PyObject[], kwnames: string[] | null, typed: boolean): PyObject {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  if (!typed && nkw === 0 && npos === 1) {
    const only = args[0];
    // A lone int or str is its own key (no tuple is made).
    if (only.type === IntType || only.type === StrType) return (only.rc++, only);
  }
  const items: PyObject[] = [];
  const own = (x: PyObject) => {
    x.rc++;
    items.push(x);
  };
  for (let i = 0; i < npos; i++) own(args[i]);
  if (nkw > 0) {
    own(KWD_MARK);
    for (let i = 0; i < nkw; i++) {
      items.push(internStr(kwnames![i]));
      own(args[npos + i]);
    }
  }
  if (typed) for (let i = 0; i < args.length; i++) own(args[i].type);
  return newTuple(items);
}

function callUser(c: PyLruCache, args: PyObject[], kwnames: string[] | null): PyObject {
  return ab.call(c.func, args, kwnames);
}

function unlink(c: PyLruCache, link: PyLruLink): void {
  const prev = link.prev;
  const next = link.next;
  if (prev === null) c.root.next = next;
  else prev.next = next;
  if (next === null) c.root.prev = prev;
  else next.prev = prev;
  link.prev = link.next = null;
}

function appendLink(c: PyLruCache, link: PyLruLink): void {
  const last = c.root.prev;
  link.prev = last;
  link.next = null;
  if (last === null) c.root.next = link;
  else last.next = link;
  c.root.prev = link;
}

function lruCall(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const c = o as PyLruCache;
  if (c.maxsize === 0) {
    c.misses++;
    return callUser(c, args, kwnames);
  }
  const key = makeKey(args, kwnames, c.typed);
  try {
    const lo = ab.hashOf(key);
    const hi = HASH.hi;
    return c.maxsize < 0 ? unboundedCall(c, key, lo, hi, args, kwnames) : boundedCall(c, key, lo, hi, args, kwnames);
  } finally {
    decref(key);
  }
}

function unboundedCall(c: PyLruCache, key: PyObject, lo: number, hi: number, args: PyObject[],
  kwnames: string[] | null): PyObject {
  const ix = lookup(c.cache, key, lo, hi);
  if (ix >= 0) {
    c.hits++;
    const r = dictValueAt(c.cache, ix)!;
    r.rc++;
    return r;
  }
  c.misses++;
  const result = callUser(c, args, kwnames);
  try {
    dictSetHashed(c.cache, key, lo, hi, result);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function boundedCall(c: PyLruCache, key: PyObject, lo: number, hi: number, args: PyObject[],
  kwnames: string[] | null): PyObject {
  const ix = lookup(c.cache, key, lo, hi);
  if (ix >= 0) {
    const link = dictValueAt(c.cache, ix) as PyLruLink;
    unlink(c, link);
    appendLink(c, link);
    c.hits++;
    link.result.rc++;
    return link.result;
  }
  c.misses++;
  const result = callUser(c, args, kwnames);
  // The call itself may have cached this key (recursion): its link is already in place.
  if (lookup(c.cache, key, lo, hi) >= 0) return result;
  if (c.cache.used < c.maxsize || c.root.next === null) {
    key.rc++;
    result.rc++;
    const link = new PyLruLink(key, lo, hi, result);
    try {
      dictSetHashed(c.cache, key, lo, hi, link);
    } finally {
      decref(link);
    }
    appendLink(c, link);
    return result;
  }
  // Full: the oldest link is reused for the new entry.
  const oldest = c.root.next!;
  unlink(c, oldest);
  const oldIx = lookup(c.cache, oldest.key, oldest.hashLo, oldest.hashHi);
  // The call removed the oldest key itself: its link is dropped, the result not cached.
  if (oldIx < 0) return result;
  oldest.rc++;
  deleteEntry(c.cache, oldIx);
  const oldKey = oldest.key;
  const oldResult = oldest.result;
  key.rc++;
  result.rc++;
  oldest.key = key;
  oldest.hashLo = lo;
  oldest.hashHi = hi;
  oldest.result = result;
  try {
    dictSetHashed(c.cache, key, lo, hi, oldest);
  } finally {
    decref(oldest);
  }
  appendLink(c, oldest);
  decref(oldKey);
  decref(oldResult);
  return result;
}

function lruClear(c: PyLruCache): void {
  c.hits = 0;
  c.misses = 0;
  c.root.next = c.root.prev = null;
  const old = c.cache;
  c.cache = newDict();
  decref(old);
}

function lruNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [func, maxsize, typed, infoType] = unpackArgs('_lru_cache_wrapper', args, kwnames,
    ['user_function', 'maxsize', 'typed', 'cache_info_type'], 0, 4, 4);
  if (func!.type.call === null) throw typeError('the first argument must be callable');
  let size: number;
  if (maxsize === None) size = -1;
  else if (maxsize!.type.index !== null) {
    const r = numberIndex(maxsize!);
    const v = r.v;
    decref(r);
    if (typeof v === 'bigint') throw overflowError("Python int too large to convert to C ssize_t");
    size = v < 0 ? 0 : v;
  } else {
    throw typeError('maxsize should be integer or None');
  }
  const t = type as PyType;
  const c = (t.heapType ? allocInstance(t) : new PyLruCache(t)) as PyLruCache;
  c.func = (func!.rc++, func!);
  c.maxsize = size;
  c.maxsizeObj = (maxsize!.rc++, maxsize!);
  c.typed = ab.isTrue(typed!);
  c.cacheInfoType = (infoType!.rc++, infoType!);
  return c;
}

function initLruCache(): void {
  const T = LruCacheWrapperType;
  T.jsClass = PyLruCache as unknown as new (type: PyType) => PyObject;
  T.new_ = lruNew;
  T.call = lruCall;
  // A cached function is a method when it is a class attribute.
  T.descrGet = (self, obj) => (obj === null || obj === None ? (self.rc++, self) : newMethod(self, obj));
  T.dealloc = (o) => {
    const c = o as PyLruCache;
    const refs = [c.func, c.cache, c.maxsizeObj, c.cacheInfoType, c.dict];
    c.dict = null;
    c.root.next = c.root.prev = null;
    for (const x of refs) xdecref(x);
  };
  LruLinkType.dealloc = (o) => {
    const l = o as PyLruLink;
    decref(l.key);
    decref(l.result);
  };
  defDictAttr(T);
  defMethod(T, 'cache_info', (s, a, k) => {
    checkArgs('cache_info', a, k, 0, 0);
    const c = s as PyLruCache;
    const hits = newIntAny(c.hits);
    const misses = newIntAny(c.misses);
    const size = newIntAny(c.cache.used);
    try {
      return ab.call(c.cacheInfoType, [hits, misses, c.maxsizeObj, size]);
    } finally {
      decref(hits);
      decref(misses);
      decref(size);
    }
  });
  defMethod(T, 'cache_clear', (s, a, k) => {
    checkArgs('cache_clear', a, k, 0, 0);
    lruClear(s as PyLruCache);
    return newNone();
  });
  defMethod(T, '__reduce__', (s) => ab.getattr(s, nameStr('__qualname__')));
  defMethod(T, '__copy__', (s) => (s.rc++, s));
  defMethod(T, '__deepcopy__', (s, a, k) => {
    checkArgs('__deepcopy__', a, k, 1, 1);
    s.rc++;
    return s;
  });
  exposeSlots(T);
  exposeNew(T);
}

// ---------------------------------------------------------------- the module

/** The types' slots and methods; called from bootstrap. */
export function initFunctoolsTypes(): void {
  initPartial();
  initKeyWrapper();
  initLruCache();
}

export function initFunctools(m: PyModule): void {
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, '_functools');
    m.set(name, f);
    decref(f);
  };
  def('reduce', reduce);
  def('cmp_to_key', cmpToKey);
  m.set('partial', PartialType);
  m.set('KeyWrapper', KeyWrapperType);
  m.set('_lru_cache_wrapper', LruCacheWrapperType);
}

/** The interned attribute names this module looks up, kept for the life of the process (borrowed). */
