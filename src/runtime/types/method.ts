// Methods and descriptors written in Python's object model: bound methods
// (Objects/classobject.c), classmethod and staticmethod (funcobject.c),
// property and member_descriptor (descrobject.c), and super (typeobject.c).
// Also the class-creation steps that call Python code: __set_name__ and
// __init_subclass__ (type_new_set_names, type_new_init_subclass).

import { PyObject, objectAllocated, decref, xdecref } from '../object.js';
import { builtinType, ObjectType, PyType } from '../type.js';
import { PyStr, internStr, newStr, nameStr } from './str.js';
import { PyDict, newDict, dictGetStr } from './dict.js';
import { newTuple } from './tuple.js';
import { None, NotImplemented, newNone } from './none.js';
import { newBool } from './bool.js';
import { PyFunction, FunctionType, PyCell, callFunctionBorrowed } from './function.js';
import { ts } from './frame.js';
import { PyBaseException, RuntimeErrorType, newException } from './exceptions.js';
import { PyBuiltin, PyMethodDescr, BuiltinFunctionType, MethodWrapperType, MethodDescrType, WrapperDescrType,
  ClassMethodDescrType, checkArgs, noKw } from './builtinfunc.js';
import { PyModule } from './module.js';
import { reprStr } from '../../common/repr.js';
import { unpackArgs } from './int.js';
import { PyInstance, allocInstance, genericGetAttr, defGetSet, defMethod, exposeSlots, memberDescr, wrapClassMethod,
  wrapStaticMethod, afterClassCreated } from './typeobject.js';
import { call, compareBool, getattr, getattrOrNull, hashOf, isTrue, lastAttributeError, noAttribute, reprJS,
  setattr, Op } from '../abstract.js';
import { HASH } from '../hashing.js';
import { hashPointer } from '../heap.js';
import { typeError, attributeError, runtimeError } from '../errors.js';

export const MethodType = builtinType('method', ObjectType, { basicsize: 48, gc: true, baseType: false });
export const ClassMethodType = builtinType('classmethod', ObjectType, { basicsize: 32, gc: true, hasDict: true });
export const StaticMethodType = builtinType('staticmethod', ObjectType, { basicsize: 32, gc: true, hasDict: true });
export const PropertyType = builtinType('property', ObjectType, { basicsize: 64, gc: true });
export const SuperType = builtinType('super', ObjectType, { basicsize: 40, gc: true });
export const MemberDescrType = builtinType('member_descriptor', ObjectType, { basicsize: 48, gc: true, baseType: false });

const inc = <T extends PyObject>(o: T): T => {
  o.rc++;
  return o;
};

/** Interned attribute names the code here looks up, made once. */
// ---------------------------------------------------------------- member_descriptor

/**
 * A member_descriptor: a field of an object's layout (CPython's PyMemberDef),
 * like function.__globals__ or an entry of __slots__.
 */
export class PyMemberDescr extends PyObject {
  constructor(public name: string, public owner: PyType,
    /** The field's value as a new reference, or null when it is unset. */
    public get: (o: PyObject) => PyObject | null,
    /** Store v (the field takes its own reference) or clear it (null); null for a read-only member. */
    public set: ((o: PyObject, v: PyObject | null) => void) | null,
    /** T_OBJECT_EX (__slots__): an unset field is an AttributeError; T_OBJECT reads it as None. */
    public required: boolean) {
    super(MemberDescrType);
  }
}

/** Install a T_OBJECT member on a built-in type: an unset field reads as None; without `set` it is read-only. */
export function defMember(t: PyType, name: string, get: (o: PyObject) => PyObject | null,
  set: ((o: PyObject, v: PyObject | null) => void) | null = null): void {
  t.rc++;
  t.attrs.set(name, new PyMemberDescr(name, t, get, set, false));
}

function memberCheck(d: PyMemberDescr, obj: PyObject): void {
  if (!obj.type.isSubtype(d.owner)) {
    throw typeError(`descriptor '${d.name}' for '${d.owner.name}' objects doesn't apply to a '${obj.type.name}' object`);
  }
}

