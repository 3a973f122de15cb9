// The operations generated code calls (the `rt` object every compiled code
// object receives). Each one mirrors a CPython bytecode instruction or a
// short sequence of them; the comments name the instruction where it helps.
// Ownership: see codegen.ts. Arguments documented "owned" are consumed.

import { PyObject, decref, xdecref, recursion, dealloc, releaseAll, releaseLocals } from './object.js';
import { PyType, TypeType, typeModified } from './type.js';
import * as ab from './abstract.js';
import * as arith from './arith.js';
import * as subscr from './subscr.js';
import { newWarmup, newConcatSite, concatAt } from './concat.js';
import { None, newNone } from './types/none.js';
import { True, False } from './types/bool.js';
import { PyStr, StrType, newStr, internStr, nameStr } from './types/str.js';
import { PyTuple, TupleType, newTuple } from './types/tuple.js';
import { gcVirtualAlloc } from './gc.js';
import { PyList, ListType, newList, listResize, listAppend, listExtend, setListCapacity } from './types/list.js';
import { PyDict, DictType, newDict, dictSet, dictGetStr, dictDel, lookupStr, dictReplaceAt, dictEntryCount,
  dictKeyAt, dictValueAt } from './types/dict.js';
import { PyFunction, PyCode, PyCell, callFunctionOwned, FunctionType } from './types/function.js';
import { callResult, fail, EXC, takePending } from './excresult.js';
import { AttrCache, newAttrCache, getAttrCached, storeAttrCached, methodCached, callFoundMethod } from './attrcache.js';
import { PyFrame, ts, exposeFrame, takeFrame, dropFrame } from './types/frame.js';
import { BuiltinFunctionType, MethodDescrType } from './types/builtinfunc.js';
import { PyTraceback } from './types/traceback.js';
import { PyGen, type GenBody, genResume, genStarted } from './types/generator.js';
import { MethodType } from './types/method.js';
import { newBuiltin } from './types/builtinfunc.js';
import { PyBaseException, getField, BaseExceptionType, RecursionErrorType, AssertionErrorType, newException,
  NameErrorType, UnboundLocalErrorType, StopIterationType, SystemErrorType, MemoryErrorType, RuntimeErrorType, KeyboardInterruptType, newNameError } from './types/exceptions.js';
import { typeError, valueError } from './errors.js';
import { PyModule } from './types/module.js';
import { PyInt, IntType } from './types/int.js';
import { PyFloat, FloatType } from './types/float.js';
import { starBegin, starMatch, starRaised, starEnd } from './exceptstar.js';
import { tr, callEvent, returnEvent, lineEvent, jumpEvent, exceptionEvent, stopIterationEvent, profileCCall } from './trace.js';
import { dropCaps, reorderCaps, matchSeq, matchMapping, matchKeys, matchRest, matchClass } from './match.js';
import { argTupleGiven, callsWithTuple } from './types/typeobject.js';

// The pieces that live in other modules and are installed at bootstrap.
export const hooks = {
  importName: null as unknown as (globals: PyDict, name: string, fromlist: string[] | null, level: number) => PyObject,
  format: null as unknown as (v: PyObject, spec: PyObject | null) => PyObject,
  setOf: null as unknown as (items: PyObject[]) => PyObject,
  setAdd: null as unknown as (s: PyObject, item: PyObject) => void,
  setUpdate: null as unknown as (s: PyObject, other: PyObject) => void,
  slice: null as unknown as (a: PyObject, b: PyObject, c: PyObject) => PyObject,
  displayHook: null as unknown as (v: PyObject) => void,
  ascii: null as unknown as (o: PyObject) => PyObject,
  isInitializing: (_m: PyObject) => false,
  /** ImportError(msg, name=..., path=...). */
  importError: null as unknown as (msg: string, name: string | null, path: string | null) => PyBaseException,
};

const inc = <T extends PyObject>(o: T): T => {
  o.rc++;
  return o;
};

function cellOf(v: PyObject | null): PyCell {
  return new PyCell(v);
}

// ---------------------------------------------------------------- frames

/** The eval breaker: a pending Ctrl-C becomes KeyboardInterrupt at a function call or a loop's next turn. */
function tick(): void {
  const flag = ts.interrupt;
  if (flag !== null && flag[0] !== 0) {
    flag[0] = 0;
    throw newException(KeyboardInterruptType, null);
  }
  // The step budget stops a run as Ctrl-C would: finally blocks run (a profiler prints its partial report).
  if (--ts.stepsLeft < 0) {
    ts.stepsLeft = Infinity;
    throw newException(KeyboardInterruptType, 'pyheap: the step budget (--max-steps) ran out');
  }
}

function enter(F: PyFunction, localNames: string[], snapshot: (() => (PyObject | null)[]) | null, ns: PyDict | null): PyFrame {
  if (ts.interrupt !== null && ts.interrupt[0] !== 0) tick();
  const fr = takeFrame(F, ts.frame, localNames, snapshot, ns);
  if (ns !== null) ns.rc++;
  ts.frame = fr;
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    ts.frame = fr.back;
    // The frame that could not start: it is not on the stack and gets no traceback entry.
    fr.p = -2;
    throw newException(RecursionErrorType, 'maximum recursion depth exceeded');
  }
  if (ts.profiler !== null) ts.profiler.call(fr.code);
  return fr;
}

recursion.enter = (where) => {
  if (++ts.depth > ts.recursionLimit) {
    ts.depth--;
    throw newException(RecursionErrorType, `maximum recursion depth exceeded${where}`);
  }
};
recursion.leave = () => {
  ts.depth--;
};

function leave(fr: PyFrame): void {
  if (fr.p === -2) return;
  if (ts.profiler !== null) ts.profiler.ret(fr.code);
  ts.frame = fr.back;
  ts.depth--;
  // The frame object lives on only if a traceback or f_back refers to it.
  fr.back = null;
  dropFrame(fr);
}

/** Turn whatever JS threw into the Python exception it stands for. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  // Plain string tests: a regular expression is compiled on first use, which
  // itself needs the stack that just ran out.
  if (e instanceof RangeError && e.message.includes('call stack')) {
    return newException(RecursionErrorType, 'maximum recursion depth exceeded');
  }
  if (e instanceof RangeError && (e.message.includes('Invalid array length') || e.message.includes('Invalid string length') || e.message.includes('Array buffer allocation'))) {
    return newException(MemoryErrorType, null);
  }
  const msg = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return newException(SystemErrorType, `pyheap internal error: ${msg}`);
}

/** The first catch an exception meets in a frame: record the frame in its traceback (PyTraceBack_Here). */
function caught(e: unknown, fr: PyFrame): PyBaseException {
  const x = toPyException(e);
  if (fr.rr === x) {
    fr.rr = null;
  } else {
    addTraceback(x, fr);
    setContext(x);
    if (tr.ln) exceptionEvent(fr, x);
  }
  return x;
}

function addTraceback(x: PyBaseException, fr: PyFrame): void {
  if (fr.p === -2) return;
  exposeFrame(fr);
  x.traceback = new PyTraceback(x.traceback as PyTraceback | null, fr, fr.p);
}

/** An exception raised while another is handled gets it as __context__ (_PyErr_SetObject). */
function setContext(x: PyBaseException): void {
  if (x.context === null) chainContext(x);
}

/**
 * `raise` (and a runtime error) sets __context__ to the exception being
 * handled, replacing any earlier one; a cycle the link would close is cut
 * where the chain reaches x.
 */
function chainContext(x: PyBaseException): void {
  const stack = ts.excStack;
  if (stack.length === 0) return;
  const handled = stack[stack.length - 1] as PyBaseException;
  if (handled === x) return;
  for (let o = handled, c = o.context as PyBaseException | null; c !== null; o = c, c = o.context as PyBaseException | null) {
    if (c === x) {
      o.context = null;
      decref(c);
      break;
    }
  }
  handled.rc++;
  const old = x.context;
  x.context = handled;
  xdecref(old);
}

/**
 * What leaves an except clause's body (or a finally run for an exception)
 * gets the handled exception as context before the clause lets go of it.
 */
function handlerRaised(e: unknown): PyBaseException {
  const x = toPyException(e);
  setContext(x);
  return x;
}

/**
 * The end of a finally clause run for the exception x (which it held as
 * the exception being handled): x goes on unwinding when the clause
 * completed, without a second traceback entry for this frame; otherwise the
 * clause raised, returned or jumped, and x is dropped.
 */
function finallyDone(fr: PyFrame, x: PyBaseException, completed: boolean): void {
  const stack = ts.excStack;
  const i = stack.lastIndexOf(x);
  if (i >= 0) stack.splice(i, 1);
  if (completed) fr.rr = x;
  else decref(x);
}

/** The function-level catch: the exception leaves the frame, which keeps its locals for the traceback. */
function unwind(e: unknown, fr: PyFrame, locals?: (PyObject | null)[]): PyBaseException {
  const x = caught(e, fr);
  if (locals !== undefined && fr.captured === null && fr.rc > 1) {
    for (const o of locals) if (o !== null) o.rc++;
    fr.captured = locals;
  }
  return x;
}

