// The operator module (Lib/operator.py over Modules/_operator.c of CPython 3.11).
//
// Each function is one call into the abstract object protocol (abstract.ts),
// so `operator.add(a, b)` behaves exactly as `a + b`; the dunder aliases
// (`operator.__add__`) are the same function objects. itemgetter, attrgetter
// and methodcaller are the C types of _operator, named operator.<type>.

import { PyObject, decref, releaseAll } from '../runtime/object.js';
import { builtinType, ObjectType, type PyType } from '../runtime/type.js';
import { newBuiltin, checkArgs, noKw, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyInt, IntType, newInt, numberIndex } from '../runtime/types/int.js';
import { newBool } from '../runtime/types/bool.js';
import { NotImplemented, newNone } from '../runtime/types/none.js';
import { PyStr, newStr, internStr } from '../runtime/types/str.js';
import { newTuple } from '../runtime/types/tuple.js';
import { DictType } from '../runtime/types/dict.js';
import { newList } from '../runtime/types/list.js';
import { PyModule } from '../runtime/types/module.js';
import { PyBaseException, TypeErrorType, ImportErrorType } from '../runtime/types/exceptions.js';
import { exposeSlots } from '../runtime/types/typeobject.js';
import { lengthHint } from '../runtime/types/iterators.js';
import { typeError, valueError } from '../runtime/errors.js';
import * as ab from '../runtime/abstract.js';
import { Bin, Op } from '../runtime/abstract.js';
import type { Interpreter } from '../runtime/interp.js';

function operatorType(name: string, basicsize: number): PyType {
  const t = builtinType(name, ObjectType, { basicsize, gc: true, baseType: false });
  t.module = 'operator';
  return t;
}

export const ItemgetterType = operatorType('itemgetter', 48);
export const AttrgetterType = operatorType('attrgetter', 40);
export const MethodcallerType = operatorType('methodcaller', 40);

// ---------------------------------------------------------------- sequence helpers (PySequence_*)

/** PySequence_Check: an object with __getitem__ that is not a dict. */
function isSequence(o: PyObject): boolean {
  return o.type.getitem !== null && !o.type.isSubtype(DictType);
}

/** PySequence_Concat and PySequence_InPlaceConcat. */
function sequenceConcat(a: PyObject, b: PyObject, inplace: boolean): PyObject {
  const t = a.type;
  const f = (inplace ? t.inplaceConcat : null) ?? t.concat;
  if (f !== null) return f(a, b);
  if (isSequence(a) && isSequence(b)) {
    const r = inplace ? inplaceAdd(a, b) : ab.binaryOp1(a, b, Bin.ADD);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  throw typeError(`'${t.name}' object can't be concatenated`);
}

/** a += b through the numeric slots only (BINARY_IOP1): NotImplemented when neither applies. */
function inplaceAdd(a: PyObject, b: PyObject): PyObject {
  const s = a.type.ib[Bin.ADD] ?? null;
  if (s !== null) {
    const r = s(a, b);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  return ab.binaryOp1(a, b, Bin.ADD);
}

/** _PySequence_IterSearch: iterate comparing each item with ==; count, or the first index. */
function iterSearch(seq: PyObject, obj: PyObject, count: boolean): number {
  let it: PyObject;
  try {
    it = ab.getIter(seq);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtype(TypeErrorType))) throw e;
    decref(e);
    throw typeError(`argument of type '${seq.type.name}' is not iterable`);
  }
  let n = 0;
  try {
    for (let i = 0, x = ab.iterNext(it); x !== null; i++, x = ab.iterNext(it)) {
      let eq: boolean;
      try {
        eq = ab.compareBool(x, obj, Op.EQ);
      } finally {
        decref(x);
      }
      if (eq) {
        if (!count) return i;
        n++;
      }
    }
  } finally {
    decref(it);
  }
  if (!count) throw valueError('sequence.index(x): x not in sequence');
  return n;
}

// ---------------------------------------------------------------- itemgetter, attrgetter, methodcaller

/** _PyArg_CheckPositional for exactly one argument: "itemgetter expected 1 argument, got 0". */
function expectOne(name: string, n: number): void {
  if (n !== 1) throw typeError(`${name} expected 1 argument, got ${n}`);
}