function memberGet(d: PyObject, obj: PyObject | null): PyObject {
  const m = d as PyMemberDescr;
  if (obj === null) return inc(d);
  memberCheck(m, obj);
  const v = m.get(obj);
  if (v !== null) return v;
  if (m.required) throw attributeError(`'${obj.type.name}' object has no attribute '${m.name}'`);
  return newNone();
}

function memberSet(d: PyObject, obj: PyObject, v: PyObject | null): void {
  const m = d as PyMemberDescr;
  memberCheck(m, obj);
  if (m.set === null) throw attributeError('readonly attribute');
  if (v === null && m.required) {
    const old = m.get(obj);
    if (old === null) throw attributeError(m.name);
    decref(old);
  }
  m.set(obj, v);
}

/** The descriptor of a __slots__ entry: the value lives in the instance's slot array. */
function slotMember(t: PyType, name: string, index: number): PyObject {
  const get = (o: PyObject): PyObject | null => {
    const v = (o as PyInstance).slots?.[index] ?? null;
    return v === null ? null : inc(v);
  };
  const set = (o: PyObject, v: PyObject | null): void => {
    const i = o as PyInstance;
    i.slots ??= new Array(o.type.slotNames.length).fill(null);
    const old = i.slots[index];
    i.slots[index] = v === null ? null : inc(v);
    xdecref(old);
  };
  return new PyMemberDescr(name, t, get, set, true);
}

function initMemberDescr(): void {
  const M = MemberDescrType;
  M.repr = (o) => newStr(`<member '${(o as PyMemberDescr).name}' of '${(o as PyMemberDescr).owner.name}' objects>`);
  M.descrGet = memberGet;
  M.descrSet = memberSet;
  defGetSet(M, '__name__', (o) => internStr((o as PyMemberDescr).name));
  defGetSet(M, '__qualname__', (o) => newStr(`${(o as PyMemberDescr).owner.qualname}.${(o as PyMemberDescr).name}`));
  defGetSet(M, '__objclass__', (o) => inc((o as PyMemberDescr).owner));
  defGetSet(M, '__doc__', () => newNone());
  M.dealloc = (o) => decref((o as PyMemberDescr).owner);
  M.traverse = (o, visit) => visit((o as PyMemberDescr).owner);
  exposeSlots(M);
  memberDescr.f = (t, name, index) => {
    t.rc++;
    return slotMember(t, name, index);
  };
}

// ---------------------------------------------------------------- bound method

export class PyMethod extends PyObject {
  /** Both owned. */
  func: PyObject;
  self: PyObject;
  constructor(func: PyObject, self: PyObject) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = MethodType;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, MethodType);
    this.func = func;
    this.self = self;
  }
}

/** A bound method of func to self (PyMethod_New): takes new references to both. */
export function newMethod(func: PyObject, self: PyObject): PyMethod {
  return new PyMethod(inc(func), inc(self));
}

/** The method's own attributes (__func__, __self__, __doc__ ...), then its function's (method_getattro). */
function methodGetattro(o: PyObject, name: PyObject): PyObject | null {
  const descr = MethodType.lookup((name as PyStr).v);
  if (descr !== null) {
    const get = descr.type.descrGet;
    return get !== null ? get(descr, o, MethodType) : inc(descr);
  }
  const f = (o as PyMethod).func;
  const r = f.type.getattro!(f, name);
  // The error names the function: "'function' object has no attribute 'x'".
  if (r === null && lastAttributeError.e === null) lastAttributeError.e = noAttribute(f, name as PyStr);
  return r;
}

function methodCall(o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const m = o as PyMethod;
  const f = m.func;
  if (f.type === FunctionType) return callFunctionBorrowed(f as PyFunction, [m.self, ...args], kwnames);
  return call(f, [m.self, ...args], kwnames);
}

/** The name a method's repr shows: __qualname__, else __name__, else '?'. */
function methodName(f: PyObject): string {
  let n = getattrOrNull(f, nameStr('__qualname__'));
  if (n === null) n = getattrOrNull(f, nameStr('__name__'));
  if (n === null) return '?';
  const s = n instanceof PyStr ? n.v : '?';
  decref(n);
  return s;
}

