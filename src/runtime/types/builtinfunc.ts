// Functions and methods implemented in JS (Objects/methodobject.c, descrobject.c):
// builtin_function_or_method, method_descriptor, classmethod_descriptor,
// wrapper_descriptor (a slot exposed as a dunder) and getset_descriptor.

import { PyObject, decref, recursion } from '../object.js';
import { builtinType, ObjectType, PyType } from '../type.js';
import { typeError } from '../errors.js';

/** The JS implementation: borrowed self and args, a new reference returned. */
export type NativeFn = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

export const BuiltinFunctionType = builtinType('builtin_function_or_method', ObjectType, { basicsize: 56, gc: true, baseType: false });
export const MethodDescrType = builtinType('method_descriptor', ObjectType, { basicsize: 56, gc: true, baseType: false });
export const ClassMethodDescrType = builtinType('classmethod_descriptor', ObjectType, { basicsize: 56, gc: true, baseType: false });
export const WrapperDescrType = builtinType('wrapper_descriptor', ObjectType, { basicsize: 56, gc: true, baseType: false });
export const MethodWrapperType = builtinType('method-wrapper', ObjectType, { basicsize: 32, gc: true, baseType: false });
export const GetSetDescrType = builtinType('getset_descriptor', ObjectType, { basicsize: 48, gc: true, baseType: false });

export class PyBuiltin extends PyObject {
  constructor(public name: string, public fn: NativeFn, public self: PyObject | null,
    /** The qualified name shown in reprs and errors: 'list.append', 'len'. */
    public qualname: string, public module: string | null = null, type: PyType = BuiltinFunctionType) {
    super(type);
  }
  /**
   * Whether a call counts a level of recursion while it runs, as CPython's
   * C functions do; len() and isinstance() do not, as CPython 3.11's
   * specialized calls of them skip the check.
   */
  countsRecursion = true;
  /** The entry of the cProfile profiler that saw this built-in last (_lsprof.ts). */
  profEntry: object | null = null;
  /** A method-wrapper's slot wrapper (it holds a reference): its __objclass__ is the wrapper's class. */
  descr: PyMethodDescr | null = null;
}

/** A method of a built-in type, in the type's dict. */
export class PyMethodDescr extends PyObject {
  /** The entry of the cProfile profiler that saw this method last (_lsprof.ts). */
  profEntry: object | null = null;
  constructor(public name: string, public owner: PyType, public fn: NativeFn, type: PyType = MethodDescrType) {
    super(type);
  }
}

/** An attribute computed by JS (e.g. int.real, function.__name__). */
/** A getset_descriptor; it holds its owner type (d_type), as every descriptor does. */
export class PyGetSet extends PyObject {
  constructor(public name: string, public owner: PyType,
    public get: (o: PyObject) => PyObject,
    public set: ((o: PyObject, v: PyObject | null) => void) | null) {
    super(GetSetDescrType);
    owner.rc++;
  }
}

export function newBuiltin(name: string, fn: NativeFn, module: string | null = 'builtins'): PyBuiltin {
  return new PyBuiltin(name, fn, null, name, module);
}

/** Argument-count checks with CPython's messages for the common calling conventions. */
export function noKw(name: string, kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`${name}() takes no keyword arguments`);
}