class PyItemgetter extends PyObject {
  constructor(public items: PyObject[]) {
    super(ItemgetterType);
  }
}

class PyAttrgetter extends PyObject {
  /** Each attribute as its dotted path, split into interned names. */
  constructor(public attrs: PyStr[][], public names: PyObject[]) {
    super(AttrgetterType);
  }
}

class PyMethodcaller extends PyObject {
  constructor(public name: PyStr, public args: PyObject[], public kwnames: string[] | null, public kwvalues: PyObject[]) {
    super(MethodcallerType);
  }
}

function itemgetterNew(_t: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKw('itemgetter', kw);
  if (args.length === 0) throw typeError('itemgetter expected 1 argument, got 0');
  for (const x of args) x.rc++;
  return new PyItemgetter(args.slice());
}

function itemgetterCall(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKw('itemgetter', kw);
  expectOne('itemgetter', args.length);
  const g = self as PyItemgetter;
  const obj = args[0];
  if (g.items.length === 1) return ab.getitem(obj, g.items[0]);
  const out: PyObject[] = [];
  try {
    for (const item of g.items) out.push(ab.getitem(obj, item));
  } catch (e) {
    releaseAll(out);
    throw e;
  }
  return newTuple(out);
}

function attrgetterNew(_t: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKw('attrgetter', kw);
  if (args.length === 0) throw typeError('attrgetter expected 1 argument, got 0');
  const attrs: PyStr[][] = [];
  for (const a of args) {
    if (!(a instanceof PyStr)) {
      for (const path of attrs) releaseAll(path);
      throw typeError('attribute name must be a string');
    }
    attrs.push(a.v.split('.').map((part) => internStr(part)));
  }
  for (const a of args) a.rc++;
  return new PyAttrgetter(attrs, args.slice());
}

/** getattr along a dotted path. */
function dottedGetattr(obj: PyObject, path: PyStr[]): PyObject {
  obj.rc++;
  for (const name of path) {
    try {
      const next = ab.getattr(obj, name);
      decref(obj);
      obj = next;
    } catch (e) {
      decref(obj);
      throw e;
    }
  }
  return obj;
}

function attrgetterCall(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKw('attrgetter', kw);
  expectOne('attrgetter', args.length);
  const g = self as PyAttrgetter;
  if (g.attrs.length === 1) return dottedGetattr(args[0], g.attrs[0]);
  const out: PyObject[] = [];
  try {
    for (const path of g.attrs) out.push(dottedGetattr(args[0], path));
  } catch (e) {
    releaseAll(out);
    throw e;
  }
  return newTuple(out);
}

function methodcallerNew(_t: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos < 1) throw typeError('methodcaller needs at least one argument, the method name');
  const name = args[0];
  if (!(name instanceof PyStr)) throw typeError('method name must be a string');
  for (const x of args) x.rc++;
  return new PyMethodcaller(internStr(name.v), args.slice(1, npos), nkw === 0 ? null : kw!.slice(),
    args.slice(npos));
}

function methodcallerCall(self: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  noKw('methodcaller', kw);
  expectOne('methodcaller', args.length);
  const m = self as PyMethodcaller;
  const method = ab.getattr(args[0], m.name);
  try {
    return ab.call(method, [...m.args, ...m.kwvalues], m.kwnames);
  } finally {
    decref(method);
  }
}

function gettersRepr(o: PyObject, parts: string[]): PyObject {
  return newStr(`operator.${o.type.name}(${parts.join(', ')})`);
}

export function initOperatorTypes(): void {
  const I = ItemgetterType;
  I.new_ = itemgetterNew;
  I.call = itemgetterCall;
  I.repr = (o) => gettersRepr(o, (o as PyItemgetter).items.map(ab.reprJS));
  I.dealloc = (o) => releaseAll((o as PyItemgetter).items);
  const A = AttrgetterType;
  A.new_ = attrgetterNew;
  A.call = attrgetterCall;
  A.repr = (o) => gettersRepr(o, (o as PyAttrgetter).names.map(ab.reprJS));
  A.dealloc = (o) => {
    const g = o as PyAttrgetter;
    for (const path of g.attrs) releaseAll(path);
    releaseAll(g.names);
  };
  const M = MethodcallerType;
  M.new_ = methodcallerNew;
  M.call = methodcallerCall;
  M.repr = (o) => {
    const m = o as PyMethodcaller;
    const parts = [ab.reprJS(m.name), ...m.args.map(ab.reprJS)];
    m.kwnames?.forEach((k, i) => parts.push(`${k}=${ab.reprJS(m.kwvalues[i])}`));
    return gettersRepr(o, parts);
  };
  M.dealloc = (o) => {
    const m = o as PyMethodcaller;
    decref(m.name);
    releaseAll(m.args);
    releaseAll(m.kwvalues);
  };
  for (const T of [I, A, M]) exposeSlots(T);
}