function methodRepr(o: PyObject): PyObject {
  const m = o as PyMethod;
  return newStr(`<bound method ${methodName(m.func)} of ${reprJS(m.self)}>`);
}

/** Equal when bound to the same object (identity, since 3.8) and equal functions. */
function methodCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if ((op !== Op.EQ && op !== Op.NE) || !(a instanceof PyMethod) || !(b instanceof PyMethod)) return inc(NotImplemented);
  const eq = a.self === b.self && compareBool(a.func, b.func, Op.EQ);
  return newBool(op === Op.EQ ? eq : !eq);
}

/** hash(self's address) ^ hash(func), over the full 64 bits (method_hash). */
function methodHash(o: PyObject): number {
  const m = o as PyMethod;
  const x = hashPointer(m.self);
  const xhi = HASH.hi;
  const y = hashOf(m.func);
  let lo = x ^ y;
  const hi = xhi ^ HASH.hi;
  if (lo === -1 && hi === -1) lo = -2;
  HASH.hi = hi;
  return lo;
}

function initMethod(): void {
  const M = MethodType;
  M.getattro = methodGetattro;
  M.call = methodCall;
  M.repr = methodRepr;
  M.richcompare = methodCompare;
  M.hash = methodHash;
  // Pickled (and copied) as getattr(self, name), with the running frame's getattr.
  defMethod(M, '__reduce__', (s, a, k) => {
    checkArgs('__reduce__', a, k, 0, 0);
    const m = s as PyMethod;
    const name = getattr(m.func, nameStr('__name__'));
    const builtins = ts.frame === null ? null : ts.frame.func.builtins;
    const ga = builtins === null ? null : dictGetStr(builtins, nameStr('getattr'));
    if (ga === null) {
      decref(name);
      throw runtimeError('lost builtins.getattr');
    }
    ga.rc++;
    m.self.rc++;
    return newTuple([ga, newTuple([m.self, name])]);
  });
  M.new_ = (_t, a, k) => {
    unpackTuple('method', a, k, 2, 2);
    if (a[0].type.call === null) throw typeError('first argument must be callable');
    if (a[1] === None) throw typeError('instance must not be None');
    return newMethod(a[0], a[1]);
  };
  M.dealloc = (o) => {
    const m = o as PyMethod;
    decref(m.func);
    decref(m.self);
  };
  M.traverse = (o, visit) => {
    visit((o as PyMethod).func);
    visit((o as PyMethod).self);
  };
  defMember(M, '__func__', (o) => inc((o as PyMethod).func));
  defMember(M, '__self__', (o) => inc((o as PyMethod).self));
  defGetSet(M, '__doc__', (o) => getattr((o as PyMethod).func, nameStr('__doc__')));
  exposeSlots(M);
}

// ---------------------------------------------------------------- classmethod, staticmethod

/** A classmethod or staticmethod: the wrapped callable and the __dict__ that functools-style wrapping fills. */
export class PyCallableWrapper extends PyObject {
  callable: PyObject | null = null;
  dict: PyDict | null = null;
}

/** A new, uninitialised instance (PyType_GenericNew): a heap subclass's instance carries its dict and slots. */
function allocOf(t: PyType, Cls: new (t: PyType) => PyObject): PyObject {
  return t.heapType ? allocInstance(t) : new Cls(t);
}

/** classmethod(f) / staticmethod(f) from C (PyClassMethod_New): steals f, copies no attributes. */
function wrapCallable(t: PyType, f: PyObject): PyCallableWrapper {
  const w = new PyCallableWrapper(t);
  w.callable = f;
  return w;
}

/** The attributes functools.wraps would copy, from the callable into the wrapper (functools_wraps, 3.10+). */
const WRAPPER_ASSIGNMENTS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/** PyArg_UnpackTuple's checks: no keywords, and "classmethod expected 1 argument, got 0". */
function unpackTuple(name: string, args: PyObject[], kwnames: string[] | null, min: number, max: number): void {
  noKw(name, kwnames);
  const n = args.length;
  if (n >= min && n <= max) return;
  const bound = min === max ? `${min}` : n < min ? `at least ${min}` : `at most ${max}`;
  const count = n < min ? min : max;
  throw typeError(`${name} expected ${bound} argument${count === 1 ? '' : 's'}, got ${n}`);
}