function reraise(fr: PyFrame, e: PyBaseException): PyBaseException {
  fr.rr = e;
  return e;
}

/** Bare `raise`: re-raise the exception being handled (RAISE_VARARGS 0). */
function reraiseCurrent(fr: PyFrame): PyBaseException {
  const stack = ts.excStack;
  if (stack.length === 0) return newException(RuntimeErrorType, 'No active exception to reraise');
  const e = stack[stack.length - 1] as PyBaseException;
  e.rc++;
  fr.rr = e;
  return e;
}

/** `raise X`: X is an exception instance or class (owned). */
function raise(x: PyObject): PyBaseException {
  const e = makeException(x, 'exceptions must derive from BaseException');
  chainContext(e);
  return e;
}

function makeException(x: PyObject, err: string): PyBaseException {
  if (x instanceof PyBaseException) return x;
  if (x instanceof PyType && x.isSubtype(BaseExceptionType)) {
    const e = ab.call(x, []);
    decref(x);
    if (!(e instanceof PyBaseException)) {
      const n = e.type.name;
      decref(e);
      throw typeError(`calling ${x.name} should have returned an instance of BaseException, not ${n}`);
    }
    return e;
  }
  decref(x);
  throw typeError(err);
}

function raiseFrom(x: PyObject, cause: PyObject): PyBaseException {
  const e = makeException(x, 'exceptions must derive from BaseException');
  let c: PyObject | null;
  if (cause === None) {
    decref(cause);
    c = null;
  } else if (cause instanceof PyBaseException) {
    c = cause;
  } else if (cause instanceof PyType && cause.isSubtype(BaseExceptionType)) {
    c = ab.call(cause, []);
    decref(cause);
  } else {
    decref(cause);
    decref(e);
    throw typeError('exception causes must derive from BaseException');
  }
  xdecref(e.cause);
  e.cause = c;
  e.suppressContext = true;
  chainContext(e);
  return e;
}

/** `except T:` (CHECK_EXC_MATCH); T is owned. */
function excMatch(e: PyBaseException, t: PyObject): boolean {
  try {
    if (t instanceof PyTuple) {
      for (const x of t.items) checkCatchable(x);
      return t.items.some((x) => e.type.isSubtype(x as PyType));
    }
    checkCatchable(t);
    return e.type.isSubtype(t as PyType);
  } finally {
    decref(t);
  }
}

function checkCatchable(t: PyObject): void {
  if (!(t instanceof PyType) || !t.isSubtype(BaseExceptionType)) {
    throw typeError('catching classes that do not inherit from BaseException is not allowed');
  }
}

function pushExc(e: PyBaseException): void {
  ts.excStack.push(e);
}

/** End of an except clause: the handled exception is released. */
function popExc(e: PyBaseException): void {
  const stack = ts.excStack;
  const i = stack.lastIndexOf(e);
  if (i >= 0) stack.splice(i, 1);
  decref(e);
}

/** `assert` raises the built-in AssertionError whatever the globals call it (LOAD_ASSERTION_ERROR). */
function assertionError(msg: PyObject | null): PyBaseException {
  if (msg === null) return newException(AssertionErrorType, null);
  const e = ab.call(AssertionErrorType, [msg]) as PyBaseException;
  decref(msg);
  return e;
}

// ---------------------------------------------------------------- names

function unboundLocal(fr: PyFrame, name: PyStr, p: number): never {
  fr.p = p;
  throw newException(UnboundLocalErrorType, `cannot access local variable '${name.v}' where it is not associated with a value`);
}

function loadDeref(cell: PyCell, name: PyStr, isFree: number, fr: PyFrame, p: number): PyObject {
  const v = cell.ref;
  if (v === null) {
    fr.p = p;
    if (isFree) throw newNameError(NameErrorType, `cannot access free variable '${name.v}' where it is not associated with a value in enclosing scope`, name);
    throw newException(UnboundLocalErrorType, `cannot access local variable '${name.v}' where it is not associated with a value`);
  }
  v.rc++;
  return v;
}

function storeDeref(cell: PyCell, v: PyObject): void {
  const old = cell.ref;
  cell.ref = v;
  xdecref(old);
}

function delDeref(cell: PyCell, name: PyStr, isFree: number): void {
  if (cell.ref === null) {
    if (isFree) throw newNameError(NameErrorType, `cannot access free variable '${name.v}' where it is not associated with a value in enclosing scope`, name);
    throw newException(UnboundLocalErrorType, `cannot access local variable '${name.v}' where it is not associated with a value`);
  }
  const old = cell.ref;
  cell.ref = null;
  decref(old);
}

function clearDeref(cell: PyCell): void {
  const old = cell.ref;
  cell.ref = null;
  xdecref(old);
}

function loadGlobal(G: PyDict, B: PyDict, name: PyStr): PyObject {
  let v = dictGetStr(G, name);
  if (v === null) {
    v = dictGetStr(B, name);
    if (v === null) throw newNameError(NameErrorType, `name '${name.v}' is not defined`, name);
  }
  v.rc++;
  return v;
}

/**
 * One name site's cache (LOAD_GLOBAL, and LOAD_NAME and STORE_NAME where
 * the namespace is a dict): where the name was found, entry `ix` of dict `d`,
 * valid while the dicts it was looked up in keep their layout (PyDict.layout).
 * The value is read from the entry, so writes of the name's value, which a
 * module-level loop makes all the time, leave the cache valid.
 */
export interface NameCache {
  /** The globals (or the namespace stored to) and its layout. */
  g: PyDict | null;
  gl: number;
  /** The builtins and their layout (loads only). */
  b: PyDict | null;
  bl: number;
  /** The dict that holds the name (g or b), and the entry's index. */
  d: PyDict | null;
  ix: number;
}

function loadGlobalCached(G: PyDict, B: PyDict, name: PyStr, c: NameCache): PyObject {
  if (c.g === G && c.gl === G.layout && c.b === B && c.bl === B.layout) {
    const v = dictValueAt(c.d!, c.ix)!;
    v.rc++;
    return v;
  }
  return loadGlobalFill(G, B, name, c);
}

/** A missed LOAD_GLOBAL: look the name up in the globals, then the builtins, and remember where it is. */
function loadGlobalFill(G: PyDict, B: PyDict, name: PyStr, c: NameCache): PyObject {
  let d = G;
  let ix = lookupStr(G, name);
  if (ix < 0) {
    d = B;
    ix = lookupStr(B, name);
    if (ix < 0) throw newNameError(NameErrorType, `name '${name.v}' is not defined`, name);
  }
  const v = dictValueAt(d, ix)!;
  v.rc++;
  c.g = G;
  c.gl = G.layout;
  c.b = B;
  c.bl = B.layout;
  c.d = d;
  c.ix = ix;
  return v;
}

/** LOAD_NAME at a site with a cache: at module level the namespace is the globals, where LOAD_NAME finds what LOAD_GLOBAL does. */
function loadNameCached(NS: PyDict, G: PyDict, B: PyDict, name: PyStr, c: NameCache): PyObject {
  if (NS === G && NS.type === DictType) return loadGlobalCached(G, B, name, c);
  return loadName(NS, G, B, name);
}

/** LOAD_NAME: the locals mapping, then globals, then builtins. */
function loadName(NS: PyDict, G: PyDict, B: PyDict, name: PyStr): PyObject {
  if (NS.type === DictType) {
    const v = dictGetStr(NS, name);
    if (v !== null) {
      v.rc++;
      return v;
    }
  } else {
    const v = mappingGet(NS, name);
    if (v !== null) return v;
  }
  return loadGlobal(G, B, name);
}

function mappingGet(m: PyObject, k: PyObject): PyObject | null {
  try {
    return ab.getitem(m, k);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.name === 'KeyError') {
      decref(e);
      return null;
    }
    throw e;
  }
}

function loadClassDeref(NS: PyDict, cell: PyCell, name: PyStr): PyObject {
  const v = dictGetStr(NS, name);
  if (v !== null) {
    v.rc++;
    return v;
  }
  if (cell.ref === null) throw newNameError(NameErrorType, `cannot access free variable '${name.v}' where it is not associated with a value in enclosing scope`, name);
  cell.ref.rc++;
  return cell.ref;
}

function storeName(NS: PyDict, name: PyStr, v: PyObject): void {
  if (NS.type === DictType) dictSet(NS, name, v);
  else ab.setitem(NS, name, v);
  decref(v);
}

/** STORE_NAME at a site with a cache (takes v). */
function storeNameCached(NS: PyDict, name: PyStr, v: PyObject, c: NameCache): void {
  if (NS.type === DictType) storeInDict(NS, name, v, c);
  else storeName(NS, name, v);
}

/**
 * STORE_GLOBAL at a site with a cache, and STORE_NAME's for a dict namespace:
 * d[name] = v (taking v), replacing the value in place while the name's entry
 * is where the cache saw it.
 */