// ---------------------------------------------------------------- functions

type Binary = (a: PyObject, b: PyObject) => PyObject;
type Unary = (a: PyObject) => PyObject;

const BINARY: [string, Binary][] = [
  ['add', (a, b) => ab.binaryOp(a, b, Bin.ADD)],
  ['and_', (a, b) => ab.binaryOp(a, b, Bin.AND)],
  ['concat', (a, b) => sequenceConcat(a, b, false)],
  ['contains', (a, b) => newBool(ab.contains(a, b))],
  ['countOf', (a, b) => newInt(iterSearch(a, b, true))],
  ['delitem', (a, b) => (ab.delitem(a, b), newNone())],
  ['eq', (a, b) => ab.richCompare(a, b, Op.EQ)],
  ['floordiv', (a, b) => ab.binaryOp(a, b, Bin.FLOORDIV)],
  ['ge', (a, b) => ab.richCompare(a, b, Op.GE)],
  ['getitem', (a, b) => ab.getitem(a, b)],
  ['gt', (a, b) => ab.richCompare(a, b, Op.GT)],
  ['iadd', (a, b) => ab.inplaceOp(a, b, Bin.ADD)],
  ['iand', (a, b) => ab.inplaceOp(a, b, Bin.AND)],
  ['iconcat', (a, b) => sequenceConcat(a, b, true)],
  ['ifloordiv', (a, b) => ab.inplaceOp(a, b, Bin.FLOORDIV)],
  ['ilshift', (a, b) => ab.inplaceOp(a, b, Bin.LSHIFT)],
  ['imatmul', (a, b) => ab.inplaceOp(a, b, Bin.MATMUL)],
  ['imod', (a, b) => ab.inplaceOp(a, b, Bin.MOD)],
  ['imul', (a, b) => ab.inplaceOp(a, b, Bin.MUL)],
  ['indexOf', (a, b) => newInt(iterSearch(a, b, false))],
  ['ior', (a, b) => ab.inplaceOp(a, b, Bin.OR)],
  ['ipow', (a, b) => ab.inplaceOp(a, b, Bin.POW)],
  ['irshift', (a, b) => ab.inplaceOp(a, b, Bin.RSHIFT)],
  ['is_', (a, b) => newBool(a === b)],
  ['is_not', (a, b) => newBool(a !== b)],
  ['isub', (a, b) => ab.inplaceOp(a, b, Bin.SUB)],
  ['itruediv', (a, b) => ab.inplaceOp(a, b, Bin.TRUEDIV)],
  ['ixor', (a, b) => ab.inplaceOp(a, b, Bin.XOR)],
  ['le', (a, b) => ab.richCompare(a, b, Op.LE)],
  ['lshift', (a, b) => ab.binaryOp(a, b, Bin.LSHIFT)],
  ['lt', (a, b) => ab.richCompare(a, b, Op.LT)],
  ['matmul', (a, b) => ab.binaryOp(a, b, Bin.MATMUL)],
  ['mod', (a, b) => ab.binaryOp(a, b, Bin.MOD)],
  ['mul', (a, b) => ab.binaryOp(a, b, Bin.MUL)],
  ['ne', (a, b) => ab.richCompare(a, b, Op.NE)],
  ['or_', (a, b) => ab.binaryOp(a, b, Bin.OR)],
  ['pow', (a, b) => ab.binaryOp(a, b, Bin.POW)],
  ['rshift', (a, b) => ab.binaryOp(a, b, Bin.RSHIFT)],
  ['sub', (a, b) => ab.binaryOp(a, b, Bin.SUB)],
  ['truediv', (a, b) => ab.binaryOp(a, b, Bin.TRUEDIV)],
  ['xor', (a, b) => ab.binaryOp(a, b, Bin.XOR)],
];