function wrapperInit(name: string) {
  return (self: PyObject, args: PyObject[], kwnames: string[] | null): void => {
    unpackTuple(name, args, kwnames, 1, 1);
    const w = self as PyCallableWrapper;
    const f = args[0];
    const old = w.callable;
    w.callable = inc(f);
    xdecref(old);
    for (const attr of WRAPPER_ASSIGNMENTS) {
      const v = getattrOrNull(f, nameStr(attr));
      if (v === null) continue;
      try {
        setattr(w, nameStr(attr), v);
      } finally {
        decref(v);
      }
    }
  };
}

function wrapped(o: PyObject, what: string): PyObject {
  const f = (o as PyCallableWrapper).callable;
  if (f === null) throw runtimeError(`uninitialized ${what} object`);
  return f;
}

/** _PyObject_IsAbstract: the truth of o.__isabstractmethod__, False when it has none. */
function isAbstract(o: PyObject | null): boolean {
  if (o === null) return false;
  const v = getattrOrNull(o, nameStr('__isabstractmethod__'));
  if (v === null) return false;
  try {
    return isTrue(v);
  } finally {
    decref(v);
  }
}

function defWrapperType(T: PyType, what: string): void {
  T.jsClass = PyCallableWrapper;
  T.new_ = (t) => allocOf(t as PyType, PyCallableWrapper);
  T.init = wrapperInit(what);
  T.repr = (o) => {
    const f = (o as PyCallableWrapper).callable;
    return newStr(`<${what}(${f === null ? 'NULL' : reprJS(f)})>`);
  };
  T.dealloc = (o) => {
    const w = o as PyCallableWrapper;
    xdecref(w.callable);
    xdecref(w.dict);
  };
  T.traverse = (o, visit) => {
    const w = o as PyCallableWrapper;
    if (w.callable) visit(w.callable);
    if (w.dict) visit(w.dict);
  };
  T.clear = (o) => {
    const w = o as PyCallableWrapper;
    const c = w.callable;
    const d = w.dict;
    w.callable = null;
    w.dict = null;
    xdecref(c);
    xdecref(d);
  };
  const callable = (o: PyObject) => {
    const f = (o as PyCallableWrapper).callable;
    return f === null ? null : inc(f);
  };
  defMember(T, '__func__', callable);
  defMember(T, '__wrapped__', callable);
  defGetSet(T, '__isabstractmethod__', (o) => newBool(isAbstract((o as PyCallableWrapper).callable)));
  defGetSet(T, '__dict__', (o) => {
    const w = o as PyCallableWrapper;
    w.dict ??= newDict();
    return inc(w.dict);
  }, (o, v) => {
    if (v === null) throw typeError('cannot delete __dict__');
    if (!(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.type.name}'`);
    const w = o as PyCallableWrapper;
    const old = w.dict;
    w.dict = inc(v);
    xdecref(old);
  });
}

function initClassStaticMethod(): void {
  defWrapperType(ClassMethodType, 'classmethod');
  // Bound to the class; a wrapped descriptor (a property, 3.9-3.11) binds to it instead (cm_descr_get).
  ClassMethodType.descrGet = (d, obj, type) => {
    const f = wrapped(d, 'classmethod');
    const cls = type ?? obj!.type;
    const get = f.type.descrGet;
    if (get !== null) return get(f, cls, cls);
    return newMethod(f, cls);
  };
  exposeSlots(ClassMethodType);

  defWrapperType(StaticMethodType, 'staticmethod');
  StaticMethodType.descrGet = (d) => inc(wrapped(d, 'staticmethod'));
  // Callable since 3.10.
  StaticMethodType.call = (o, args, kwnames) => call(wrapped(o, 'staticmethod'), args, kwnames);
  exposeSlots(StaticMethodType);

  // type_new wraps __init_subclass__ and __class_getitem__ in classmethod, __new__ in staticmethod.
  wrapClassMethod.f = (f) => wrapCallable(ClassMethodType, f);
  wrapStaticMethod.f = (f) => wrapCallable(StaticMethodType, f);
}

// ---------------------------------------------------------------- property

export class PyProperty extends PyObject {
  fget: PyObject | null = null;
  fset: PyObject | null = null;
  fdel: PyObject | null = null;
  doc: PyObject | null = null;
  /** The attribute name from __set_name__, for error messages. */
  name: PyObject | null = null;
  /** The doc came from fget: a copy made by getter/setter/deleter takes the new getter's. */
  getterDoc = false;
}

/** "property 'x' of 'C' object has no setter", as precise as what is known. */
function propertyError(p: PyProperty, obj: PyObject, what: string): PyObject {
  const owner = reprStr(obj.type.qualname);
  if (p.name !== null) return attributeError(`property ${reprJS(p.name)} of ${owner} object has no ${what}`);
  return attributeError(`property of ${owner} object has no ${what}`);
}

function propertyGet(d: PyObject, obj: PyObject | null): PyObject {
  const p = d as PyProperty;
  if (obj === null) return inc(d);
  if (p.fget === null) throw propertyError(p, obj, 'getter');
  return call(p.fget, [obj]);
}

function propertySet(d: PyObject, obj: PyObject, v: PyObject | null): void {
  const p = d as PyProperty;
  const f = v === null ? p.fdel : p.fset;
  if (f === null) throw propertyError(p, obj, v === null ? 'deleter' : 'setter');
  decref(call(f, v === null ? [obj] : [obj, v]));
}

const replaceField = (p: PyProperty, key: 'fget' | 'fset' | 'fdel' | 'doc' | 'name', v: PyObject | null): void => {
  const old = p[key];
  p[key] = v === null ? null : inc(v);
  xdecref(old);
};

/** property.__init__(fget=None, fset=None, fdel=None, doc=None), as 3.11's property_init_impl. */
function propertyInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  const p = self as PyProperty;
  const [fget, fset, fdel, doc] = unpackArgs('property', args, kwnames, ['fget', 'fset', 'fdel', 'doc'], 0, 4, 0)
    .map((v) => (v === None ? null : v));
  replaceField(p, 'fget', fget);
  replaceField(p, 'fset', fset);
  replaceField(p, 'fdel', fdel);
  replaceField(p, 'doc', doc);
  p.getterDoc = false;
  if (doc !== null || fget === null) return;
  const getDoc = getattrOrNull(fget, nameStr('__doc__'));
  if (getDoc === null) return;
  try {
    if (p.type === PropertyType) replaceField(p, 'doc', getDoc);
    // A subclass's instance keeps the doc in its __dict__: its class's __doc__ would shadow the field.
    else setattr(p, nameStr('__doc__'), getDoc);
  } finally {
    decref(getDoc);
  }
  p.getterDoc = true;
}