function storeInDict(d: PyDict, name: PyStr, v: PyObject, c: NameCache): void {
  if (c.g === d && c.gl === d.layout) {
    dictReplaceAt(d, c.ix, v);
    return;
  }
  dictSet(d, name, v);
  decref(v);
  // The release of a replaced value may have run code that changed d: look again.
  const ix = lookupStr(d, name);
  c.g = ix < 0 ? null : d;
  c.gl = d.layout;
  c.ix = ix;
}

function delName(NS: PyDict, name: PyStr): void {
  if (NS.type === DictType) {
    if (!dictDel(NS, name)) throw newNameError(NameErrorType, `name '${name.v}' is not defined`, name);
  } else {
    ab.delitem(NS, name);
  }
}

function delGlobal(G: PyDict, name: PyStr): void {
  if (!dictDel(G, name)) throw newNameError(NameErrorType, `name '${name.v}' is not defined`, name);
}

function delNameQuiet(NS: PyDict, name: PyStr): void {
  if (NS.type === DictType) dictDel(NS, name);
}

// ---------------------------------------------------------------- attributes and items

function delAttr(o: PyObject, name: PyStr): void {
  try {
    ab.delattr(o, name);
  } finally {
    decref(o);
  }
}

function delSubscr(o: PyObject, k: PyObject): void {
  try {
    ab.delitem(o, k);
  } finally {
    decref(k);
    decref(o);
  }
}

/** UNPACK_SEQUENCE: v (owned) into exactly n new references. */
function unpack(v: PyObject, n: number): PyObject[] {
  try {
    if (v.type === TupleType || v.type === ListType) {
      const items = (v as PyTuple).items;
      if (items.length === n) {
        // The items array itself: the caller reads every item out of it before
        // anything else runs (a freed list or tuple leaves its array intact).
        for (let i = 0; i < n; i++) items[i].rc++;
        return items;
      }
      if (items.length < n) throw valueError(`not enough values to unpack (expected ${n}, got ${items.length})`);
      throw valueError(`too many values to unpack (expected ${n})`);
    }
    const it = iterOf(v, true);
    const out: PyObject[] = [];
    try {
      for (let i = 0; i < n; i++) {
        const x = ab.iterNext(it);
        if (x === null) {
          for (const o of out) decref(o);
          throw valueError(`not enough values to unpack (expected ${n}, got ${i})`);
        }
        out.push(x);
      }
      const extra = ab.iterNext(it);
      if (extra !== null) {
        decref(extra);
        for (const o of out) decref(o);
        throw valueError(`too many values to unpack (expected ${n})`);
      }
    } finally {
      decref(it);
    }
    return out;
  } finally {
    decref(v);
  }
}

