// The abstract object protocol (Objects/abstract.c, Objects/object.c):
// what the generated code and the built-ins call to operate on any object.
//
// Reference conventions, as CPython's C API: operands are borrowed, results
// are new references, and `null` results (getattr, next) mean "absent" with
// no exception object made.

import { PyObject, decref, recursion } from './object.js';
import { TypeType, type PyType } from './type.js';
import { HASH } from './hashing.js';
import { PyStr, StrType, newStr } from './types/str.js';
import { PyInt, IntType, newInt } from './types/int.js';
import { FloatType } from './types/float.js';
import { PyTuple, TupleType } from './types/tuple.js';
import { BoolType, True, False } from './types/bool.js';
import { None, NotImplemented } from './types/none.js';
import { typeError, attributeError, stopIteration, overflowError } from './errors.js';
import { AttributeErrorType, setAttributeErrorContext } from './types/exceptions.js';

export const enum Op {
  LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5,
}
const OP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];
const SWAPPED = [Op.GT, Op.GE, Op.EQ, Op.NE, Op.LT, Op.LE];

/** Binary operator indices into PyType.nb / PyType.ib (the order of ast operator names). */
export const enum Bin {
  ADD = 0, SUB, MUL, MATMUL, TRUEDIV, FLOORDIV, MOD, POW, LSHIFT, RSHIFT, AND, XOR, OR, DIVMOD,
}
export const BIN_SYMBOL = ['+', '-', '*', '@', '/', '//', '%', '** or pow()', '<<', '>>', '&', '^', '|', 'divmod()'];
export const BIN_DUNDER = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or', 'divmod'];

export function typeName(o: PyObject): string {
  return o.type.name;
}

// ---------------------------------------------------------------- repr/str

/** A repr or str slot called as a level of the recursion limit of its own (Py_EnterRecursiveCall). */
function countedCall(where: string, slot: (o: PyObject) => PyObject, o: PyObject): PyObject {
  recursion.enter(where);
  try {
    return slot(o);
  } finally {
    recursion.leave();
  }
}

/** repr(o) as a new str reference. */
export function repr(o: PyObject): PyStr {
  const r = o.type.repr;
  if (r === null) throw typeError(`cannot repr '${o.type.name}'`);
  const s = countedCall(' while getting the repr of an object', r, o);
  if (!(s instanceof PyStr)) {
    decref(s);
    throw typeError(`__repr__ returned non-string (type ${s.type.name})`);
  }
  return s;
}

export function reprJS(o: PyObject): string {
  const s = repr(o);
  const v = s.v;
  decref(s);
  return v;
}

/** str(o) as a new str reference. */
export function str(o: PyObject): PyStr {
  if (o.type === StrType) {
    o.rc++;
    return o as PyStr;
  }
  const s = countedCall(' while getting the str of an object', o.type.str ?? o.type.repr!, o);
  if (!(s instanceof PyStr)) {
    decref(s);
    throw typeError(`__str__ returned non-string (type ${s.type.name})`);
  }
  return s;
}

export function strJS(o: PyObject): string {
  if (o.type === StrType) return (o as PyStr).v;
  const s = str(o);
  const v = s.v;
  decref(s);
  return v;
}

// ---------------------------------------------------------------- hash, compare, truth

/** hash(o): the low 32 bits; the high 32 bits are left in HASH.hi. */
export function hashOf(o: PyObject): number {
  const h = o.type.hash;
  if (h === null) throw typeError(`unhashable type: '${o.type.name}'`);
  return h(o);
}

export { HASH };

/** PyObject_RichCompare: a new reference. */
export function richCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  // Each comparison is a level of the recursion limit, as in CPython: a
  // container comparing itself through its items ends in RecursionError.
  recursion.enter(' in comparison');
  try {
    return doRichCompare(a, b, op);
  } finally {
    recursion.leave();
  }
}

function doRichCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  const ta = a.type;
  const tb = b.type;
  let checkedReverse = false;
  if (ta !== tb && tb.richcompare !== null && tb.isSubtype(ta) && overridesCompare(tb, ta)) {
    checkedReverse = true;
    const r = tb.richcompare(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (ta.richcompare !== null) {
    const r = ta.richcompare(a, b, op);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (!checkedReverse && tb.richcompare !== null) {
    const r = tb.richcompare(b, a, SWAPPED[op]);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (op === Op.EQ || op === Op.NE) {
    const res = (a === b) === (op === Op.EQ) ? True : False;
    res.rc++;
    return res;
  }
  throw typeError(`'${OP_SYMBOL[op]}' not supported between instances of '${ta.name}' and '${tb.name}'`);
}

/** A subclass's reflected method goes first only if it overrides the comparison. */
function overridesCompare(sub: PyType, base: PyType): boolean {
  return sub.richcompare !== base.richcompare || sub.heapType;
}

/** The truth of a comparison, with the identity shortcut of PyObject_RichCompareBool. */
export function compareBool(a: PyObject, b: PyObject, op: Op): boolean {
  if (op === Op.EQ || op === Op.NE) {
    const r = plainEq(a, b, 0);
    if (r >= 0) return (r === 1) === (op === Op.EQ);
  }
  const r = richCompare(a, b, op);
  if (r === True) {
    r.rc--;
    return true;
  }
  if (r === False) {
    r.rc--;
    return false;
  }
  const t = isTrue(r);
  decref(r);
  return t;
}

/** Nested tuples deeper than this are left to the full protocol (and its recursion check). */
const PLAIN_EQ_DEPTH = 16;

/**
 * PyObject_RichCompareBool(a, b, Py_EQ) when it runs no Python code: the same
 * object, two exact ints, strs or floats (their == compares the values), or
 * two exact tuples whose items compared in order are such (a tuple compares
 * items up to the first unequal pair, then the lengths). 1 or 0, or -1 when
 * the full protocol must decide.
 */
export function plainEq(a: PyObject, b: PyObject, depth: number): number {
  if (a === b) return 1;
  const t = a.type;
  if (t !== b.type) return -1;
  if (t === IntType || t === StrType || t === FloatType) return (a as PyInt).v === (b as PyInt).v ? 1 : 0;
  if (t !== TupleType || depth >= PLAIN_EQ_DEPTH) return -1;
  const x = (a as PyTuple).items;
  const y = (b as PyTuple).items;
  const n = x.length < y.length ? x.length : y.length;
  for (let i = 0; i < n; i++) {
    const r = plainEq(x[i], y[i], depth + 1);
    if (r !== 1) return r;
  }
  return x.length === y.length ? 1 : 0;
}

export function eqBool(a: PyObject, b: PyObject): boolean {
  return compareBool(a, b, Op.EQ);
}

/** PyObject_IsTrue. */
export function isTrue(o: PyObject): boolean {
  if (o === True) return true;
  if (o === False || o === None) return false;
  const t = o.type;
  if (t.bool !== null) return t.bool(o);
  if (t.len !== null) return t.len(o) !== 0;
  return true;
}

// ---------------------------------------------------------------- attributes

/**
 * The AttributeError behind a getattro slot's null ("absent") when it is not
 * the generic one: raised by a __getattr__, or naming another object (a bound
 * method delegates to its function). getattr() raises it; getattrOrNull drops it.
 */
export const lastAttributeError: { e: PyObject | null } = { e: null };

/** getattr(o, name): a new reference; AttributeError when absent. */
export function getattr(o: PyObject, name: PyStr): PyObject {
  let r: PyObject | null;
  try {
    r = o.type.getattro!(o, name);
  } catch (e) {
    setAttributeErrorContext(e, o, name);
    throw e;
  }
  if (r === null) {
    const e = lastAttributeError.e ?? noAttribute(o, name);
    lastAttributeError.e = null;
    setAttributeErrorContext(e, o, name);
    throw e;
  }
  return r;
}

/** getattr(o, name) or null when absent (AttributeError swallowed, as _PyObject_LookupAttr). */
export function getattrOrNull(o: PyObject, name: PyStr): PyObject | null {
  let r: PyObject | null;
  try {
    r = o.type.getattro!(o, name);
  } catch (e) {
    // A getter (a property, __getattr__) raising AttributeError means "absent" too.
    if (e instanceof PyObject && e.type.isSubtype(AttributeErrorType)) {
      decref(e);
      return null;
    }
    throw e;
  }
  if (r === null && lastAttributeError.e !== null) {
    decref(lastAttributeError.e);
    lastAttributeError.e = null;
  }
  return r;
}

export function noAttribute(o: PyObject, name: PyStr): PyObject {
  if (o.type.isSubtype(TypeType)) {
    return attributeError(`type object '${(o as PyType).name}' has no attribute '${name.v}'`);
  }
  if (o.type.name === 'module') {
    return attributeError(moduleNoAttribute(o, name.v));
  }
  return attributeError(`'${o.type.name}' object has no attribute '${name.v}'`);
}

/** Filled by module.ts: "module 'x' has no attribute 'y'". */
export let moduleNoAttribute: (m: PyObject, name: string) => string = (_m, n) => `module has no attribute '${n}'`;
export function setModuleNoAttribute(f: (m: PyObject, name: string) => string): void {
  moduleNoAttribute = f;
}


export function setattr(o: PyObject, name: PyStr, v: PyObject): void {
  const f = o.type.setattro;
  if (f === null) throw readonlyAttrs(o, name, false);
  f(o, name, v);
}

export function delattr(o: PyObject, name: PyStr): void {
  const f = o.type.setattro;
  if (f === null) throw readonlyAttrs(o, name, true);
  f(o, name, null);
}

function readonlyAttrs(o: PyObject, name: PyStr, del: boolean): PyObject {
  const has = o.type.getattro !== null && o.type.lookup(name.v) !== null;
  if (!has) return typeError(`'${o.type.name}' object has no attributes (${del ? 'del' : 'assign to'} .${name.v})`);
  return typeError(`'${o.type.name}' object has only read-only attributes (${del ? 'del' : 'assign to'} .${name.v})`);
}

// ---------------------------------------------------------------- calls

/** Call with borrowed arguments (as a C caller does): the result is a new reference. */
export function call(f: PyObject, args: PyObject[], kwnames: string[] | null = null): PyObject {
  const c = f.type.call;
  if (c === null) throw typeError(`'${f.type.name}' object is not callable`);
  return c(f, args, kwnames);
}

export function call0(f: PyObject): PyObject {
  return call(f, [], null);
}

export function call1(f: PyObject, a: PyObject): PyObject {
  return call(f, [a], null);
}

// ---------------------------------------------------------------- items

export function getitem(o: PyObject, k: PyObject): PyObject {
  const g = o.type.getitem;
  if (g === null) {
    if (o.type.isSubtype(TypeType)) return classGetitem(o as PyType, k);
    throw typeError(`'${o.type.name}' object is not subscriptable`);
  }
  return g(o, k);
}

/** type[...] calls __class_getitem__ (PEP 560). */
let classGetitem: (t: PyType, k: PyObject) => PyObject = (t) => {
  throw typeError(`type '${t.name}' is not subscriptable`);
};
export function setClassGetitem(f: (t: PyType, k: PyObject) => PyObject): void {
  classGetitem = f;
}

export function setitem(o: PyObject, k: PyObject, v: PyObject): void {
  const s = o.type.setitem;
  if (s === null) throw typeError(`'${o.type.name}' object does not support item assignment`);
  s(o, k, v);
}

export function delitem(o: PyObject, k: PyObject): void {
  const s = o.type.setitem;
  if (s === null) throw typeError(`'${o.type.name}' object does not support item deletion`);
  s(o, k, null);
}

/** `k in o` (PySequence_Contains). */
export function contains(o: PyObject, k: PyObject): boolean {
  const c = o.type.contains;
  if (c !== null) return c(o, k);
  if (o.type.iter === null && o.type.getitem === null) {
    throw typeError(`argument of type '${o.type.name}' is not iterable`);
  }
  const it = getIter(o);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      const eq = x === k || eqBool(x, k);
      decref(x);
      if (eq) return true;
    }
    return false;
  } finally {
    decref(it);
  }
}

export function len(o: PyObject): number {
  const l = o.type.len;
  if (l === null) throw typeError(`object of type '${o.type.name}' has no len()`);
  return l(o);
}

// ---------------------------------------------------------------- iteration

/** The next slot of a class whose __next__ was deleted (_PyObject_NextNotImplemented): an
 *  iterator made before still reaches it, and it is no iterator any more. */
export function nextNotImplemented(o: PyObject): PyObject | null {
  throw typeError(`'${o.type.name}' object is not iterable`);
}

export function getIter(o: PyObject): PyObject {
  const f = o.type.iter;
  if (f !== null) {
    const it = f(o);
    if (it.type.next === null || it.type.next === nextNotImplemented) {
      const n = it.type.name;
      decref(it);
      throw typeError(`iter() returned non-iterator of type '${n}'`);
    }
    return it;
  }
  if (o.type.getitem !== null && seqIterFactory.f !== null) return seqIterFactory.f(o);
  throw typeError(`'${o.type.name}' object is not iterable`);
}

/** The old sequence-protocol iterator (iter() of an object with only __getitem__); set by iterators.ts. */
export const seqIterFactory: { f: ((o: PyObject) => PyObject) | null } = { f: null };

/** next(it) as a new reference, or null when exhausted. */
export function iterNext(it: PyObject): PyObject | null {
  return it.type.next!(it);
}

/**
 * The StopIteration behind a next slot's null when there is one to report: a
 * generator's return value, or what a __next__ raised. CPython leaves it set
 * as the current exception; here a next slot that runs Python code records it
 * (or clears it) whenever it returns null, and callers that turn exhaustion
 * into an exception (next(), __next__, send) raise it.
 */
export const lastStopIteration: { e: PyObject | null } = { e: null };

export function setStopIteration(e: PyObject | null): void {
  const old = lastStopIteration.e;
  lastStopIteration.e = e;
  if (old !== null) decref(old);
}

/** next(it) where exhaustion raises: the StopIteration the iterator ended with, or a plain one. */
export function iterNextOrStop(it: PyObject): PyObject {
  setStopIteration(null);
  const r = it.type.next!(it);
  if (r !== null) return r;
  const e = lastStopIteration.e;
  lastStopIteration.e = null;
  throw e ?? stopIteration(null);
}

// ---------------------------------------------------------------- numbers

/** binary_op1: the left operand's slot, then the right's, a subclass's first. */
export function binaryOp1(a: PyObject, b: PyObject, op: Bin): PyObject {
  const ta = a.type;
  const tb = b.type;
  const sa = ta.nb[op] ?? null;
  let sb = tb !== ta ? tb.nb[op] ?? null : null;
  if (sb === sa) sb = null;
  if (sa !== null) {
    if (sb !== null && tb.isSubtype(ta)) {
      const r = sb(a, b);
      if (r !== NotImplemented) return r;
      decref(r);
      sb = null;
    }
    const r = sa(a, b);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  if (sb !== null) return sb(a, b);
  NotImplemented.rc++;
  return NotImplemented;
}

export function binaryOp(a: PyObject, b: PyObject, op: Bin): PyObject {
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  decref(r);
  return sequenceFallback(a, b, op, false);
}

/** PyNumber_InPlace*: the in-place slot of the left operand, then the binary operator. */
export function inplaceOp(a: PyObject, b: PyObject, op: Bin): PyObject {
  const s = a.type.ib[op] ?? null;
  if (s !== null) {
    const r = s(a, b);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  const r = binaryOp1(a, b, op);
  if (r !== NotImplemented) return r;
  decref(r);
  return sequenceFallback(a, b, op, true);
}

function sequenceFallback(a: PyObject, b: PyObject, op: Bin, inplace: boolean): PyObject {
  if (op === Bin.ADD) {
    const c = (inplace ? a.type.inplaceConcat : null) ?? a.type.concat;
    if (c !== null) return c(a, b);
  } else if (op === Bin.MUL) {
    const ra = (inplace ? a.type.inplaceRepeat : null) ?? a.type.repeat;
    if (ra !== null) return ra(a, repeatCount(b));
    const rb = b.type.repeat;
    if (rb !== null) return rb(b, repeatCount(a));
  }
  // The in-place form of ** is named "**=", not "** or pow()=".
  const symbol = inplace ? `${op === Bin.POW ? '**' : BIN_SYMBOL[op]}=` : BIN_SYMBOL[op];
  throw typeError(`unsupported operand type(s) for ${symbol}: '${a.type.name}' and '${b.type.name}'`);
}

function repeatCount(n: PyObject): number {
  if (n.type.index === null) throw typeError(`can't multiply sequence by non-int of type '${n.type.name}'`);
  const v = indexValue(n);
  if (typeof v === 'bigint') {
    if (v < 0n) return 0;
    throw overflowError(`cannot fit 'int' into an index-sized integer`);
  }
  return v;
}


export function unaryOp(o: PyObject, slot: 'neg' | 'pos' | 'invert' | 'abs', symbol: string): PyObject {
  const f = o.type[slot];
  if (f === null) {
    if (slot === 'abs') throw typeError(`bad operand type for abs(): '${o.type.name}'`);
    throw typeError(`bad operand type for unary ${symbol}: '${o.type.name}'`);
  }
  return f(o);
}

/** PyNumber_Index as a JS value: number when safe, else bigint. */
export function indexValue(o: PyObject): number | bigint {
  if (o instanceof PyInt && (o.type === IntType || o.type === BoolType)) return o.v;
  const f = o.type.index;
  if (f === null) throw typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  const r = f(o);
  if (!(r instanceof PyInt)) {
    decref(r);
    throw typeError(`__index__ returned non-int (type ${r.type.name})`);
  }
  const v = r.v;
  decref(r);
  return v;
}

/** An index that must fit a Py_ssize_t (for sequences); `what` names it in the error. */
export function indexSize(o: PyObject, what = 'int'): number {
  const v = indexValue(o);
  if (typeof v === 'bigint') throw overflowError(`cannot fit '${what}' into an index-sized integer`);
  return v;
}

export function newStrRef(v: string): PyStr {
  return newStr(v);
}

export { newInt };