/** getter/setter/deleter: a copy of the property (of its own type) with one function replaced. */
function propertyCopy(p: PyProperty, which: 0 | 1 | 2, f: PyObject): PyObject {
  const funcs = [p.fget, p.fset, p.fdel].map((x) => x ?? None);
  if (f !== None) funcs[which] = f;
  // A doc taken from the old getter is taken afresh from the new one.
  const doc = p.getterDoc && funcs[0] !== None ? None : p.doc ?? None;
  const copy = call(p.type, [...funcs, doc]);
  if (copy instanceof PyProperty) replaceField(copy, 'name', p.name);
  return copy;
}

function initProperty(): void {
  const P = PropertyType;
  P.jsClass = PyProperty;
  P.new_ = (t) => allocOf(t as PyType, PyProperty);
  P.init = propertyInit;
  P.descrGet = propertyGet;
  P.descrSet = propertySet;
  P.dealloc = (o) => {
    const p = o as PyProperty;
    xdecref(p.fget);
    xdecref(p.fset);
    xdecref(p.fdel);
    xdecref(p.doc);
    xdecref(p.name);
  };
  P.traverse = (o, visit) => {
    const p = o as PyProperty;
    if (p.fget) visit(p.fget);
    if (p.fset) visit(p.fset);
    if (p.fdel) visit(p.fdel);
    if (p.doc) visit(p.doc);
    if (p.name) visit(p.name);
  };
  P.clear = (o) => {
    const p = o as PyProperty;
    const d = p.doc;
    p.doc = null;
    xdecref(d);
  };
  const field = (key: 'fget' | 'fset' | 'fdel') => (o: PyObject) => {
    const v = (o as PyProperty)[key];
    return v === null ? null : inc(v);
  };
  defMember(P, 'fget', field('fget'));
  defMember(P, 'fset', field('fset'));
  defMember(P, 'fdel', field('fdel'));
  defMember(P, '__doc__', (o) => {
    const v = (o as PyProperty).doc;
    return v === null ? null : inc(v);
  }, (o, v) => replaceField(o as PyProperty, 'doc', v));
  defGetSet(P, '__isabstractmethod__', (o) => {
    const p = o as PyProperty;
    return newBool(isAbstract(p.fget) || isAbstract(p.fset) || isAbstract(p.fdel));
  });
  (['getter', 'setter', 'deleter'] as const).forEach((name, which) => {
    defMethod(P, name, (s, a, k) => {
      checkArgs(`property.${name}`, a, k, 1, 1);
      return propertyCopy(s as PyProperty, which as 0 | 1 | 2, a[0]);
    });
  });
  defMethod(P, '__set_name__', (s, a, k) => {
    noKw('__set_name__', k);
    if (a.length !== 2) throw typeError(`__set_name__() takes 2 positional arguments but ${a.length} were given`);
    replaceField(s as PyProperty, 'name', a[1]);
    return newNone();
  });
  exposeSlots(P);
}