/** UNPACK_EX: `a, *b, c = v`. */
function unpackEx(v: PyObject, before: number, after: number): PyObject[] {
  const it = iterOf(v, true);
  decref(v);
  const head: PyObject[] = [];
  // The starred target is list(rest of the iterator); the items after it are then taken off its end.
  const mid = newList([]);
  try {
    for (let i = 0; i < before; i++) {
      const x = ab.iterNext(it);
      if (x === null) throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${i})`);
      head.push(x);
    }
    listExtend(mid, it);
  } catch (e) {
    releaseAll(head);
    decref(mid);
    throw e;
  } finally {
    decref(it);
  }
  const n = mid.items.length;
  if (n < after) {
    releaseAll(head);
    decref(mid);
    throw valueError(`not enough values to unpack (expected at least ${before + after}, got ${before + n})`);
  }
  const tail = mid.items.splice(n - after, after);
  return [...head, mid, ...tail];
}

function iterOf(v: PyObject, unpacking: boolean): PyObject {
  if (unpacking && v.type.iter === null && v.type.getitem === null) {
    throw typeError(`cannot unpack non-iterable ${v.type.name} object`);
  }
  return ab.getIter(v);
}

/** GET_ITER on an owned value. */
function iterDec(o: PyObject): PyObject {
  try {
    return ab.getIter(o);
  } finally {
    decref(o);
  }
}

// ---------------------------------------------------------------- operators

function truthDec(o: PyObject): boolean {
  try {
    return ab.isTrue(o);
  } finally {
    decref(o);
  }
}

function bool(b: boolean): PyObject {
  const r = b ? True : False;
  r.rc++;
  return r;
}

// ---------------------------------------------------------------- building values

function dictOf(kv: PyObject[]): PyDict {
  const d = newDict();
  try {
    for (let i = 0; i < kv.length; i += 2) dictSet(d, kv[i], kv[i + 1]);
  } catch (e) {
    // BUILD_MAP that fails frees the dict; then unwinding pops the items, the last first.
    decref(d);
    for (let j = kv.length - 1; j >= 0; j--) decref(kv[j]);
    throw e;
  }
  for (let i = 0; i < kv.length; i++) decref(kv[i]);
  return d;
}

function dictSetOwned(d: PyDict, k: PyObject, v: PyObject): void {
  try {
    dictSet(d, k, v);
  } finally {
    decref(k);
    decref(v);
  }
}

/** {**m} and dict displays with ** (DICT_UPDATE). */
function dictUpdate(d: PyDict, m: PyObject): void {
  try {
    if (m instanceof PyDict) {
      for (let i = 0; i < dictEntryCount(m); i++) {
        const k = dictKeyAt(m, i);
        if (k !== null) dictSet(d, k, dictValueAt(m, i)!);
      }
      return;
    }
    const keysFn = ab.getattrOrNull(m, newStr('keys'));
    if (keysFn === null) throw typeError(`'${m.type.name}' object is not a mapping`);
    const keys = ab.call(keysFn, []);
    decref(keysFn);
    const it = ab.getIter(keys);
    decref(keys);
    for (let k = ab.iterNext(it); k !== null; k = ab.iterNext(it)) {
      const v = ab.getitem(m, k);
      dictSet(d, k, v);
      decref(k);
      decref(v);
    }
    decref(it);
  } finally {
    decref(m);
  }
}

function listAppendOwned(l: PyList, v: PyObject): void {
  listResize(l, l.items.length + 1);
  l.items.push(v);
}

function setAddOwned(s: PyObject, v: PyObject): void {
  try {
    hooks.setAdd(s, v);
  } finally {
    decref(v);
  }
}

function setOf(items: PyObject[]): PyObject {
  const s = hooks.setOf([]);
  let i = 0;
  try {
    for (; i < items.length; i++) hooks.setAdd(s, items[i]);
  } finally {
    // BUILD_SET releases its items, then the set when an item could not be added.
    for (const x of items) decref(x);
    if (i < items.length) decref(s);
  }
  return s;
}

/** A display of constants, {1, 2, 3}: BUILD_SET 0 then SET_UPDATE of the folded frozenset (borrowed). */
function setFromConst(fs: PyObject): PyObject {
  const s = hooks.setOf([]);
  try {
    hooks.setUpdate(s, fs);
  } catch (e) {
    decref(s);
    throw e;
  }
  return s;
}

/** Displays with starred items: [*a, b], (*a,), {*a}. A list grows as CPython's LIST_EXTEND and LIST_APPEND grow it. */
function buildUnpack(kind: 'tuple' | 'list' | 'set', parts: [number, PyObject][]): PyObject {
  const items: PyObject[] = [];
  let i = 0;
  if (kind === 'list') {
    // BUILD_LIST of the items before the first starred one: an exact block.
    while (i < parts.length && !parts[i][0]) items.push(parts[i++][1]);
  }
  const l = kind === 'list' ? newList(items) : null;
  try {
    for (; i < parts.length; i++) {
      const [star, v] = parts[i];
      if (!star) {
        if (l !== null) {
          listAppend(l, v);
          decref(v);
        } else items.push(v);
        continue;
      }
      let it: PyObject | null = null;
      try {
        if (v.type.iter === null && v.type.getitem === null) {
          throw typeError(kind === 'set' ? `'${v.type.name}' object is not iterable` : `Value after * must be an iterable, not ${v.type.name}`);
        }
        if (l !== null) listExtend(l, v);
        else it = ab.getIter(v);
      } finally {
        decref(v);
      }
      if (it === null) continue;
      for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) items.push(x);
      decref(it);
    }
  } catch (e) {
    for (let j = i + 1; j < parts.length; j++) decref(parts[j][1]);
    if (l !== null) decref(l);
    else releaseAll(items);
    throw e;
  }
  if (l !== null) return l;
  if (kind === 'tuple') return newTuple(items);
  return setOf(items);
}

/** A list display of more than two constants: LIST_EXTEND of a constant tuple into an empty list (an even-sized exact block). */
function listOfConsts(items: PyObject[]): PyObject {
  const l = newList(items);
  if (items.length & 1) setListCapacity(l, items.length + 1);
  return l;
}

/** A list display of more than 30 items: BUILD_LIST 0 and one LIST_APPEND each. */
function listAppended(items: PyObject[]): PyObject {
  const l = newList([]);
  for (const x of items) {
    listAppend(l, x);
    decref(x);
  }
  return l;
}

function joinStrs(parts: PyObject[]): PyStr {
  let s = '';
  for (const p of parts) {
    s += (p as PyStr).v;
    decref(p);
  }
  return newStr(s);
}

/** FORMAT_VALUE: conversion -1 none, 115 !s, 114 !r, 97 !a; value and spec owned. */
function formatValue(v: PyObject, conv: number, spec: PyObject | null): PyObject {
  try {
    let x = v;
    if (conv === 115) x = ab.str(v);
    else if (conv === 114) x = ab.repr(v);
    else if (conv === 97) x = hooks.ascii(v);
    else x.rc++;
    try {
      if (spec === null && x.type === StrType) {
        x.rc++;
        return x;
      }
      return hooks.format(x, spec);
    } finally {
      decref(x);
    }
  } finally {
    decref(v);
    if (spec !== null) decref(spec);
  }
}

function slice(a: PyObject, b: PyObject, c: PyObject): PyObject {
  try {
    return hooks.slice(a, b, c);
  } finally {
    decref(a);
    decref(b);
    decref(c);
  }
}

// ---------------------------------------------------------------- calls

/** CALL: f borrowed, args owned (consumed). */
function call(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (f.type === FunctionType) return callFunctionOwned(f as PyFunction, args, kwnames);
  const c = f.type.call;
  try {
    if (c === null) throw typeError(`'${f.type.name}' object is not callable`);
    if (ts.profiler !== null && (f.type === BuiltinFunctionType || (f.type === MethodDescrType && args.length > 0))) {
      return profiledCCall(c, f, args, kwnames);
    }
    if (tr.on && tr.profileFn !== null) {
      if (f.type === BuiltinFunctionType) return profileCCall(f, () => c(f, args, kwnames));
      // A method descriptor called with its object is reported as the bound method (trace_call_function).
      if (f.type === MethodDescrType && args.length > 0) {
        const b = f.type.descrGet!(f, args[0], args[0].type);
        try {
          return profileCCall(b, () => c(f, args, kwnames));
        } finally {
          decref(b);
        }
      }
    }
    return c(f, args, kwnames);
  } finally {
    for (let i = 0; i < args.length; i++) decref(args[i]);
  }
}

/** A built-in called while a profiler listens: c_call before, c_return after (or on an exception). */
function profiledCCall(c: NonNullable<PyType['call']>, f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  ts.profiler!.cCall(f, f.type === MethodDescrType ? args[0] : null);
  try {
    return c(f, args, kwnames);
  } finally {
    // The return goes to the profiler of that moment: the call may have turned it off (Profile.disable).
    ts.profiler?.cRet(f);
  }
}

/**
 * LOAD_METHOD + CALL when the site's cache found no method to call directly
 * (attrcache.ts): through the bound object the attribute lookup gives. o and
 * args owned.
 */
function callMethod(o: PyObject, name: PyStr, args: PyObject[], kwnames: string[] | null, fr: PyFrame, p: number): PyObject {
  let bound: PyObject;
  try {
    const save = fr.p;
    fr.p = p;
    bound = ab.getattr(o, name);
    fr.p = save;
  } catch (e) {
    for (let i = 0; i < args.length; i++) decref(args[i]);
    throw e;
  } finally {
    decref(o);
  }
  try {
    return call(bound, args, kwnames);
  } finally {
    decref(bound);
  }
}


/** LOAD_METHOD + CALL through the site's cache: o and args owned; t is o's type, read by the compiled code at the site (attrcache.ts getAttrCached). */
function callMethodC(o: PyObject, t: PyType, name: PyStr, c: AttrCache, args: PyObject[], kwnames: string[] | null, fr: PyFrame, p: number): PyObject {
  const m = methodCached(o, t, name, c);
  if (m !== null) return callFoundMethod(m, o, args, kwnames);
  return callMethod(o, name, args, kwnames, fr, p);
}

// callMethod0..3: the same for a call with that many positional arguments,
// each passed on its own so that a Python function gets them without an array.

function callMethod0(o: PyObject, t: PyType, name: PyStr, c: AttrCache, fr: PyFrame, p: number): PyObject {
  const m = methodCached(o, t, name, c);
  if (m !== null && m.type === FunctionType && (m as PyFunction).code.fast === 1) return callResult((m as PyFunction).code.fn(m as PyFunction, o));
  return m !== null ? callFoundMethod(m, o, [], null) : callMethod(o, name, [], null, fr, p);
}

function callMethod1(o: PyObject, t: PyType, name: PyStr, c: AttrCache, fr: PyFrame, p: number, a: PyObject): PyObject {
  const m = methodCached(o, t, name, c);
  if (m !== null && m.type === FunctionType && (m as PyFunction).code.fast === 2) return callResult((m as PyFunction).code.fn(m as PyFunction, o, a));
  return m !== null ? callFoundMethod(m, o, [a], null) : callMethod(o, name, [a], null, fr, p);
}

function callMethod2(o: PyObject, t: PyType, name: PyStr, c: AttrCache, fr: PyFrame, p: number, a: PyObject, b: PyObject): PyObject {
  const m = methodCached(o, t, name, c);
  if (m !== null && m.type === FunctionType && (m as PyFunction).code.fast === 3) return callResult((m as PyFunction).code.fn(m as PyFunction, o, a, b));
  return m !== null ? callFoundMethod(m, o, [a, b], null) : callMethod(o, name, [a, b], null, fr, p);
}

function callMethod3(o: PyObject, t: PyType, name: PyStr, c: AttrCache, fr: PyFrame, p: number, a: PyObject, b: PyObject, d: PyObject): PyObject {
  const m = methodCached(o, t, name, c);
  if (m !== null && m.type === FunctionType && (m as PyFunction).code.fast === 4) return callResult((m as PyFunction).code.fn(m as PyFunction, o, a, b, d));
  return m !== null ? callFoundMethod(m, o, [a, b, d], null) : callMethod(o, name, [a, b, d], null, fr, p);
}

// callMethod0E..3E: the same, but a Python method's exception is returned as
// EXC, for a call site that tests for it (see callD0E).

function callMethod0E(o: PyObject, t: PyType, name: PyStr, c: AttrCache, fr: PyFrame, p: number): PyObject {
  const m = methodCached(o, t, name, c);
  if (m !== null && m.type === FunctionType && (m as PyFunction).code.fast === 1) return (m as PyFunction).code.fn(m as PyFunction, o);
  return m !== null ? callFoundMethod(m, o, [], null) : callMethod(o, name, [], null, fr, p);
}

function callMethod1E(o: PyObject, t: PyType, name: PyStr, c: AttrCache, fr: PyFrame, p: number, a: PyObject): PyObject {
  const m = methodCached(o, t, name, c);
  if (m !== null && m.type === FunctionType && (m as PyFunction).code.fast === 2) return (m as PyFunction).code.fn(m as PyFunction, o, a);
  return m !== null ? callFoundMethod(m, o, [a], null) : callMethod(o, name, [a], null, fr, p);
}

function callMethod2E(o: PyObject, t: PyType, name: PyStr, c: AttrCache, fr: PyFrame, p: number, a: PyObject, b: PyObject): PyObject {
  const m = methodCached(o, t, name, c);
  if (m !== null && m.type === FunctionType && (m as PyFunction).code.fast === 3) return (m as PyFunction).code.fn(m as PyFunction, o, a, b);
  return m !== null ? callFoundMethod(m, o, [a, b], null) : callMethod(o, name, [a, b], null, fr, p);
}

function callMethod3E(o: PyObject, t: PyType, name: PyStr, c: AttrCache, fr: PyFrame, p: number, a: PyObject, b: PyObject, d: PyObject): PyObject {
  const m = methodCached(o, t, name, c);
  if (m !== null && m.type === FunctionType && (m as PyFunction).code.fast === 4) return (m as PyFunction).code.fn(m as PyFunction, o, a, b, d);
  return m !== null ? callFoundMethod(m, o, [a, b, d], null) : callMethod(o, name, [a, b, d], null, fr, p);
}

/** CALL_FUNCTION_EX: f(*a, **k) with f, the parts owned. */
function callEx(f: PyObject, pos: [number, PyObject][], kws: [string | null, PyObject][]): PyObject {
  const args: PyObject[] = [];
  const kwnames: string[] = [];
  const kwvals: PyObject[] = [];
  // f(*t) with t an exact tuple passes t itself as the call's argument tuple,
  // which stays on the stack for the call.
  const own = f.type === FunctionType && pos.length === 1 && pos[0][0] === 1 && pos[0][1].type === TupleType ? pos[0][1] : null;
  try {
    for (let i = 0; i < pos.length; i++) {
      const v = pos[i][1];
      if (pos[i][0] === 0) {
        args.push(v);
        continue;
      }
      if (v === own) {
        pushIncs(args, (v as PyTuple).items);
        continue;
      }
      try {
        pushStarred(args, v, f, pos.length === 1);
      } finally {
        decref(v);
      }
    }
    for (const [name, v] of kws) {
      if (name !== null) {
        if (kwnames.includes(name)) throw typeError(`${funcDisplayName(f)} got multiple values for keyword argument '${name}'`);
        kwnames.push(name);
        kwvals.push(v);
        continue;
      }
      try {
        const addKw = (k: PyObject, val: PyObject) => {
          if (!(k instanceof PyStr)) {
            decref(val);
            throw typeError(`keywords must be strings`);
          }
          if (kwnames.includes(k.v)) {
            decref(val);
            throw typeError(`${funcDisplayName(f)} got multiple values for keyword argument '${k.v}'`);
          }
          kwnames.push(k.v);
          kwvals.push(val);
        };
        if (v instanceof PyDict) {
          for (let i = 0; i < dictEntryCount(v); i++) {
            const k = dictKeyAt(v, i);
            if (k !== null) addKw(k, inc(dictValueAt(v, i)!));
          }
        } else {
          // Any mapping: its keys(), then an item lookup per key (PyDict_Merge).
          const keysFn = ab.getattrOrNull(v, nameStr('keys'));
          if (keysFn === null) throw typeError(`${funcDisplayName(f)} argument after ** must be a mapping, not ${v.type.name}`);
          let keys: PyObject;
          try {
            keys = call(keysFn, [], null);
          } finally {
            decref(keysFn);
          }
          let it: PyObject;
          try {
            it = ab.getIter(keys);
          } finally {
            decref(keys);
          }
          try {
            for (let k = ab.iterNext(it); k !== null; k = ab.iterNext(it)) {
              try {
                addKw(k, ab.getitem(v, k));
              } finally {
                decref(k);
              }
            }
          } finally {
            decref(it);
          }
        }
      } finally {
        decref(v);
      }
    }
  } catch (e) {
    // The stack unwinds from the top: the keyword dict being built, then the
    // positional list or tuple (last item first), then the function.
    for (const a of kwvals) decref(a);
    releaseAll(args);
    if (own !== null) decref(own);
    decref(f);
    throw e;
  }
  return callUnpacked(f, args, kwnames, kwvals, own, pos.length === 1 && pos[0][0] === 1 && pos[0][1].type === TupleType);
}

/**
 * f(a, b, *it) (CALL_FUNCTION_EX without keywords after a positional prefix):
 * args (owned) are the positional arguments before the starred one, star
 * (owned) the iterable; as callEx with those parts, without its arrays of parts.
 */
function callStar(f: PyObject, args: PyObject[], star: PyObject): PyObject {
  try {
    try {
      pushStarred(args, star, f, false);
    } finally {
      decref(star);
    }
  } catch (e) {
    // As callEx: the list being built is freed last item first, then the function.
    releaseAll(args);
    decref(f);
    throw e;
  }
  return callUnpacked(f, args, [], [], null, false);
}

/**
 * The call of CALL_FUNCTION_EX once its parts are unpacked (all owned): the
 * positional arguments, the keywords' names and values; own: f(*t)'s exact
 * tuple when it is the argument tuple of a Python function; tupleGiven: f(*t)
 * with t an exact tuple.
 */
function callUnpacked(f: PyObject, args: PyObject[], kwnames: string[], kwvals: PyObject[], own: PyObject | null, tupleGiven: boolean): PyObject {
  // The references CPython's CALL_FUNCTION_EX holds while the callee runs:
  // the positional tuple it built (or was given), the keyword dict, and,
  // when a function or method gets keywords, the flat argument array that
  // _PyStack_UnpackDict copies them into. A Python function takes over the
  // references made above, so the tuple's and the dict's are added; any
  // other callee gets them held for the call by `call`, which stand for the
  // tuple's and the dict's. Each is released after the call, in that array's,
  // the function's, the tuple's (last item first) and the dict's order.
  const isFunction = f.type === FunctionType;
  if (isFunction) {
    if (own === null) for (const a of args) a.rc++;
    for (const v of kwvals) v.rc++;
  }
  const unpacked = kwvals.length > 0 && (isFunction || f.type === MethodType) ? [...args, ...kwvals] : null;
  if (unpacked !== null) for (const a of unpacked) a.rc++;
  // A Python function only reads the array (bindArgs copies what it keeps); any other callee may keep it, as a tuple's items.
  const all = isFunction && kwvals.length === 0 ? args : args.concat(kwvals);
  // A class (or an instance with __call__) gets f(*t)'s exact tuple t itself as its argument tuple.
  if (tupleGiven && callsWithTuple(f)) argTupleGiven.on = true;
  try {
    return call(f, all, kwnames.length ? kwnames : null);
  } finally {
    argTupleGiven.on = false;
    if (unpacked !== null) for (const a of unpacked) decref(a);
    decref(f);
    if (own !== null) decref(own);
    else if (isFunction) for (let i = args.length - 1; i >= 0; i--) decref(args[i]);
    if (isFunction) for (const v of kwvals) decref(v);
  }
}

/**
 * The items of a starred argument v (borrowed) appended to args, owned.
 * `alone`: f(*v) is the call's only positional part, which checks v itself
 * and names f in its error; with other parts it goes through LIST_EXTEND.
 */
function pushStarred(args: PyObject[], v: PyObject, f: PyObject, alone: boolean): void {
  if (v instanceof PyTuple || v.type.name === 'list') {
    pushIncs(args, (v as PyTuple).items);
    return;
  }
  if (v.type.iter === null && v.type.getitem === null) {
    if (!alone) throw typeError(`Value after * must be an iterable, not ${v.type.name}`);
    throw typeError(`${funcDisplayName(f)} argument after * must be an iterable, not ${v.type.name}`);
  }
  const it = ab.getIter(v);
  try {
    for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) args.push(x);
  } finally {
    decref(it);
  }
}

function pushIncs(out: PyObject[], items: PyObject[]): void {
  for (let i = 0; i < items.length; i++) out.push(inc(items[i]));
}

/** _PyObject_FunctionStr: `module.qualname()`, the module left out for builtins; str(f) without a __qualname__. */
function funcDisplayName(f: PyObject): string {
  const attr = (n: string): PyObject | null => {
    const k = newStr(n);
    try {
      return ab.getattrOrNull(f, k);
    } finally {
      decref(k);
    }
  };
  const qualname = attr('__qualname__');
  if (qualname === null) return ab.strJS(f);
  try {
    const q = ab.strJS(qualname);
    const module = attr('__module__');
    if (module === null) return `${q}()`;
    try {
      if (module !== None && !(module instanceof PyStr && module.v === 'builtins')) return `${ab.strJS(module)}.${q}()`;
      return `${q}()`;
    } finally {
      decref(module);
    }
  } finally {
    decref(qualname);
  }
}

/** A decorator call: both owned. */
function callDecorator(d: PyObject, f: PyObject): PyObject {
  try {
    return call(d, [f], null);
  } finally {
    decref(d);
  }
}

/** Call a comprehension's function with its first iterator (owned). */
function callComp(f: PyFunction, it: PyObject): PyObject {
  return callFunctionOwned(f, [it], null);
}

// ---------------------------------------------------------------- functions and classes

function makeFunction(code: PyCode, G: PyDict, B: PyDict, closure: PyCell[] | null, defaults: PyTuple | null,
  kwdefaults: PyDict | null, annotations: PyDict | null, doc: PyStr | null): PyFunction {
  code.rc++;
  G.rc++;
  B.rc++;
  // The closure tuple CPython builds before the function.
  if (closure !== null) gcVirtualAlloc(TupleType, closure.length);
  const f = new PyFunction(code, G, B);
  if (closure !== null) {
    for (const c of closure) c.rc++;
    f.closure = closure;
  }
  f.defaults = defaults;
  f.kwdefaults = kwdefaults;
  f.annotations = annotations;
  if (doc !== null) {
    doc.rc++;
    f.doc = doc;
  }
  const modName = dictGetStr(G, NAME_KEY ??= internStr('__name__'));
  if (modName !== null) {
    modName.rc++;
    f.module = modName;
  }
  return f;
}

/** '__name__', looked up in the globals each time a function is made (made on first use: str.ts loads later). */
let NAME_KEY: PyStr | null = null;

/** __build_class__: run the body in a fresh namespace, then call the metaclass. bases/kwvals owned. */
function buildClass(code: PyCode, G: PyDict, B: PyDict, closure: PyCell[] | null, name: PyStr,
  bases: PyObject[], kwnames: string[], kwvals: PyObject[]): PyObject {
  const body = makeFunction(code, G, B, closure, null, null, null, null);
  let resolvedBases: PyType[] = [];
  try {
    let meta: PyObject | null = null;
    const mi = kwnames.indexOf('metaclass');
    if (mi >= 0) {
      meta = kwvals[mi];
      kwnames = kwnames.filter((_, i) => i !== mi);
      kwvals = kwvals.filter((_, i) => i !== mi);
    }
    resolvedBases = resolveBases(bases);
    if (meta === null) {
      meta = resolvedBases.length > 0 ? resolvedBases[0].type : TypeType;
      meta.rc++;
    }
    // The most derived metaclass among the explicit one and the bases' (calculate_metaclass).
    if (meta instanceof PyType) {
      let winner: PyType = meta;
      for (const b of resolvedBases) {
        const bm = b.type;
        if (winner.isSubtype(bm)) continue;
        if (bm.isSubtype(winner)) {
          winner = bm;
          continue;
        }
        throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
      }
      if (winner !== meta) {
        winner.rc++;
        decref(meta);
        meta = winner;
      }
    }
    const basesTuple = newTuple(resolvedBases.map((b) => inc(b)));
    let ns: PyObject;
    const prepare = ab.getattrOrNull(meta, nameStr('__prepare__'));
    if (prepare !== null) {
      ns = ab.call(prepare, [name, basesTuple, ...kwvals], kwnames.length ? kwnames : null);
      decref(prepare);
      if (!ns.type.getitem) {
        const owner = meta instanceof PyType ? meta.name : '<metaclass>';
        const what = ns.type.name;
        decref(ns);
        decref(basesTuple);
        decref(meta);
        throw typeError(`${owner}.__prepare__() must return a mapping, not ${what}`);
      }
    } else {
      ns = newDict();
    }
    const cell = callResult(body.code.fn(body, ns as PyDict as unknown as PyObject));
    decref(cell);
    if (resolvedBases.length !== bases.length || resolvedBases.some((b, i) => b !== bases[i])) {
      const orig = newTuple(bases.map((b) => inc(b)));
      ab.setitem(ns, nameStr('__orig_bases__'), orig);
      decref(orig);
    }
    const cls = ab.call(meta, [name, basesTuple, ns, ...kwvals], kwnames.length ? kwnames : null);
    // Fill the __class__ cell that super() reads.
    const classcell = ns instanceof PyDict ? dictGetStr(ns, nameStr('__classcell__')) : null;
    if (classcell instanceof PyCell) {
      if (classcell.ref === null) {
        cls.rc++;
        classcell.ref = cls;
      }
      if (cls instanceof PyType) {
        // A __classcell__ slot's descriptor stays.
        const old = cls.attrs.get('__classcell__');
        if (old === classcell) {
          cls.attrs.delete('__classcell__');
          typeModified(cls);
          decref(old);
        }
      }
    }
    decref(basesTuple);
    decref(ns);
    decref(meta);
    return cls;
  } finally {
    decref(body);
    for (const b of resolvedBases) decref(b);
    for (const b of bases) decref(b);
    for (const v of kwvals) decref(v);
  }
}

/**
 * builtins.__build_class__(func, name, *bases, **kw), as a built-in object:
 * a `class` statement runs buildClass directly, but profilers see it as a
 * call of this built-in (c_call/c_return), as CPython's do.
 */
let BUILD_CLASS: PyObject | null = null;
function buildClassBuiltin(): PyObject {
  if (BUILD_CLASS === null) {
    BUILD_CLASS = newBuiltin('__build_class__', (_s, a, k) => {
      const nk = k === null ? 0 : k.length;
      const npos = a.length - nk;
      if (npos < 2) throw typeError('__build_class__: not enough arguments');
      const func = a[0];
      if (!(func instanceof PyFunction)) throw typeError('__build_class__: func must be a function');
      const name = a[1];
      if (!(name instanceof PyStr)) throw typeError('__build_class__: name is not a string');
      name.rc++;
      try {
        const bases = a.slice(2, npos).map((x) => inc(x));
        const kwvals = a.slice(npos).map((x) => inc(x));
        return buildClass(func.code, func.globals, func.builtins, func.closure, name, bases, k ?? [], kwvals);
      } finally {
        decref(name);
      }
    }, 'builtins');
  }
  return BUILD_CLASS;
}

/** A `class` statement: buildClass, reported to a listening profiler as a call of __build_class__. bases/kwvals owned. */
function classStatement(code: PyCode, G: PyDict, B: PyDict, closure: PyCell[] | null, name: PyStr,
  bases: PyObject[], kwnames: string[], kwvals: PyObject[]): PyObject {
  if (ts.profiler !== null) {
    const f = buildClassBuiltin();
    ts.profiler.cCall(f, null);
    try {
      return buildClass(code, G, B, closure, name, bases, kwnames, kwvals);
    } finally {
      ts.profiler?.cRet(f);
    }
  }
  if (tr.on && tr.profileFn !== null) {
    let started = false;
    try {
      return profileCCall(buildClassBuiltin(), () => {
        started = true;
        return buildClass(code, G, B, closure, name, bases, kwnames, kwvals);
      });
    } finally {
      // The profile function raised at c_call: the class was not built and its operands are released here.
      if (!started) {
        for (const b of bases) decref(b);
        for (const v of kwvals) decref(v);
      }
    }
  }
  return buildClass(code, G, B, closure, name, bases, kwnames, kwvals);
}

/**
 * `class C(*bases, **kw)`: the bases and keywords expand as a call's do, and
 * the class is built by a `__build_class__` callable so that a bad `**`
 * operand is reported with that name, as CPython's CALL_FUNCTION_EX does.
 */
function buildClassEx(code: PyCode, G: PyDict, B: PyDict, closure: PyCell[] | null, name: PyStr,
  pos: [number, PyObject][], kws: [string | null, PyObject][]): PyObject {
  const bad = pos.find(([star, v]) => star && v.type.iter === null && v.type.getitem === null);
  if (bad !== undefined) {
    const msg = `Value after * must be an iterable, not ${bad[1].type.name}`;
    for (const [, v] of pos) decref(v);
    for (const [, v] of kws) decref(v);
    throw typeError(msg);
  }
  const f = newBuiltin('__build_class__', (_s, a, k) => {
    const nk = k === null ? 0 : k.length;
    const bases = a.slice(0, a.length - nk).map((x) => inc(x));
    const kwvals = a.slice(a.length - nk).map((x) => inc(x));
    return buildClass(code, G, B, closure, name, bases, k ?? [], kwvals);
  }, 'builtins');
  return callEx(f, pos, kws);
}

/**
 * PEP 560: a base that is not a class may provide __mro_entries__. Returns
 * new references: the entries may be held by nothing but the tuple returned.
 */
function resolveBases(bases: PyObject[]): PyType[] {
  const out: PyType[] = [];
  try {
    for (const b of bases) {
      if (b instanceof PyType) {
        out.push(inc(b));
        continue;
      }
      const me = ab.getattrOrNull(b, nameStr('__mro_entries__'));
      if (me === null) {
        // kept as it is: a metaclass other than type may accept any bases
        out.push(inc(b) as PyType);
        continue;
      }
      const t = newTuple(bases.map((x) => inc(x)));
      const r = ab.call(me, [t]);
      decref(t);
      decref(me);
      if (!(r instanceof PyTuple)) {
        decref(r);
        throw typeError('__mro_entries__ must return a tuple');
      }
      for (const x of r.items) out.push(inc(x) as PyType);
      decref(r);
    }
  } catch (e) {
    for (const o of out) decref(o);
    throw e;
  }
  return out;
}

// ---------------------------------------------------------------- with

interface WithState {
  exit: PyObject | null;
  value: PyObject | null;
}

/**
 * BEFORE_WITH: look up __enter__ and __exit__ on the type, bind both, let go
 * of the manager (the bound methods hold it), call __enter__. m owned.
 */
function withEnter(m: PyObject): WithState {
  let enterB: PyObject, exit: PyObject;
  try {
    const enterM = m.type.lookup('__enter__');
    const exitM = m.type.lookup('__exit__');
    if (enterM === null) throw typeError(`'${m.type.name}' object does not support the context manager protocol`);
    if (exitM === null) throw typeError(`'${m.type.name}' object does not support the context manager protocol (missed __exit__ method)`);
    enterB = bindMethod(enterM, m);
    try {
      exit = bindMethod(exitM, m);
    } catch (e) {
      decref(enterB);
      throw e;
    }
  } finally {
    decref(m);
  }
  let value: PyObject;
  try {
    value = ab.call(enterB, []);
  } catch (e) {
    decref(exit);
    throw e;
  } finally {
    decref(enterB);
  }
  return { exit, value };
}

function bindMethod(m: PyObject, o: PyObject): PyObject {
  const get = m.type.descrGet;
  if (get === null) {
    m.rc++;
    return m;
  }
  return get(m, o, o.type);
}

/** Leaving a with block normally: __exit__(None, None, None). */
function withExit(w: WithState): void {
  const exit = w.exit!;
  w.exit = null;
  try {
    decref(ab.call(exit, [None, None, None]));
  } finally {
    decref(exit);
  }
}

/** Leaving by an exception: a true result from __exit__ suppresses it. */
function withExitExc(w: WithState, e: PyBaseException): boolean {
  const exit = w.exit!;
  w.exit = null;
  pushExc(e);
  let suppress: boolean;
  try {
    const tb = e.traceback ?? None;
    const r = ab.call(exit, [e.type, e, tb]);
    suppress = truthDec(r);
  } catch (x) {
    // __exit__ (or the truth of its result) raised: the exception it was given
    // leaves the stack, as WITH_EXCEPT_START's operands do when unwinding; the
    // new exception keeps it as __context__.
    decref(e);
    throw x;
  } finally {
    const stack = ts.excStack;
    stack.splice(stack.lastIndexOf(e), 1);
    decref(exit);
  }
  if (suppress) decref(e);
  return suppress;
}

// ---------------------------------------------------------------- generators

/**
 * A generator function's call (RETURN_GENERATOR): its frame, and the body not
 * started yet, given the frame's locals so far, `args` (the arguments, the
 * other locals unbound, then the cells the call made), which the generator
 * owns until the body takes them over.
 */
function makeGenerator(F: PyFunction, localNames: string[], body: GenBody, args: (PyObject | null)[]): PyGen {
  const fr = takeFrame(F, null, localNames, null, null);
  return new PyGen(fr, body(fr, args), args);
}

/** FOR_ITER while a trace function is set: an iterator that ends by raising StopIteration reports it as an exception event. */
function nextTraced(fr: PyFrame, it: PyObject): PyObject | null {
  ab.setStopIteration(null);
  const r = it.type.next!(it);
  if (r === null) {
    const e = ab.lastStopIteration.e;
    if (e !== null) {
      try {
        exceptionEvent(fr, e as PyBaseException);
      } finally {
        ab.setStopIteration(null);
      }
    }
  }
  return r;
}

/** `yield from it` (it owned): delegate send/throw to the sub-iterator; the result is its return value. */
function* yieldFrom(fr: PyFrame, o: PyObject): Generator<PyObject, PyObject, PyObject> {
  let it: PyObject;
  try {
    it = o instanceof PyGen ? inc(o) : ab.getIter(o);
  } finally {
    decref(o);
  }
  // gi_yieldfrom: the iterator being delegated to.
  fr.yieldFrom = it;
  try {
    // What to pass on (owned): the value sent in, or the exception thrown in (mode 1).
    let toSend: PyObject = newNone();
    let mode: 0 | 1 = 0;
    for (;;) {
      let y: PyObject | null;
      try {
        if (it instanceof PyGen) {
          y = genResume(it, mode, toSend);
          if (y === null) {
            // The sub-generator's return value is the value of `yield from`.
            const r = it.retval ?? newNone();
            it.retval = null;
            // Traced, SEND resumes through next() or send(), whose StopIteration (next() makes
            // none for a None result) is an exception event in this frame.
            if (tr.ln && mode === 0 && (r !== None || toSend !== None)) stopIterationEvent(fr, r);
            return r;
          }
        } else if (mode === 1) {
          const th = it.type.lookup('throw');
          if (th === null) {
            toSend.rc++;
            throw toSend;
          }
          y = resultOrStop(() => callBoundMethod(th, it, toSend));
          if (y === null) return stopValue();
        } else if (toSend === None) {
          ab.setStopIteration(null);
          y = ab.iterNext(it);
          if (y === null) return stopIterationValue();
        } else {
          const sendM = it.type.lookup('send');
          if (sendM === null) throw typeError(`'${it.type.name}' object has no attribute 'send'`);
          y = resultOrStop(() => callBoundMethod(sendM, it, toSend));
          if (y === null) return stopValue();
        }
      } finally {
        decref(toSend);
      }
      mode = 0;
      try {
        toSend = yield y;
      } catch (e) {
        toSend = toPyException(e);
        mode = 1;
      }
    }
  } finally {
    fr.yieldFrom = null;
    decref(it);
  }
}

/** The value of the StopIteration an iterator's next slot ended with (None without one). */
function stopIterationValue(): PyObject {
  const e = ab.lastStopIteration.e as PyBaseException | null;
  ab.lastStopIteration.e = null;
  if (e === null) return newNone();
  const v = e.args.items.length > 0 ? inc(e.args.items[0]) : newNone();
  decref(e);
  return v;
}

let lastStop: PyObject | null = null;
function resultOrStop(f: () => PyObject): PyObject | null {
  try {
    return f();
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(StopIterationType)) {
      lastStop = e.args.items.length > 0 ? inc(e.args.items[0]) : newNone();
      decref(e);
      return null;
    }
    throw e;
  }
}
function stopValue(): PyObject {
  const v = lastStop ?? newNone();
  lastStop = null;
  return v;
}
/** o.m(arg) for a method m found on o's type. */
function callBoundMethod(m: PyObject, o: PyObject, arg: PyObject): PyObject {
  const bound = bindMethod(m, o);
  try {
    return ab.call(bound, [arg]);
  } finally {
    decref(bound);
  }
}

// ---------------------------------------------------------------- imports

function importName(G: PyDict, name: PyStr, fromlist: string[] | null, level: number): PyObject {
  return hooks.importName(G, name.v, fromlist, level);
}

/** `import a.b.c as x`: the submodule itself. */
function importTail(top: PyObject, dotted: PyStr): PyObject {
  let m = top;
  for (const part of dotted.v.split('.').slice(1)) {
    const next = ab.getattr(m, nameStr(part));
    decref(m);
    m = next;
  }
  return m;
}

function importFrom(mod: PyObject, name: PyStr): PyObject {
  const v = ab.getattrOrNull(mod, name);
  if (v !== null) return v;
  const mname = mod instanceof PyModule ? (mod.get('__name__') as PyStr | null)?.v ?? '<unknown module name>' : '<unknown module name>';
  // A submodule not yet imported: try importing it.
  try {
    const full = `${mname}.${name.v}`;
    const sub = hooks.importName(mod instanceof PyModule ? mod.dict : newDict(), full, ['__name__'], 0);
    return sub;
  } catch (e) {
    // Only the submodule's own absence falls through to "cannot import name";
    // a module that the submodule itself fails to find propagates.
    const missing = e instanceof PyBaseException && e.type.name === 'ModuleNotFoundError' ? getField(e, 'name') : null;
    if (missing instanceof PyStr && missing.v === `${mname}.${name.v}`) decref(e as PyBaseException);
    else throw e;
  }
  const file = mod instanceof PyModule ? mod.get('__file__') : null;
  const where = file instanceof PyStr ? file.v : 'unknown location';
  const msg = hooks.isInitializing(mod)
    ? `cannot import name '${name.v}' from partially initialized module '${mname}' (most likely due to a circular import) (${where})`
    : `cannot import name '${name.v}' from '${mname}' (${where})`;
  throw hooks.importError(msg, mname, file instanceof PyStr ? file.v : null);
}


function importStar(NS: PyDict, mod: PyObject): void {
  try {
    const all = ab.getattrOrNull(mod, nameStr('__all__'));
    if (all !== null) {
      const it = ab.getIter(all);
      decref(all);
      for (let n = ab.iterNext(it); n !== null; n = ab.iterNext(it)) {
        const v = ab.getattr(mod, n as PyStr);
        dictSet(NS, n, v);
        decref(v);
        decref(n);
      }
      decref(it);
      return;
    }
    if (!(mod instanceof PyModule)) return;
    const d = mod.dict;
    for (let i = 0; i < dictEntryCount(d); i++) {
      const k = dictKeyAt(d, i);
      if (k === null || (k as PyStr).v.startsWith('_')) continue;
      dictSet(NS, k, dictValueAt(d, i)!);
    }
  } finally {
    decref(mod);
  }
}

// ---------------------------------------------------------------- annotations, misc

function setupAnnotations(NS: PyDict, name: PyStr): void {
  if (dictGetStr(NS, name) === null) {
    const d = newDict();
    dictSet(NS, name, d);
    decref(d);
  }
}

function storeAnnotation(NS: PyDict, ann: PyStr, name: PyStr, v: PyObject): void {
  const d = loadName(NS, NS, NS, ann);
  try {
    ab.setitem(d, name, v);
  } finally {
    decref(d);
    decref(v);
  }
}

/** A coroutine function: callable objects that refuse to run until pyheap has coroutines. */
function asyncUnsupported(f: PyFunction): PyObject {
  const code = f.code;
  code.fn = () => {
    throw unsupported('coroutines (async def)');
  };
  code.fast = -1;
  return f;
}

function unsupported(what: string): PyBaseException {
  return newException(SystemErrorType, `pyheap does not support ${what} yet`);
}

function displayHook(v: PyObject): void {
  try {
    hooks.displayHook(v);
  } finally {
    decref(v);
  }
}

/** The object every compiled code object receives as `rt`. */
export const rt = {
  inc,
  attrCache: newAttrCache,
  getAttrC: getAttrCached,
  getAttrCD,
  storeAttrC: storeAttrCached,
  callMethodC,
  callMethod0,
  callMethod1,
  callMethod2,
  callMethod3,
  callMethod0E,
  callMethod1E,
  callMethod2E,
  callMethod3E,
  dealloc,
  tick,
  dec: decref,
  xdec: xdecref,
  none: newNone,
  bool,
  truth: ab.isTrue,
  truthDec,
  newCell: cellOf,
  enter,
  leave,
  tr,
  callEvent,
  returnEvent,
  lineEvent,
  jumpEvent,
  releaseLocals,
  unwind,
  fail,
  caught,
  handlerRaised,
  finallyDone,
  reraise,
  reraiseCurrent,
  raise,
  raiseFrom,
  excMatch,
  pushExc,
  popExc,
  assertionError,
  unboundLocal,
  loadDeref,
  storeDeref,
  delDeref,
  clearDeref,
  loadGlobal,
  loadGlobalCached,
  loadNameC: loadNameCached,
  storeNameC: storeNameCached,
  storeGlobalC: storeInDict,
  loadClassDeref,
  storeName,
  delName,
  delGlobal,
  delNameQuiet,
  delGlobalQuiet: delNameQuiet,
  delAttr,
  getItem: subscr.getItem,
  getItemD,
  storeSubscr: subscr.storeSubscr,
  delSubscr,
  unpack,
  unpackEx,
  iterDec,
  next: ab.iterNext,
  nextTraced,
  binop: ab.binaryOp,
  add: arith.add,
  sub: arith.sub,
  mul: arith.mul,
  trueDiv: arith.trueDiv,
  floorDiv: arith.floorDiv,
  mod: arith.mod,
  and: arith.and,
  or: arith.or,
  xor: arith.xor,
  iadd: arith.iadd,
  isub: arith.isub,
  imul: arith.imul,
  itrueDiv: arith.itrueDiv,
  ifloorDiv: arith.ifloorDiv,
  imod: arith.imod,
  iand: arith.iand,
  ior: arith.ior,
  ixor: arith.ixor,
  inplace: ab.inplaceOp,
  warmup: newWarmup,
  concatSite: newConcatSite,
  concatAt,
  neg: (o: PyObject) => ab.unaryOp(o, 'neg', '-'),
  pos: (o: PyObject) => ab.unaryOp(o, 'pos', '+'),
  invert: (o: PyObject) => ab.unaryOp(o, 'invert', '~'),
  compare: ab.richCompare,
  compareBool: compareBoolFast,
  contains: ab.contains,
  tuple: newTuple,
  list: (items: PyObject[]) => newList(items),
  listOfConsts,
  listAppended,
  dictOf,
  dictSetOwned,
  dictUpdate,
  setOf,
  setFromConst,
  setAddOwned,
  listAppendOwned,
  buildUnpack,
  joinStrs,
  formatValue,
  slice,
  call,
  call0,
  callD,
  callD0,
  callD1,
  callD2,
  callD3,
  call1,
  call2,
  call3,
  callD0E,
  callD1E,
  callD2E,
  callD3E,
  call0E,
  call1E,
  call2E,
  call3E,
  EXC,
  takePending,
  callEx,
  callStar,
  callDecorator,
  callComp,
  makeFunction,
  buildClass: classStatement,
  buildClassEx,
  withEnter,
  withExit,
  withExitExc,
  makeGenerator,
  genStarted,
  yieldFrom,
  importName,
  importTail,
  importFrom,
  importStar,
  setupAnnotations,
  storeAnnotation,
  unsupported,
  asyncUnsupported,
  displayHook,
  dropCaps,
  reorderCaps,
  matchSeq,
  matchMapping,
  matchKeys,
  matchRest,
  matchClass,
  starBegin,
  starMatch,
  starRaised,
  starEnd,
};

export type RT = typeof rt;

// ---------------------------------------------------------------- fast paths
//
// The operators on exact ints (small enough to stay JS numbers) and floats
// skip the slot dispatch; every other case goes through the abstract protocol.
// The results are the same objects CPython makes (new ints, the small-int cache).


/** A comparison's truth, with exact ints and floats compared directly. */
function compareBoolFast(a: PyObject, b: PyObject, op: number): boolean {
  const ta = a.type;
  if ((ta === IntType || ta === FloatType) && b.type === ta) {
    const x = (a as PyInt | PyFloat).v;
    const y = (b as PyInt | PyFloat).v;
    if (typeof x === 'number' && typeof y === 'number') {
      switch (op) {
        case 0: return x < y;
        case 1: return x <= y;
        case 2: return x === y;
        case 3: return x !== y;
        case 4: return x > y;
        default: return x >= y;
      }
    }
  }
  // COMPARE_OP then a truth test: no identity shortcut (nan != nan is True).
  const r = ab.richCompare(a, b, op);
  if (r === True) {
    r.rc--;
    return true;
  }
  if (r === False) {
    r.rc--;
    return false;
  }
  return truthDec(r);
}

/** CALL with 0..3 positional arguments (owned): Python functions that take exactly them are entered directly. */
/**
 * Attribute and item loads whose operands are temporaries (owned = 1 for
 * the object, 2 for the key): released after the load, or when it raises.
 */
function getAttrCD(o: PyObject, t: PyType, name: PyStr, c: AttrCache): PyObject {
  try {
    return getAttrCached(o, t, name, c);
  } finally {
    decref(o);
  }
}

function getItemD(o: PyObject, k: PyObject, owned: number): PyObject {
  try {
    return subscr.getItem(o, k);
  } finally {
    if (owned & 1) decref(o);
    if (owned & 2) decref(k);
  }
}

/** The CALL forms whose callable is a temporary (owned): it is released after the call, or when the call raises. */
function callD(f: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  try {
    return call(f, args, kwnames);
  } finally {
    decref(f);
  }
}

// A Python function reports its exception as EXC (function.ts): the callable
// is released before callResult throws, so that the exception leaves with one
// JS throw instead of a second one out of a finally block (each throw makes V8
// walk the stack for a handler).

function callD0(f: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 0) {
    const r = (f as PyFunction).code.fn(f as PyFunction);
    decref(f);
    return callResult(r);
  }
  try {
    return call(f, [], null);
  } finally {
    decref(f);
  }
}

function callD1(f: PyObject, a: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 1) {
    const r = (f as PyFunction).code.fn(f as PyFunction, a);
    decref(f);
    return callResult(r);
  }
  try {
    return call(f, [a], null);
  } finally {
    decref(f);
  }
}

function callD2(f: PyObject, a: PyObject, b: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 2) {
    const r = (f as PyFunction).code.fn(f as PyFunction, a, b);
    decref(f);
    return callResult(r);
  }
  try {
    return call(f, [a, b], null);
  } finally {
    decref(f);
  }
}

function callD3(f: PyObject, a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 3) {
    const r = (f as PyFunction).code.fn(f as PyFunction, a, b, c);
    decref(f);
    return callResult(r);
  }
  try {
    return call(f, [a, b, c], null);
  } finally {
    decref(f);
  }
}

function call0(f: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 0) return callResult((f as PyFunction).code.fn(f as PyFunction));
  return call(f, [], null);
}

function call1(f: PyObject, a: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 1) return callResult((f as PyFunction).code.fn(f as PyFunction, a));
  return call(f, [a], null);
}

function call2(f: PyObject, a: PyObject, b: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 2) return callResult((f as PyFunction).code.fn(f as PyFunction, a, b));
  return call(f, [a, b], null);
}

function call3(f: PyObject, a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 3) return callResult((f as PyFunction).code.fn(f as PyFunction, a, b, c));
  return call(f, [a, b, c], null);
}

// callD0E..3E, call0E..3E: the same CALL forms, but a Python function's
// exception is returned as EXC (its frame's epilogue returned it), for a call
// site whose exception can only go to its frame's epilogue or to an except
// clause of the same frame: the site tests the result and jumps there
// (codegen's excJump), without a JS throw. They are separate functions, not
// the plain forms wrapped in callResult: V8 did not inline such a wrapper
// (naive fib 5% slower).

function callD0E(f: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 0) {
    const r = (f as PyFunction).code.fn(f as PyFunction);
    decref(f);
    return r;
  }
  return callD0(f);
}

function callD1E(f: PyObject, a: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 1) {
    const r = (f as PyFunction).code.fn(f as PyFunction, a);
    decref(f);
    return r;
  }
  return callD1(f, a);
}

function callD2E(f: PyObject, a: PyObject, b: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 2) {
    const r = (f as PyFunction).code.fn(f as PyFunction, a, b);
    decref(f);
    return r;
  }
  return callD2(f, a, b);
}

function callD3E(f: PyObject, a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 3) {
    const r = (f as PyFunction).code.fn(f as PyFunction, a, b, c);
    decref(f);
    return r;
  }
  return callD3(f, a, b, c);
}

function call0E(f: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 0) return (f as PyFunction).code.fn(f as PyFunction);
  return call(f, [], null);
}

function call1E(f: PyObject, a: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 1) return (f as PyFunction).code.fn(f as PyFunction, a);
  return call(f, [a], null);
}

function call2E(f: PyObject, a: PyObject, b: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 2) return (f as PyFunction).code.fn(f as PyFunction, a, b);
  return call(f, [a, b], null);
}

function call3E(f: PyObject, a: PyObject, b: PyObject, c: PyObject): PyObject {
  if (f.type === FunctionType && (f as PyFunction).code.fast === 3) return (f as PyFunction).code.fn(f as PyFunction, a, b, c);
  return call(f, [a, b, c], null);
}