const UNARY: [string, Unary][] = [
  ['abs', (a) => ab.unaryOp(a, 'abs', 'abs()')],
  ['index', (a) => numberIndex(a)],
  ['inv', (a) => ab.unaryOp(a, 'invert', '~')],
  ['invert', (a) => ab.unaryOp(a, 'invert', '~')],
  ['neg', (a) => ab.unaryOp(a, 'neg', '-')],
  ['not_', (a) => newBool(!ab.isTrue(a))],
  ['pos', (a) => ab.unaryOp(a, 'pos', '+')],
  ['truth', (a) => newBool(ab.isTrue(a))],
];

/** The dunder alias of a function name: add -> __add__, and_ -> __and__, not_ -> __not__. */
function dunderOf(name: string): string | null {
  if (name === 'is_' || name === 'is_not' || name === 'countOf' || name === 'indexOf' || name === 'truth') return null;
  return `__${name.endsWith('_') ? name.slice(0, -1) : name}__`;
}

function setitemFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('_operator.setitem', k);
  checkArgs('setitem', a, null, 3, 3);
  ab.setitem(a[0], a[1], a[2]);
  return newNone();
}

function lengthHintFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('_operator.length_hint', k);
  checkArgs('length_hint', a, null, 1, 2);
  let dflt = 0;
  if (a.length > 1) {
    const d = a[1];
    if (d.type !== IntType) throw typeError(`'${d.type.name}' object cannot be interpreted as an integer`);
    dflt = Number((d as PyInt).v);
  }
  return newInt(lengthHint(a[0], dflt));
}

function callFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  const npos = a.length - (k === null ? 0 : k.length);
  if (npos < 1) throw typeError('call expected at least 1 argument, got 0');
  return ab.call(a[0], a.slice(1), k);
}

// Each exported name of _operator and its dunder alias in operator (or null).
const EXPORTS: [string, string | null][] = [];

/** _operator: the functions and the three callable types. */
export function initOperatorC(m: PyModule, _interp: Interpreter): void {
  EXPORTS.length = 0;
  const def = (name: string, fn: NativeFn, alias: string | null) => {
    const f = newBuiltin(name, fn, '_operator');
    m.set(name, f);
    decref(f);
    EXPORTS.push([name, alias]);
  };
  for (const [name, f] of BINARY) {
    def(name, (_s, a, k) => {
      noKw(`_operator.${name}`, k);
      checkArgs(name, a, null, 2, 2);
      return f(a[0], a[1]);
    }, dunderOf(name));
  }
  for (const [name, f] of UNARY) {
    def(name, (_s, a, k) => {
      checkArgs(`_operator.${name}`, a, k, 1, 1);
      return f(a[0]);
    }, dunderOf(name));
  }
  def('setitem', setitemFn, '__setitem__');
  def('length_hint', lengthHintFn, null);
  def('call', callFn, '__call__');
  for (const T of [AttrgetterType, ItemgetterType, MethodcallerType]) {
    m.set(T.name, T);
    EXPORTS.push([T.name, null]);
  }
}

/**
 * operator: what `from _operator import *` gives Lib/operator.py (the same
 * objects, so operator.or_ is _operator.or_ and pickles by that name), with
 * the dunder aliases and __all__. With _operator blocked (as test suites do
 * to test the pure-Python operator) the module makes the functions itself.
 */
export function initOperator(m: PyModule, interp: Interpreter): void {
  let c: PyObject;
  try {
    c = interp.importName(interp.builtinsDict, '_operator', ['*'], 0);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtype(ImportErrorType))) throw e;
    decref(e);
    initOperatorC(m, interp);
    m.rc++;
    c = m;
  }
  try {
    const names: string[] = [];
    for (const [name, alias] of EXPORTS) {
      const f = ab.getattr(c, internStr(name));
      m.set(name, f);
      if (alias !== null) m.set(alias, f);
      decref(f);
      names.push(name);
    }
    const all = newList(names.sort().map((n) => newStr(n)));
    m.set('__all__', all);
    decref(all);
  } finally {
    decref(c);
  }
}