// ---------------------------------------------------------------- super

export class PySuper extends PyObject {
  /** The class after which the MRO search starts (super's first argument). */
  thisclass: PyType | null;
  /** The bound object (an instance, or a class for classmethods), or null when unbound. */
  obj: PyObject | null;
  /** The type whose MRO is searched: type(obj), or obj itself when obj is a class. */
  objType: PyType | null;
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
    this.thisclass = null;
    this.obj = null;
    this.objType = null;
  }
}

/** supercheck: the type whose MRO super(t, obj) searches. */
function superCheck(t: PyType, obj: PyObject): PyType {
  if (obj instanceof PyType && obj.isSubtype(t)) return obj;
  if (obj.type.isSubtype(t)) return obj.type;
  // A proxy may claim a class through __class__.
  const cls = getattrOrNull(obj, nameStr('__class__'));
  if (cls !== null) {
    decref(cls);
    if (cls instanceof PyType && cls !== obj.type && cls.isSubtype(t)) return cls;
  }
  throw typeError('super(type, obj): obj must be an instance or subtype of type');
}

/**
 * Zero-argument super(): the calling frame's first argument and its __class__
 * cell, which the compiler makes a free variable of every method that uses super.
 */
function superArgsFromFrame(): [PyType, PyObject] {
  const fr = ts.frame;
  if (fr === null) throw runtimeError('super(): no current frame');
  const code = fr.code;
  if (code.argcount === 0 || fr.snapshot === null) throw runtimeError('super(): no arguments');
  const locals = fr.snapshot();
  const names = fr.localNames;
  const first = code.varnames[0];
  let obj = locals[names.indexOf(first)];
  // An argument that a nested function captures lives in a cell.
  if (obj instanceof PyCell && code.cellvars.includes(first)) obj = obj.ref;
  if (obj === null) throw runtimeError('super(): arg[0] deleted');
  const k = code.freevars.indexOf('__class__');
  if (k < 0) throw runtimeError('super(): __class__ cell not found');
  const cell = locals[names.length - code.freevars.length + k];
  if (!(cell instanceof PyCell)) throw runtimeError('super(): bad __class__ cell');
  const t = cell.ref;
  if (t === null) throw runtimeError('super(): empty __class__ cell');
  if (!(t instanceof PyType)) throw runtimeError(`super(): __class__ is not a type (${t.type.name})`);
  return [t, obj];
}