export function checkArgs(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKw(name, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) {
    if (min === 0) throw typeError(`${name}() takes no arguments (${n} given)`);
    if (min === 1) throw typeError(`${name}() takes exactly one argument (${n} given)`);
    throw typeError(`${name} expected ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  }
  if (n < min) throw typeError(`${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  throw typeError(`${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/**
 * The TypeError of an argument of the wrong type in a function whose
 * arguments Argument Clinic parses (_PyArg_BadArgument): `which` is
 * "argument", "argument 2" or "argument 'name'"; None is named None.
 */
export function badArgument(fname: string, which: string, expected: string, o: PyObject): PyObject {
  return typeError(`${fname}() ${which} must be ${expected}, not ${o === None ? 'None' : o.type.name}`);
}

/** A slot wrapper's checks (wrapperdescr_raw_call, then check_num_args): no keywords, exactly n arguments. */
export function wrapperArgs(dunder: string, args: PyObject[], kwnames: string[] | null, n: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${dunder}() takes no keyword arguments`);
  if (args.length !== n) throw typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${args.length}`);
}

/**
 * The same for the wrappers that unpack their arguments instead (sequence
 * repeats, item and attribute assignment, pow, descriptors): CPython names no
 * function there, so the message starts with a space.
 */
export function wrapperUnpack(dunder: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError(`wrapper ${dunder}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  const bound = n < min ? min : max;
  const which = min === max ? '' : n < min ? 'at least ' : 'at most ';
  throw typeError(` expected ${which}${bound} argument${bound === 1 ? '' : 's'}, got ${n}`);
}

/** Drop the references in an args array the caller owned (after a builtin call). */
export function releaseArgs(args: PyObject[]): void {
  for (let i = 0; i < args.length; i++) decref(args[i]);
}

import { newStr } from './str.js';
import { None } from './none.js';
import { attributeError } from '../errors.js';
import { hashPointer, addressHex } from '../heap.js';
import { defGetSet, exposeSlots } from './typeobject.js';

function descrTypeCheck(d: PyMethodDescr, obj: PyObject, what: string): void {
  if (!obj.type.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
  }
  void what;
}

/** A type's tp_name: a built-in type of another module than builtins is named with it ('collections.deque'). */
function tpName(t: PyType): string {
  return t.heapType || t.module === 'builtins' ? t.name : `${t.module}.${t.name}`;
}

/** descr_check: a getset applies to instances of its class only (its __get__/__set__ can be called on anything). */
function getsetCheck(g: PyGetSet, obj: PyObject): void {
  if (!obj.type.isSubtype(g.owner)) {
    throw typeError(`descriptor '${g.name}' for '${g.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
  }
}

export function initBuiltinFunc(): void {
  BuiltinFunctionType.call = (f, args, kw) => {
    const b = f as PyBuiltin;
    if (!b.countsRecursion) return b.fn(b.self ?? None, args, kw);
    recursion.enter(' while calling a Python object');
    try {
      return b.fn(b.self ?? None, args, kw);
    } finally {
      recursion.leave();
    }
  };
  BuiltinFunctionType.repr = (f) => {
    const b = f as PyBuiltin;
    if (b.self === null || b.self.type.name === 'module') return newStr(`<built-in function ${b.name}>`);
    return newStr(`<built-in method ${b.name} of ${b.self.type.name} object at ${addressHex(b.self)}>`);
  };
  BuiltinFunctionType.hash = (f) => hashPointer(f);
  for (const T of [MethodDescrType, ClassMethodDescrType]) {
    T.call = (d, args, kw) => {
      const m = d as PyMethodDescr;
      if (args.length === 0) throw typeError(`unbound method ${m.owner.name}.${m.name}() needs an argument`);
      if (T === ClassMethodDescrType) return m.fn(args[0], args.slice(1), kw);
      descrTypeCheck(m, args[0], 'call');
      return m.fn(args[0], args.slice(1), kw);
    };
  }
  // A slot wrapper called through its type words its checks as wrapperdescr_call does.
  WrapperDescrType.call = (d, args, kw) => {
    const m = d as PyMethodDescr;
    if (args.length === 0) throw typeError(`descriptor '${m.name}' of '${tpName(m.owner)}' object needs an argument`);
    if (!args[0].type.isSubtype(m.owner)) {
      throw typeError(`descriptor '${m.name}' requires a '${tpName(m.owner)}' object but received a '${tpName(args[0].type)}'`);
    }
    return m.fn(args[0], args.slice(1), kw);
  };
  for (const T of [MethodDescrType, WrapperDescrType, ClassMethodDescrType]) T.hash = (f) => hashPointer(f);
  MethodDescrType.repr = (d) => newStr(`<method '${(d as PyMethodDescr).name}' of '${tpName((d as PyMethodDescr).owner)}' objects>`);
  WrapperDescrType.repr = (d) => newStr(`<slot wrapper '${(d as PyMethodDescr).name}' of '${tpName((d as PyMethodDescr).owner)}' objects>`);
  ClassMethodDescrType.repr = (d) => newStr(`<method '${(d as PyMethodDescr).name}' of '${tpName((d as PyMethodDescr).owner)}' objects>`);
  MethodDescrType.descrGet = (d, obj) => {
    const m = d as PyMethodDescr;
    if (obj === null) return (d.rc++, d);
    descrTypeCheck(m, obj, 'get');
    obj.rc++;
    return new PyBuiltin(m.name, m.fn, obj, `${m.owner.name}.${m.name}`, null);
  };
  WrapperDescrType.descrGet = (d, obj) => {
    const m = d as PyMethodDescr;
    if (obj === null) return (d.rc++, d);
    descrTypeCheck(m, obj, 'get');
    obj.rc++;
    const w = new PyBuiltin(m.name, m.fn, obj, `${m.owner.name}.${m.name}`, null, MethodWrapperType);
    d.rc++;
    w.descr = m;
    return w;
  };
  MethodWrapperType.call = BuiltinFunctionType.call;
  MethodWrapperType.repr = (f) => {
    const b = f as PyBuiltin;
    return newStr(`<method-wrapper '${b.name}' of ${b.self!.type.name} object at ${addressHex(b.self!)}>`);
  };
  ClassMethodDescrType.descrGet = (d, obj, type) => {
    // classmethod_get: binds to the given class, which must be a subclass of the owner.
    const m = d as PyMethodDescr;
    const cls = type ?? (obj as PyObject).type;
    if (!(cls instanceof PyType)) {
      throw typeError(`descriptor '${m.name}' for type '${m.owner.name}' needs a type, not a '${cls.type.name}' as arg 2`);
    }
    if (!cls.isSubtype(m.owner)) {
      throw typeError(`descriptor '${m.name}' requires a subtype of '${m.owner.name}' but received '${cls.name}'`);
    }
    cls.rc++;
    return new PyBuiltin(m.name, m.fn, cls, `${m.owner.name}.${m.name}`, null);
  };
  GetSetDescrType.descrGet = (d, obj) => {
    if (obj === null) return (d.rc++, d);
    getsetCheck(d as PyGetSet, obj);
    return (d as PyGetSet).get(obj);
  };
  GetSetDescrType.descrSet = (d, obj, v) => {
    const g = d as PyGetSet;
    getsetCheck(g, obj);
    if (g.set === null) throw attributeError(`attribute '${g.name}' of '${g.owner.name}' objects is not writable`);
    g.set(obj, v);
  };
  GetSetDescrType.dealloc = (o) => decref((o as PyGetSet).owner);
  GetSetDescrType.traverse = (o, visit) => visit((o as PyGetSet).owner);
  defGetSet(GetSetDescrType, '__name__', (d) => newStr((d as PyGetSet).name));
  defGetSet(GetSetDescrType, '__qualname__', (d) => newStr(`${(d as PyGetSet).owner.qualname}.${(d as PyGetSet).name}`));
  defGetSet(GetSetDescrType, '__objclass__', (d) => ((d as PyGetSet).owner.rc++, (d as PyGetSet).owner));
  GetSetDescrType.repr = (d) => newStr(`<attribute '${(d as PyGetSet).name}' of '${(d as PyGetSet).owner.name}' objects>`);
  exposeSlots(GetSetDescrType);
  // A bound method-wrapper owns its self as a bound builtin does.
  BuiltinFunctionType.dealloc = MethodWrapperType.dealloc = (o) => {
    const b = o as PyBuiltin;
    if (b.self !== null) decref(b.self);
    if (b.descr !== null) decref(b.descr);
  };
  BuiltinFunctionType.traverse = MethodWrapperType.traverse = (o, visit) => {
    const b = o as PyBuiltin;
    if (b.descr !== null) visit(b.descr);
    if (b.self !== null) visit(b.self);
  };
}