function superInit(self: PyObject, args: PyObject[], kwnames: string[] | null): void {
  if (kwnames !== null && kwnames.length > 0) throw typeError('super() takes no keyword arguments');
  if (args.length > 2) throw typeError(`super() expected at most 2 arguments, got ${args.length}`);
  let t: PyObject;
  let obj: PyObject | null;
  if (args.length === 0) [t, obj] = superArgsFromFrame();
  else {
    t = args[0];
    obj = args.length > 1 && args[1] !== None ? args[1] : null;
  }
  if (!(t instanceof PyType)) throw typeError(`super() argument 1 must be a type, not ${t.type.name}`);
  const objType = obj === null ? null : superCheck(t, obj);
  const s = self as PySuper;
  const old = [s.thisclass, s.obj, s.objType];
  s.thisclass = inc(t);
  s.obj = obj === null ? null : inc(obj);
  s.objType = objType === null ? null : inc(objType);
  for (const o of old) xdecref(o);
}

/** Look the name up in the MRO of obj's type after thisclass, binding what is found (super_getattro). */
function superGetattro(o: PyObject, name: PyObject): PyObject | null {
  const s = o as PySuper;
  const start = s.objType;
  const n = (name as PyStr).v;
  // super().__class__ is the super object's own class.
  if (start !== null && n !== '__class__') {
    const mro = start.mro;
    let i = mro.indexOf(s.thisclass!) + 1;
    if (i === 0) i = mro.length;
    for (; i < mro.length; i++) {
      const v = mro[i].attrs.get(n);
      if (v === undefined) continue;
      const get = v.type.descrGet;
      if (get === null) return inc(v);
      // Found for a class (super(C, C).f) it is looked up on the class: no instance.
      return get(v, s.obj === start ? null : s.obj, start);
    }
  }
  return genericGetAttr(o, name);
}

function superRepr(o: PyObject): PyObject {
  const s = o as PySuper;
  const cls = s.thisclass === null ? 'NULL' : s.thisclass.name;
  if (s.objType !== null) return newStr(`<super: <class '${cls}'>, <${s.objType.name} object>>`);
  return newStr(`<super: <class '${cls}'>, NULL>`);
}

/** An unbound super bound by descriptor access: super(C).__get__(obj). */
function superDescrGet(d: PyObject, obj: PyObject | null): PyObject {
  const s = d as PySuper;
  if (obj === null || s.obj !== null) return inc(d);
  return call(s.type, [s.thisclass ?? None, obj]);
}

function initSuper(): void {
  const S = SuperType;
  S.jsClass = PySuper;
  S.new_ = (t) => allocOf(t as PyType, PySuper);
  S.init = superInit;
  S.getattro = superGetattro;
  S.repr = superRepr;
  S.descrGet = superDescrGet;
  S.dealloc = (o) => {
    const s = o as PySuper;
    xdecref(s.obj);
    xdecref(s.thisclass);
    xdecref(s.objType);
  };
  const field = (key: 'thisclass' | 'obj' | 'objType') => (o: PyObject) => {
    const v = (o as PySuper)[key];
    return v === null ? null : inc(v);
  };
  defMember(S, '__thisclass__', field('thisclass'));
  defMember(S, '__self__', field('obj'));
  defMember(S, '__self_class__', field('objType'));
  exposeSlots(S);
}

// ---------------------------------------------------------------- class creation: __set_name__, __init_subclass__

/** type_new_set_names: call __set_name__(cls, name) on every attribute whose type has one. */
function setNames(t: PyType): void {
  // Over a copy: __set_name__ may change the class's attributes.
  const entries = [...t.attrs].map(([k, v]) => [k, inc(v)] as const);
  try {
    for (const [key, value] of entries) {
      const setName = value.type.lookup('__set_name__');
      if (setName === null) continue;
      const get = setName.type.descrGet;
      const bound = get === null ? inc(setName) : get(setName, value, value.type);
      const keyStr = internStr(key);
      try {
        decref(call(bound, [t, keyStr]));
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        // 3.11 wraps the error (3.12 adds a note instead).
        const err = newException(RuntimeErrorType,
          `Error calling __set_name__ on '${value.type.name}' instance ${reprJS(keyStr)} in '${t.name}'`);
        err.cause = e;
        err.context = inc(e);
        err.suppressContext = true;
        throw err;
      } finally {
        decref(keyStr);
        decref(bound);
      }
    }
  } finally {
    for (const [, v] of entries) decref(v);
  }
}

/** type_new_init_subclass: super(cls, cls).__init_subclass__(**kwargs). */
function initSubclass(t: PyType, kwvalues: PyObject[], kwnames: string[]): void {
  const sup = call(SuperType, [t, t]);
  try {
    const f = getattr(sup, nameStr('__init_subclass__'));
    try {
      decref(call(f, kwvalues, kwnames.length > 0 ? kwnames : null));
    } finally {
      decref(f);
    }
  } finally {
    decref(sup);
  }
}

// ---------------------------------------------------------------- builtin_function_or_method attributes

/** __qualname__ of a built-in function or method (meth_get__qualname__): 'len', 'list.append', 'dict.fromkeys'. */
function builtinQualname(b: PyBuiltin): string {
  const self = b.self;
  if (self === null || self instanceof PyModule) return b.name;
  const t = self instanceof PyType ? self : self.type;
  return `${t.qualname}.${b.name}`;
}

/** Equal when they are the same function bound to the same object (meth_richcompare). */
function builtinCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if ((op !== Op.EQ && op !== Op.NE) || !(a instanceof PyBuiltin) || !(b instanceof PyBuiltin)) return inc(NotImplemented);
  const eq = a.self === b.self && a.fn === b.fn;
  return newBool(op === Op.EQ ? eq : !eq);
}

function initBuiltinAttrs(): void {
  const B = BuiltinFunctionType;
  B.richcompare = builtinCompare;
  defGetSet(B, '__name__', (o) => newStr((o as PyBuiltin).name));
  defGetSet(B, '__qualname__', (o) => newStr(builtinQualname(o as PyBuiltin)));
  defGetSet(B, '__self__', (o) => inc((o as PyBuiltin).self ?? None));
  defGetSet(B, '__module__', (o) => {
    const m = (o as PyBuiltin).module;
    return m === null ? newNone() : newStr(m);
  });
  // pyheap keeps no docstrings of built-ins.
  defGetSet(B, '__doc__', () => newNone());
  defGetSet(B, '__text_signature__', () => newNone());
  exposeSlots(B);
  // method-wrapper (a slot wrapper bound to an object): callable, so it has __call__ too
  const W = MethodWrapperType;
  W.richcompare = builtinCompare;
  defGetSet(W, '__name__', (o) => newStr((o as PyBuiltin).name));
  defGetSet(W, '__qualname__', (o) => newStr(builtinQualname(o as PyBuiltin)));
  defGetSet(W, '__self__', (o) => inc((o as PyBuiltin).self ?? None));
  defGetSet(W, '__objclass__', (o) => inc((o as PyBuiltin).descr?.owner ?? None));
  exposeSlots(W);
  // the descriptors of built-in methods (list.append, int.__add__, dict.fromkeys)
  for (const D of [MethodDescrType, WrapperDescrType, ClassMethodDescrType]) {
    defGetSet(D, '__name__', (o) => newStr((o as PyMethodDescr).name));
    defGetSet(D, '__qualname__', (o) => newStr(`${(o as PyMethodDescr).owner.name}.${(o as PyMethodDescr).name}`));
    defGetSet(D, '__objclass__', (o) => inc((o as PyMethodDescr).owner));
    exposeSlots(D);
  }
}

// ---------------------------------------------------------------- init

export function initMethods(): void {
  initMemberDescr();
  initMethod();
  initClassStaticMethod();
  initProperty();
  initSuper();
  initBuiltinAttrs();
  afterClassCreated.f = (t, kwvalues, kwnames) => {
    setNames(t);
    initSubclass(t, kwvalues, kwnames);
  };
}

