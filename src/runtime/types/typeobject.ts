// `object` and `type` (Objects/typeobject.c): generic attribute access, class
// creation with the C3 MRO, and the slots of classes defined in Python.
//
// A class statement's type gets its slots by CPython's update_one_slot rule:
// for each slot, find the dunder along the MRO; a built-in type's own slot
// wrapper means "inherit the native slot", anything else (a Python function,
// a descriptor) means "call the dunder". So `class L(list): pass` indexes at
// native speed, and defining `__getitem__` reroutes only that slot.

import { PyObject, objectAllocated, decref, xdecref, releaseAll } from '../object.js';
import { PyType, ObjectType, TypeType, builtinTypes, typeModified, allTypesModified, type BinarySlot } from '../type.js';
import { PyStr, internStr, newStr, compareCodePoints, nameStr } from './str.js';
import { reprStr } from '../../common/repr.js';
import { isIdStart, isIdContinue } from '../../common/unicode.js';
import { PyDict, newDict, dictGetStr, dictSet, dictDel, SharedKeys, clearInstanceValues, dictEntryCount, dictKeyAt,
  dictKeyList, dictValueAt } from './dict.js';
import { ts } from './frame.js';
import { PyTuple, newTuple, TupleType } from './tuple.js';
import { DictType } from './dict.js';
import { quietNext, gcTrack, gcUntrack, mayBeTracked, gcVirtualAlloc, gcVirtualFree, gcHooks, gcWeight,
  countAlloc, VIRTUAL, FINALIZED, gcSetFlag, gcClearFlag, type Visit } from '../gc.js';
import { newList } from './list.js';
import { PyInt, IntType } from './int.js';
import { None, NotImplemented, newNone } from './none.js';
import { True, False, newBool } from './bool.js';
import { realIsInstance, realIsSubclass } from '../subclasscheck.js';
import { PyFunction, FunctionType, PyCell, callFunctionBorrowed } from './function.js';
import { PyBuiltin, PyMethodDescr, PyGetSet, BuiltinFunctionType, WrapperDescrType, MethodDescrType,
  ClassMethodDescrType, type NativeFn, checkArgs, wrapperArgs, wrapperUnpack, badArgument } from './builtinfunc.js';
import { HASH, splitHash } from '../hashing.js';
import { hashPointer, addressHex, heapTrace, traceBlock } from '../heap.js';
import { nextNotImplemented, call, isTrue, noAttribute, getattrOrNull, getIter, iterNext, lastAttributeError, lastStopIteration,
  setStopIteration, reprJS, Op, Bin, BIN_DUNDER } from '../abstract.js';

export { lastAttributeError };
import { typeError, attributeError, valueError, stopIteration } from '../errors.js';
import { StopIterationType, PyBaseException, BaseExceptionType } from './exceptions.js';
import { argTuple, kwDict, unpackKeywords, releaseUnpacked, tpNewWrapper } from '../argtuple.js';

/** An instance of a class defined in Python (deriving from object only). */
export class PyInstance extends PyObject {
  dict: PyDict | null;
  /** __slots__ storage, by slot index. */
  slots: (PyObject | null)[] | null;
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
    this.dict = null;
    this.slots = null;
  }
}

/**
 * The instance dict of o if its type has one, creating it on first use. An
 * instance of a class deriving from object keeps its attributes as inline
 * values in CPython 3.11, not in a dict object: its dict is VIRTUAL (not
 * counted nor tracked) until something reads __dict__ (materializeDict).
 */
export function instanceDict(o: PyObject): PyDict | null {
  const io = o as PyObject & { dict?: PyDict | null };
  if (io.dict === undefined) return null;
  if (io.dict === null) {
    if (!o.type.hasDict) return null;
    if (o instanceof PyInstance) quietNext();
    io.dict = newDict();
    // The inline values of an instance of a class with a managed dict: a split table.
    if (o instanceof PyInstance) io.dict.shared = o.type.sharedKeys;
  }
  return io.dict;
}

/** make_dict_from_instance_attributes: the inline values become a dict object, tracked if a value may be. */
function materializeDict(d: PyDict): void {
  if (!(d.gcFlags! & VIRTUAL)) return;
  gcClearFlag(d, VIRTUAL);
  const reused = DictType.freelist!.pop(0);
  if (!reused) countAlloc();
  if (heapTrace.on) heapTrace.tracer!.newObject(d, reused ? DictType.freelist : null, 0);
  for (let i = 0; i < dictEntryCount(d); i++) {
    const v = dictValueAt(d, i);
    if (v !== null && mayBeTracked(v)) {
      gcTrack(d);
      break;
    }
  }
}

/** A dict that stands for inline values: what subtype_traverse visits in its place. */
function visitInline(d: PyDict, visit: Visit): void {
  for (let i = 0; i < dictEntryCount(d); i++) {
    const v = dictValueAt(d, i);
    if (v !== null) visit(v);
  }
}

/** The nearest base that is not a class statement's: its traverse and clear handle the built-in part. */
function builtinBase(t: PyType): PyType {
  let b = t.base!;
  while (b.heapType) b = b.base!;
  return b;
}

/** subtype_traverse: __slots__, the inline values or the dict, the class, then the built-in base's referents. */
function subtypeTraverse(o: PyObject, visit: Visit): void {
  const i = o as PyInstance;
  const slots = i.slots;
  if (slots) {
    for (let k = 0; k < slots.length; k++) {
      const v = slots[k];
      if (v !== null) visit(v);
    }
  }
  const d = i.dict;
  if (d) {
    if (d.gcFlags! & VIRTUAL) visitInline(d, visit);
    else visit(d);
  }
  visit(o.type);
  const bt = builtinBase(o.type).traverse;
  if (bt !== null) bt(o, visit);
}

/** subtype_clear: __slots__, then the inline values or the dict, then the built-in base's clear. */
function subtypeClear(o: PyObject): void {
  const i = o as PyInstance;
  const slots = i.slots;
  if (slots) {
    for (let k = 0; k < slots.length; k++) {
      const v = slots[k];
      slots[k] = null;
      xdecref(v);
    }
  }
  const d = i.dict;
  if (d) {
    if (d.gcFlags! & VIRTUAL) {
      clearInstanceValues(d);
    } else {
      i.dict = null;
      decref(d);
    }
  }
  const bc = builtinBase(o.type).clear;
  if (bc !== null) bc(o);
}

/** tp_finalize of a class with __del__ (PEP 442): called once, by the collector or at deallocation. */
function subtypeFinalize(o: PyObject): void {
  const del = o.type.lookup('__del__');
  if (del === null) return;
  try {
    decref(callBound(del, o, []));
  } catch (e) {
    reportUnraisable.f(e, del);
  }
}

// ---------------------------------------------------------------- attribute access

/** PyObject_GenericGetAttr: data descriptors, then the instance dict, then other class attributes. */
export function genericGetAttr(o: PyObject, name: PyObject): PyObject | null {
  const n = name as PyStr;
  const type = o.type;
  const descr = type.lookup(n.v);
  let get: ((d: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | null = null;
  if (descr !== null) {
    get = descr.type.descrGet;
    if (get !== null && descr.type.descrSet !== null) return get(descr, o, type);
  }
  const d = (o as { dict?: PyDict | null }).dict;
  if (d != null) {
    const v = dictGetStr(d, n);
    if (v !== null) {
      v.rc++;
      return v;
    }
  }
  if (descr !== null) {
    if (get !== null) return get(descr, o, type);
    descr.rc++;
    return descr;
  }
  return null;
}

export function genericSetAttr(o: PyObject, name: PyObject, v: PyObject | null): void {
  const n = name as PyStr;
  const type = o.type;
  const descr = type.lookup(n.v);
  if (descr !== null && descr.type.descrSet !== null) {
    descr.type.descrSet(descr, o, v);
    return;
  }
  const d = instanceDict(o);
  if (d === null) {
    if (descr === null) throw attributeError(`'${type.name}' object has no attribute '${n.v}'`);
    throw attributeError(`'${type.name}' object attribute '${n.v}' is read-only`);
  }
  if (v === null) {
    if (!dictDel(d, n)) throw attributeError(`'${type.name}' object has no attribute '${n.v}'`);
  } else {
    dictSet(d, n, v);
  }
}

/** type_getattro: the metatype's data descriptors, then the type's own MRO, then the metatype. */
function typeGetAttr(o: PyObject, name: PyObject): PyObject | null {
  const t = o as PyType;
  const n = name as PyStr;
  const meta = t.type;
  const metaAttr = meta.lookup(n.v);
  let metaGet: ((d: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | null = null;
  if (metaAttr !== null) {
    metaGet = metaAttr.type.descrGet;
    if (metaGet !== null && metaAttr.type.descrSet !== null) return metaGet(metaAttr, t, meta);
  }
  const attr = t.lookup(n.v);
  if (attr !== null) {
    const get = attr.type.descrGet;
    if (get !== null) return get(attr, null, t);
    attr.rc++;
    return attr;
  }
  if (metaGet !== null) return metaGet(metaAttr!, t, meta);
  if (metaAttr !== null) {
    metaAttr.rc++;
    return metaAttr;
  }
  return null;
}

function typeSetAttr(o: PyObject, name: PyObject, v: PyObject | null): void {
  const t = o as PyType;
  const n = name as PyStr;
  if (!t.heapType && !t.mutableAttrs) {
    throw typeError(`cannot set '${n.v}' attribute of immutable type '${t.name}'`);
  }
  const metaAttr = t.type.lookup(n.v);
  if (metaAttr !== null && metaAttr.type.descrSet !== null) {
    metaAttr.type.descrSet(metaAttr, t, v);
    return;
  }
  const old = t.attrs.get(n.v);
  if (v === null) {
    if (old === undefined) throw attributeError(`type object '${t.name}' has no attribute '${n.v}'`);
    t.attrs.delete(n.v);
    decref(old);
  } else {
    v.rc++;
    t.attrs.set(n.v, v);
    if (old !== undefined) decref(old);
  }
  // As type_setattro: the old value is released first, so a __del__ it runs
  // still finds it through the lookup caches; then the caches forget it.
  if (n.v === '__get__' || n.v === '__set__' || n.v === '__delete__') allTypesModified();
  else typeModified(t);
  if (n.v.startsWith('__') && n.v.endsWith('__')) updateSlotsTree(t);
}

// ---------------------------------------------------------------- calling methods by name

/** Call the method `name` found on o's type with o as self (borrowed args); null when there is none. */
export function callDunder(o: PyObject, name: string, args: PyObject[]): PyObject | null {
  const m = o.type.lookup(name);
  if (m === null) return null;
  return callBound(m, o, args);
}

/** Call the attribute m (found on o's type) as a method of o. */
export function callBound(m: PyObject, o: PyObject, args: PyObject[]): PyObject {
  if (m.type === FunctionType) return callFunctionBorrowed(m as PyFunction, [o, ...args], null);
  if (m instanceof PyMethodDescr) return m.fn(o, args, null);
  const get = m.type.descrGet;
  if (get === null) return call(m, args);
  const bound = get(m, o, o.type);
  try {
    return call(bound, args);
  } finally {
    decref(bound);
  }
}

// ---------------------------------------------------------------- slots of Python classes

type SlotName = 'repr' | 'str' | 'hash' | 'richcompare' | 'getattro' | 'setattro' | 'call' | 'iter' | 'next' |
  'descrGet' | 'descrSet' | 'init' | 'new_' | 'len' | 'getitem' | 'setitem' | 'contains' | 'bool' | 'index' |
  'int' | 'float' | 'neg' | 'pos' | 'invert' | 'abs';

function retStr(r: PyObject, what: string): PyObject {
  if (!(r instanceof PyStr)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`${what} returned non-string (type ${n})`);
  }
  return r;
}

const COMPARE_DUNDER = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];

const pySlots: Record<SlotName, { dunders: string[]; fn: unknown }> = {
  repr: { dunders: ['__repr__'], fn: (o: PyObject) => retStr(callDunder(o, '__repr__', [])!, '__repr__') },
  str: { dunders: ['__str__'], fn: (o: PyObject) => retStr(callDunder(o, '__str__', [])!, '__str__') },
  hash: {
    dunders: ['__hash__'],
    fn: (o: PyObject): number => {
      const r = callDunder(o, '__hash__', [])!;
      if (!(r instanceof PyInt)) {
        decref(r);
        throw typeError('__hash__ method should return an integer');
      }
      const v = r.v;
      // A value beyond Py_ssize_t hashes as that int would (slot_tp_hash).
      const big = typeof v === 'bigint' && BigInt.asIntN(64, v) !== v;
      let lo = big ? IntType.hash!(r) : splitHash(v);
      decref(r);
      if (lo === -1 && HASH.hi === -1) lo = -2;
      return lo;
    },
  },
  richcompare: {
    dunders: COMPARE_DUNDER,
    fn: (a: PyObject, b: PyObject, op: Op): PyObject => {
      const r = callDunder(a, COMPARE_DUNDER[op], [b]);
      if (r === null) {
        NotImplemented.rc++;
        return NotImplemented;
      }
      return r;
    },
  },
  getattro: { dunders: ['__getattribute__', '__getattr__'], fn: slotGetattr },
  setattro: { dunders: ['__setattr__', '__delattr__'], fn: slotSetattro },
  call: {
    dunders: ['__call__'],
    fn: slotCall,
  },
  iter: { dunders: ['__iter__'], fn: (o: PyObject) => callDunder(o, '__iter__', [])! },
  next: {
    dunders: ['__next__'],
    fn: (o: PyObject): PyObject | null => {
      try {
        return callDunder(o, '__next__', [])!;
      } catch (e) {
        // Kept for next() to re-raise: the exception may carry a value.
        if (e instanceof PyBaseException && e.type.isSubtype(StopIterationType)) {
          setStopIteration(e);
          return null;
        }
        throw e;
      }
    },
  },
  descrGet: {
    dunders: ['__get__'],
    fn: (d: PyObject, obj: PyObject | null, type: PyObject) => callDunder(d, '__get__', [obj ?? None, type])!,
  },
  descrSet: {
    dunders: ['__set__', '__delete__'],
    fn: (d: PyObject, obj: PyObject, v: PyObject | null): void => {
      const r = v === null ? callDunder(d, '__delete__', [obj]) : callDunder(d, '__set__', [obj, v]);
      if (r === null) throw attributeError(v === null ? '__delete__' : '__set__');
      decref(r);
    },
  },
  init: {
    dunders: ['__init__'],
    fn: (self: PyObject, args: PyObject[], kw: string[] | null): void => {
      const m = self.type.lookup('__init__')!;
      let r: PyObject;
      const names = unpackKeywords(self, args, kw);
      try {
        if (m.type === FunctionType) {
          r = callFunctionBorrowed(m as PyFunction, [self, ...args], kw);
        } else {
          const bound = m.type.descrGet !== null ? m.type.descrGet(m, self, self.type) : (m.rc++, m);
          try {
            r = call(bound, args, kw);
          } finally {
            decref(bound);
          }
        }
      } finally {
        releaseUnpacked(names, self, args);
      }
      if (r !== None) {
        const n = r.type.name;
        decref(r);
        throw typeError(`__init__() should return None, not '${n}'`);
      }
      r.rc--;
    },
  },
  new_: {
    dunders: ['__new__'],
    fn: (type: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
      // __new__ is a static method: the type is its first argument.
      const m = (type as PyType).lookup('__new__')!;
      const f = m.type.descrGet !== null ? m.type.descrGet(m, null, type) : (m.rc++, m);
      const names = unpackKeywords(type, args, kw);
      try {
        return call(f, [type, ...args], kw);
      } finally {
        releaseUnpacked(names, type, args);
        decref(f);
      }
    },
  },
  len: {
    dunders: ['__len__'],
    fn: (o: PyObject): number => {
      const r = callDunder(o, '__len__', [])!;
      const v = lenResult(r);
      return v;
    },
  },
  getitem: { dunders: ['__getitem__'], fn: (o: PyObject, k: PyObject) => callDunder(o, '__getitem__', [k])! },
  setitem: {
    dunders: ['__setitem__', '__delitem__'],
    fn: (o: PyObject, k: PyObject, v: PyObject | null): void => {
      const r = v === null ? callDunder(o, '__delitem__', [k]) : callDunder(o, '__setitem__', [k, v]);
      if (r === null) throw attributeError(v === null ? '__delitem__' : '__setitem__');
      decref(r);
    },
  },
  contains: {
    dunders: ['__contains__'],
    fn: (o: PyObject, k: PyObject): boolean => {
      const r = callDunder(o, '__contains__', [k])!;
      const t = isTrue(r);
      decref(r);
      return t;
    },
  },
  bool: {
    dunders: ['__bool__', '__len__'],
    fn: (o: PyObject): boolean => {
      let r = callDunder(o, '__bool__', []);
      if (r === null) {
        r = callDunder(o, '__len__', [])!;
        return lenResult(r) !== 0;
      }
      if (r !== True && r !== False) {
        const n = r.type.name;
        decref(r);
        throw typeError(`__bool__ should return bool, returned ${n}`);
      }
      r.rc--;
      return r === True;
    },
  },
  index: { dunders: ['__index__'], fn: (o: PyObject) => callDunder(o, '__index__', [])! },
  int: { dunders: ['__int__'], fn: (o: PyObject) => callDunder(o, '__int__', [])! },
  float: { dunders: ['__float__'], fn: (o: PyObject) => callDunder(o, '__float__', [])! },
  neg: { dunders: ['__neg__'], fn: (o: PyObject) => callDunder(o, '__neg__', [])! },
  pos: { dunders: ['__pos__'], fn: (o: PyObject) => callDunder(o, '__pos__', [])! },
  invert: { dunders: ['__invert__'], fn: (o: PyObject) => callDunder(o, '__invert__', [])! },
  abs: { dunders: ['__abs__'], fn: (o: PyObject) => callDunder(o, '__abs__', [])! },
};

function lenResult(r: PyObject): number {
  if (!(r instanceof PyInt)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`'${n}' object cannot be interpreted as an integer`);
  }
  const v = r.v;
  decref(r);
  if (v < 0) throw valueError('__len__() should return >= 0');
  if (typeof v === 'bigint') throw typeError("cannot fit 'int' into an index-sized integer");
  return v;
}

/** slot_tp_call: an instance whose class defines __call__, reached through tp_call. */
function slotCall(o: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  // Reached through tp_call: the argument tuple and keyword dict, then the keyword names unpacked for the method.
  const given = argTupleGiven.on;
  argTupleGiven.on = false;
  const npos = kw === null ? args.length : args.length - kw.length;
  const tup = npos > 0 && !given ? argTuple(args, npos) : null;
  const kwd = npos < args.length ? kwDict(args, kw!) : null;
  const names = unpackKeywords(o, args, kw);
  try {
    const m = o.type.lookup('__call__')!;
    if (m.type === FunctionType) return callFunctionBorrowed(m as PyFunction, [o, ...args], kw);
    const bound = m.type.descrGet !== null ? m.type.descrGet(m, o, o.type) : (m.rc++, m);
    try {
      return call(bound, args, kw);
    } finally {
      decref(bound);
    }
  } finally {
    releaseUnpacked(names, o, args);
    if (tup !== null) decref(tup);
    if (kwd !== null) decref(kwd);
  }
}

/** A Python class's setattro: its __setattr__ / __delattr__ (slot_tp_setattro). */
function slotSetattro(o: PyObject, name: PyObject, v: PyObject | null): void {
  const r = v === null ? callDunder(o, '__delattr__', [name]) : callDunder(o, '__setattr__', [name, v]);
  decref(r!);
}

/**
 * hackcheck: X.__setattr__(obj, ...) may not skip a C-level setattro that
 * obj's type (or a base between) defines over X's: object.__setattr__(str,
 * 'x', 1) would bypass type's own checks.
 */
function setattrHackcheck(self: PyObject, func: PyType['setattro'], what: string): void {
  const type = self.type;
  let defining: PyType = type;
  for (let i = type.mro.length - 1; i >= 0; i--) {
    const base = type.mro[i];
    if (base.setattro === slotSetattro) continue;
    if (base.setattro === type.setattro) {
      defining = base;
      break;
    }
  }
  for (let base: PyType | null = defining; base !== null; base = base.base) {
    if (base.setattro === func) return;
    if (base.setattro !== slotSetattro) throw typeError(`can't apply this ${what} to ${type.name} object`);
  }
}

function slotGetattr(o: PyObject, name: PyObject): PyObject | null {
  const ga = o.type.lookup('__getattribute__');
  let r: PyObject | null;
  try {
    r = ga === null || ga === objectGetattribute ? genericGetAttr(o, name) : callBound(ga, o, [name]);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtype(attributeErrorType()))) throw e;
    if (o.type.lookup('__getattr__') === null) throw e;
    decref(e);
    r = null;
  }
  if (r !== null) return r;
  const gattr = o.type.lookup('__getattr__');
  if (gattr === null) return null;
  try {
    return callBound(gattr, o, [name]);
  } catch (e) {
    // getattr(o, name, default) and hasattr treat the AttributeError as "absent".
    if (e instanceof PyBaseException && e.type.isSubtype(attributeErrorType())) {
      lastAttributeError.e = e;
      return null;
    }
    throw e;
  }
}


let attrErrType: PyType | null = null;
function attributeErrorType(): PyType {
  if (attrErrType === null) {
    const e = attributeError('');
    attrErrType = e.type;
    decref(e);
  }
  return attrErrType;
}

/** Binary operator slots: __op__ of the left operand, __rop__ of the right (SLOT1BINFULL). */
const binarySlotCache: BinarySlot[] = [];
function binarySlot(op: Bin): BinarySlot {
  const cached = binarySlotCache[op];
  if (cached) return cached;
  const name = `__${BIN_DUNDER[op]}__`;
  const rname = `__r${BIN_DUNDER[op]}__`;
  const slot: BinarySlot = (a, b) => {
    const ta = a.type;
    const tb = b.type;
    const doOther = ta !== tb && tb.nb[op] === slot && tb.lookup(rname) !== null;
    if (ta.nb[op] === slot) {
      if (doOther && tb.isSubtype(ta) && tb.lookup(rname) !== ta.lookup(rname)) {
        const r = callDunder(b, rname, [a])!;
        if (r !== NotImplemented) return r;
        decref(r);
        return callOrNotImplemented(a, name, b);
      }
      const r = callOrNotImplemented(a, name, b);
      if (r !== NotImplemented || ta === tb) return r;
      decref(r);
    }
    if (doOther) return callDunder(b, rname, [a])!;
    NotImplemented.rc++;
    return NotImplemented;
  };
  binarySlotCache[op] = slot;
  return slot;
}

function callOrNotImplemented(o: PyObject, name: string, arg: PyObject): PyObject {
  const r = callDunder(o, name, [arg]);
  if (r !== null) return r;
  NotImplemented.rc++;
  return NotImplemented;
}

function inplaceSlot(op: Bin): BinarySlot {
  const name = `__i${BIN_DUNDER[op]}__`;
  return (a, b) => callOrNotImplemented(a, name, b);
}

/** The native slot a built-in type exposes under a dunder, recorded by exposeSlot. */
interface SlotWrapper extends PyObject {
  owner: PyType;
  slotKey: string;
}

function isNativeWrapperFor(attr: PyObject, key: string): PyType | null {
  const w = attr as SlotWrapper;
  if ((attr.type === WrapperDescrType || attr.type === BuiltinFunctionType || attr.type === MethodDescrType) && w.slotKey === key) return w.owner;
  return null;
}

/** update_one_slot for every slot of a Python class. */
/** The names of the binary operators' dunders, by operator: __add__, __radd__, __iadd__. */
const NB_NAMES = BIN_DUNDER.map((d) => `__${d}__`);
const NB_RNAMES = BIN_DUNDER.map((d) => `__r${d}__`);
const NB_INAMES = BIN_DUNDER.map((d) => `__i${d}__`);

/**
 * Every name the classes of t's MRO define: most slots' dunders are in none
 * of them, and a class statement then skips their lookups (which would find
 * nothing) instead of walking the MRO for each.
 */
function namesInMro(t: PyType): Set<string> {
  const names = new Set<string>();
  for (const b of t.mro) for (const n of b.attrs.keys()) names.add(n);
  return names;
}

export function fixupSlots(t: PyType): void {
  const defined = namesInMro(t);
  const lookup = (name: string): PyObject | null => defined.has(name) ? t.lookup(name) : null;
  for (const key of Object.keys(pySlots) as SlotName[]) {
    const { dunders, fn } = pySlots[key];
    let found: PyObject | null = null;
    let native: PyType | null = null;
    for (const d of dunders) {
      const a = lookup(d);
      if (a === null) continue;
      const owner = isNativeWrapperFor(a, key);
      if (owner !== null) {
        if (native === null && found === null) native = owner;
        continue;
      }
      found = a;
      break;
    }
    const tt = t as unknown as Record<string, unknown>;
    // A dunder set to None blocks the operation: `__hash__ = None` makes the type unhashable,
    // `__iter__ = None` not iterable (no fallback to __getitem__, as slot_tp_iter).
    if (key === 'hash' && found === None) {
      tt.hash = null;
    } else if (key === 'iter' && found === None) {
      tt.iter = notIterable;
    } else if (found !== null) {
      tt[key] = key === 'getattro' && found === objectGetattribute && lookup('__getattr__') === null ? genericGetAttr : fn;
    } else if (native !== null) {
      tt[key] = (native as unknown as Record<string, unknown>)[key];
    } else {
      const v = inheritedSlot(t, key);
      // A class that loses its __next__ keeps a next slot that raises (iterators made before still call it).
      tt[key] = v === null && key === 'next' && tt.next !== null && tt.next !== undefined ? nextNotImplemented : v;
    }
  }
  for (let op = 0; op <= Bin.DIVMOD; op++) {
    const key = `nb${op}`;
    const a = lookup(NB_NAMES[op]) ?? lookup(NB_RNAMES[op]);
    const owner = a === null ? null : isNativeWrapperFor(a, key);
    t.nb[op] = a === null ? null : owner !== null ? owner.nb[op] : binarySlot(op);
    const ia = lookup(NB_INAMES[op]);
    const iowner = ia === null ? null : isNativeWrapperFor(ia, `ib${op}`);
    t.ib[op] = ia === null ? null : iowner !== null ? iowner.ib[op] : inplaceSlot(op);
  }
  // The sequence fallbacks of + and * follow the base type.
  const base = t.base!;
  t.concat = base.concat;
  t.repeat = base.repeat;
  t.inplaceConcat = base.inplaceConcat;
  t.inplaceRepeat = base.inplaceRepeat;
  // pow(a, b, m) calls a Python __pow__ with the modulus; a native one keeps its type's slot.
  const pow = lookup('__pow__');
  const powOwner = pow === null ? null : isNativeWrapperFor(pow, `nb${Bin.POW}`);
  t.ternaryPow = pow === null ? null : powOwner !== null ? powOwner.ternaryPow : ternaryPowSlot;
  t.dealloc = base.dealloc;
}

/** slot_nb_power with a modulus: only the left operand's __pow__ is asked (there is no reflected form). */
function ternaryPowSlot(a: PyObject, b: PyObject, m: PyObject): PyObject {
  if (a.type.ternaryPow === ternaryPowSlot) {
    const r = callDunder(a, '__pow__', [b, m]);
    if (r !== null) return r;
  }
  NotImplemented.rc++;
  return NotImplemented;
}

function notIterable(o: PyObject): PyObject {
  throw typeError(`'${o.type.name}' object is not iterable`);
}

/** A slot not named by any dunder: the first base in the MRO that has it. */
function inheritedSlot(t: PyType, key: SlotName): unknown {
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) {
    const b = mro[i];
    const v = (b as unknown as Record<string, unknown>)[key];
    if (v !== null && v !== undefined && !b.heapType) return v;
  }
  return null;
}

function updateSlotsTree(t: PyType): void {
  if (t.heapType) fixupSlots(t);
  for (const s of t.subclasses) updateSlotsTree(s);
}

// ---------------------------------------------------------------- exposing native slots as dunders

/** A wrapper_descriptor: `int.__add__`, `object.__init__`, ... calling the type's native slot. */
export function exposeSlot(t: PyType, dunder: string, slotKey: string, fn: NativeFn): void {
  // __new__ is a built-in method bound to its type (tp_new_wrapper), called with the subtype first:
  // found through the class or super() it binds to nothing. An exception keeps the tuple of the
  // arguments after the subtype as its args, which pyheap's exceptions make themselves.
  if (dunder === '__new__') t.rc++;
  const d = (dunder === '__new__' ? new PyBuiltin(dunder, t.isSubtype(BaseExceptionType) ? fn : tpNewWrapper(fn), t, `${t.name}.${dunder}`, null)
    : new PyMethodDescr(dunder, t, fn, WrapperDescrType)) as PyObject as PyObject & SlotWrapper;
  d.owner = t;
  d.slotKey = slotKey;
  t.attrs.set(dunder, d);
}

/**
 * A slot the type also lists among its methods (METH_COEXIST in CPython:
 * dict.__contains__, list.__getitem__): a method_descriptor, with the checks
 * of a one-argument method, that still stands for the native slot.
 */
export function exposeCoexisting(t: PyType, dunder: '__contains__' | '__getitem__'): void {
  const q = `${t.name}.${dunder}`;
  const contains = t.contains;
  const getitem = t.getitem;
  const fn: NativeFn = dunder === '__contains__'
    ? (s, a, k) => {
      checkArgs(q, a, k, 1, 1);
      const r = contains!(s, a[0]) ? True : False;
      r.rc++;
      return r;
    }
    : (s, a, k) => (checkArgs(q, a, k, 1, 1), getitem!(s, a[0]));
  const d = new PyMethodDescr(dunder, t, fn, MethodDescrType) as PyObject as PyObject & SlotWrapper;
  d.slotKey = dunder === '__contains__' ? 'contains' : 'getitem';
  t.attrs.set(dunder, d);
}

/** Install a method_descriptor on a built-in type. */
export function defMethod(t: PyType, name: string, fn: NativeFn): void {
  t.attrs.set(name, new PyMethodDescr(name, t, fn, MethodDescrType));
}

export function defGetSet(t: PyType, name: string, get: (o: PyObject) => PyObject,
  set: ((o: PyObject, v: PyObject | null) => void) | null = null): void {
  t.attrs.set(name, new PyGetSet(name, t, get, set));
}

/** Expose every native slot a built-in type has as its dunder methods. */
export function exposeSlots(t: PyType): void {
  if (t.repr) exposeSlot(t, '__repr__', 'repr', (s, a, k) => (wrapperArgs('__repr__', a, k, 0), t.repr!(s)));
  if (t.str) exposeSlot(t, '__str__', 'str', (s, a, k) => (wrapperArgs('__str__', a, k, 0), t.str!(s)));
  if (t.hash) {
    exposeSlot(t, '__hash__', 'hash', (s, a, k) => {
      wrapperArgs('__hash__', a, k, 0);
      const lo = t.hash!(s);
      return hashToInt(lo, HASH.hi);
    });
  }
  if (t.richcompare) {
    COMPARE_DUNDER.forEach((d, op) => {
      exposeSlot(t, d, 'richcompare', (s, a, k) => {
        wrapperArgs(d, a, k, 1);
        return t.richcompare!(s, a[0], op);
      });
    });
  }
  if (t.getattro) {
    exposeSlot(t, '__getattribute__', 'getattro', (s, a, k) => {
      wrapperArgs('__getattribute__', a, k, 1);
      const n = a[0];
      if (!(n instanceof PyStr)) throw typeError(`attribute name must be string, not '${n.type.name}'`);
      const r = t.getattro!(s, n);
      if (r === null) {
        const e = lastAttributeError.e;
        lastAttributeError.e = null;
        throw e ?? noAttribute(s, n);
      }
      return r;
    });
  }
  if (t.setattro) {
    exposeSlot(t, '__setattr__', 'setattro', (s, a, k) => {
      wrapperUnpack('__setattr__', a, k, 2, 2);
      setattrHackcheck(s, t.setattro, '__setattr__');
      t.setattro!(s, attrName(a[0]), a[1]);
      return newNone();
    });
    exposeSlot(t, '__delattr__', 'setattro', (s, a, k) => {
      wrapperArgs('__delattr__', a, k, 1);
      setattrHackcheck(s, t.setattro, '__delattr__');
      t.setattro!(s, attrName(a[0]), null);
      return newNone();
    });
  }
  if (t.init) {
    exposeSlot(t, '__init__', 'init', (s, a, k) => {
      t.init!(s, a, k);
      return newNone();
    });
  }
  if (t.iter) exposeSlot(t, '__iter__', 'iter', (s, a, k) => (wrapperArgs('__iter__', a, k, 0), t.iter!(s)));
  if (t.next) {
    exposeSlot(t, '__next__', 'next', (s, a, k) => {
      wrapperArgs('__next__', a, k, 0);
      setStopIteration(null);
      const r = t.next!(s);
      if (r !== null) return r;
      const e = lastStopIteration.e;
      lastStopIteration.e = null;
      throw e ?? stopIteration(null);
    });
  }
  if (t.len) exposeSlot(t, '__len__', 'len', (s, a, k) => (wrapperArgs('__len__', a, k, 0), intResult(t.len!(s))));
  if (t.getitem) exposeSlot(t, '__getitem__', 'getitem', (s, a, k) => (wrapperArgs('__getitem__', a, k, 1), t.getitem!(s, a[0])));
  if (t.setitem) {
    exposeSlot(t, '__setitem__', 'setitem', (s, a, k) => (wrapperUnpack('__setitem__', a, k, 2, 2), t.setitem!(s, a[0], a[1]), newNone()));
    exposeSlot(t, '__delitem__', 'setitem', (s, a, k) => (wrapperArgs('__delitem__', a, k, 1), t.setitem!(s, a[0], null), newNone()));
  }
  if (t.contains) {
    exposeSlot(t, '__contains__', 'contains', (s, a, k) => {
      wrapperArgs('__contains__', a, k, 1);
      const r = t.contains!(s, a[0]) ? True : False;
      r.rc++;
      return r;
    });
  }
  if (t.bool) {
    exposeSlot(t, '__bool__', 'bool', (s, a, k) => {
      wrapperArgs('__bool__', a, k, 0);
      const r = t.bool!(s) ? True : False;
      r.rc++;
      return r;
    });
  }
  for (const [slot, d] of [['index', '__index__'], ['int', '__int__'], ['float', '__float__'], ['neg', '__neg__'],
    ['pos', '__pos__'], ['invert', '__invert__'], ['abs', '__abs__']] as const) {
    const f = t[slot];
    if (f) exposeSlot(t, d, slot, (s, a, k) => (wrapperArgs(d, a, k, 0), f(s)));
  }
  if (t.call) exposeSlot(t, '__call__', 'call', (s, a, k) => t.call!(s, a, k));
  if (t.descrGet) {
    exposeSlot(t, '__get__', 'descrGet', (s, a, k) => {
      wrapperUnpack('__get__', a, k, 1, 2);
      const obj = a[0] === None ? null : a[0];
      const type = a.length > 1 && a[1] !== None ? a[1] : null;
      if (obj === null && type === null) throw typeError('__get__(None, None) is invalid');
      return t.descrGet!(s, obj, type ?? obj!.type);
    });
  }
  if (t.descrSet) {
    exposeSlot(t, '__set__', 'descrSet', (s, a, k) => (wrapperUnpack('__set__', a, k, 2, 2), t.descrSet!(s, a[0], a[1]), newNone()));
    exposeSlot(t, '__delete__', 'descrSet', (s, a, k) => (wrapperArgs('__delete__', a, k, 1), t.descrSet!(s, a[0], null), newNone()));
  }
  t.nb.forEach((f, op) => {
    if (!f) return;
    const name = `__${BIN_DUNDER[op]}__`;
    const rname = `__r${BIN_DUNDER[op]}__`;
    exposeSlot(t, name, `nb${op}`, (s, a, k) => (wrapperArgs(name, a, k, 1), f(s, a[0])));
    exposeSlot(t, rname, `nb${op}`, (s, a, k) => (wrapperArgs(rname, a, k, 1), f(a[0], s)));
  });
  t.ib.forEach((f, op) => {
    if (!f) return;
    const name = `__i${BIN_DUNDER[op]}__`;
    exposeSlot(t, name, `ib${op}`, (s, a, k) => (wrapperArgs(name, a, k, 1), f(s, a[0])));
  });
}

function attrName(o: PyObject): PyStr {
  if (!(o instanceof PyStr)) throw typeError(`attribute name must be string, not '${o.type.name}'`);
  return o;
}

let intResult: (v: number) => PyObject = () => { throw new Error('int not ready'); };
let hashToInt: (lo: number, hi: number) => PyObject = () => { throw new Error('int not ready'); };
export function setIntFactories(fromNumber: (v: number) => PyObject, fromHash: (lo: number, hi: number) => PyObject): void {
  intResult = fromNumber;
  hashToInt = fromHash;
}

// ---------------------------------------------------------------- object

let objectGetattribute: PyObject | null = null;

function objectRepr(o: PyObject): PyObject {
  const t = o.type;
  const mod = t.module;
  const name = mod === 'builtins' ? t.qualname : `${mod}.${t.qualname}`;
  return newStr(`<${name} object at ${addressHex(o)}>`);
}


function objectRichCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  let r: PyObject;
  if (op === Op.EQ) {
    r = a === b ? True : NotImplemented;
  } else if (op === Op.NE) {
    // object.__ne__ delegates to __eq__ and inverts it.
    const eq = a.type.richcompare;
    if (eq === null) {
      r = NotImplemented;
    } else {
      const e = eq(a, b, Op.EQ);
      if (e === NotImplemented) return e;
      const t = isTrue(e);
      decref(e);
      r = t ? False : True;
    }
  } else {
    r = NotImplemented;
  }
  r.rc++;
  return r;
}

function objectNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  if ((args.length > 0 || (kw !== null && kw.length > 0))) {
    if (t.new_ !== objectNew) throw typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (t.init === objectInit) throw typeError(`${t.name}() takes no arguments`);
  }
  if (t.abstractMethods !== null && t.abstractMethods.length > 0) {
    const m = [...t.abstractMethods].sort();
    const s = m.length > 1 ? 's' : '';
    throw typeError(`Can't instantiate abstract class ${t.name} with abstract method${s} ${m.join(', ')}`);
  }
  return allocInstance(t);
}

function objectInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  if (args.length > 0 || (kw !== null && kw.length > 0)) {
    const t = self.type;
    if (t.init !== objectInit) throw typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (t.new_ === objectNew) throw typeError(`${t.name}() takes no arguments`);
  }
}

/** A new, empty instance of a Python class. */
export function allocInstance(t: PyType): PyObject {
  const C = t.jsClass ?? PyInstance;
  const o = new C(t);
  t.rc++;
  if (t.sharedKeys !== null && C === PyInstance) {
    t.sharedKeys.newInstance();
    if (heapTrace.on) traceBlock(o, INSTANCE_VALUES, t.sharedKeys.valuesSize());
  }
  if (t.slotNames.length > 0) (o as PyInstance).slots = new Array(t.slotNames.length).fill(null);
  return o;
}

/**
 * The inline values array of an instance of a class with a managed dict is
 * its secondary block INSTANCE_VALUES for the allocation tracer. It is
 * traced as the instance's until the instance dies, also once a __dict__
 * made from it holds it (CPython hands it to the dict).
 */
export const INSTANCE_VALUES = 1;

function instanceDealloc(o: PyObject): void {
  const i = o as PyInstance;
  if (finalizeFromDealloc(o)) return;
  if (heapTrace.on && o.type.sharedKeys !== null) traceBlock(o, INSTANCE_VALUES, 0);
  if (o.wl != null) clearWeakrefsAfterFinalizer(o);
  if (i.slots) releaseSlots(o.type, i.slots);
  const d = i.dict;
  i.dict = null;
  xdecref(d);
  decref(o.type);
}

/**
 * subtype_dealloc's clear_slots, before the dict: the class's own __slots__
 * first, then each base's along __base__, each class's in slot order.
 */
function releaseSlots(t: PyType, slots: (PyObject | null)[]): void {
  let hi = slots.length;
  for (let c: PyType | null = t; c !== null && c.heapType && hi > 0; c = c.base) {
    const lo = c.base === null ? 0 : Math.min(c.base.slotNames.length, hi);
    for (let k = lo; k < hi; k++) {
      const v = slots[k];
      slots[k] = null;
      xdecref(v);
    }
    hi = lo;
  }
}

/**
 * subtype_dealloc's finalizer step (PEP 442): __del__ runs once per object,
 * with the object tracked again while it runs; returns true when it
 * resurrected the object, which then lives on.
 */
function finalizeFromDealloc(o: PyObject): boolean {
  if (o.type.finalize === null || o.gcFlags! & FINALIZED || o.type.lookup('__del__') === null) return false;
  o.rc = 1;
  gcTrack(o);
  subtypeFinalize(o);
  gcSetFlag(o, FINALIZED);
  if (--o.rc > 0) return true;
  gcUntrack(o);
  return false;
}

/** The weak references of a dying instance: their callbacks run; refs made by __del__ are only cleared. */
function clearWeakrefsAfterFinalizer(o: PyObject): void {
  gcHooks.clearWeakrefs(o);
}

/** type_traverse of a class: its attributes (tp_dict), its mro (itself included), bases and base. */
function typeTraverse(o: PyObject, visit: Visit): void {
  const t = o as PyType;
  if (!t.heapType) return;
  for (const v of t.attrs.values()) visit(v);
  for (const m of t.mro) visit(m);
  for (const b of t.bases) visit(b);
  if (t.base !== null) visit(t.base);
}

/**
 * type_clear: the class's dict is emptied (its entries released in order),
 * then its mro tuple goes, which drops the class's reference to itself.
 */
function typeClear(o: PyObject): void {
  const t = o as PyType;
  if (!t.heapType) return;
  const vals = [...t.attrs.values()];
  t.attrs.clear();
  typeModified(t);
  for (const v of vals) decref(v);
  const mro = t.mro;
  if (mro.length === 0) return;
  t.mro = [];
  typeModified(t);
  gcVirtualFree(TupleType, mro.length);
  // A tuple releases its items last first: the class itself last.
  for (let i = mro.length - 1; i >= 0; i--) decref(mro[i]);
}

/** A class's deallocation: it leaves its bases' __subclasses__ and releases its attributes, bases and metaclass. */
function typeDealloc(o: PyObject): void {
  const t = o as PyType;
  if (!t.heapType) return;
  // A metaclass's instances are heap-type instances, whose weak references the central dealloc leaves to their type.
  if (t.wl != null) gcHooks.clearWeakrefs(t);
  for (const b of t.bases) {
    const i = b.subclasses.indexOf(t);
    if (i >= 0) b.subclasses.splice(i, 1);
  }
  typeClear(t);
  gcVirtualFree(DictType, 0);
  gcVirtualFree(TupleType, t.bases.length);
  const bases = t.bases;
  t.bases = [];
  if (t.base !== null) decref(t.base);
  releaseAll(bases);
  // A class whose metaclass is itself a class goes through that metaclass's
  // dealloc wrapper (newClass), which releases the metaclass after this.
  if (!t.type.heapType) decref(t.type);
}

/** sys.unraisablehook's default printing, installed by the runtime. */
export const reportUnraisable: { f: (e: unknown, where: PyObject) => void } = { f: () => {} };

// ---------------------------------------------------------------- type

declare module '../type.js' {
  interface PyType {
    /** __slots__ names in storage order (own and inherited). */
    slotNames: string[];
    /** The key table the instances' dicts share (a class with a managed dict), or null. */
    sharedKeys: SharedKeys | null;
    /** Names of abstract methods (abc), or null. */
    abstractMethods: string[] | null;
    /** The type's __doc__ for built-ins. */
    doc: string | null;
  }
}
PyType.prototype.slotNames = [];
PyType.prototype.abstractMethods = null;
PyType.prototype.sharedKeys = null;
PyType.prototype.doc = null;

/** type.__call__: type(x), or make an instance: __new__ then __init__. */
function typeCall(o: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = o as PyType;
  if (t === TypeType && args.length === 1 && (kw === null || kw.length === 0)) {
    const r = args[0].type;
    r.rc++;
    return r;
  }
  const given = argTupleGiven.on;
  argTupleGiven.on = false;
  const newf = t.new_;
  if (newf === null) throw typeError(`cannot create '${t.module === 'builtins' ? '' : t.module + '.'}${t.name}' instances`);
  const npos = kw === null ? args.length : args.length - kw.length;
  const made = (npos > 0 || npos < args.length) && (t.argTuples === 0 ? argTuplesOf(t) : t.argTuples === 1);
  const tup = made && npos > 0 && !given ? argTuple(args, npos) : null;
  const kwd = made && npos < args.length ? kwDict(args, kw!) : null;
  try {
    const obj = newf(t, args, kw);
    if (!obj.type.isSubtype(t)) return obj;
    const init = obj.type.init;
    if (init !== null) {
      try {
        init(obj, args, kw);
      } catch (e) {
        decref(obj);
        throw e;
      }
    }
    return obj;
  } finally {
    if (tup !== null) decref(tup);
    if (kwd !== null) decref(kwd);
  }
}

// ---------------------------------------------------------------- argument tuples
//
// CPython 3.11 calls functions, methods and a few built-in types through
// vectorcall, with the arguments in a C array. Any other callable (a class,
// an instance with __call__, most built-in types) is called through tp_call:
// _PyObject_MakeTpCall builds a tuple of the positional arguments and a dict
// of the keyword ones, and releases them after the call. They are objects
// like any other: counted by the collector, traced by tracemalloc, taken from
// and given back to the tuple and dict free lists, and they hold references
// to the arguments during the call. pyheap passes arguments in arrays, so it
// makes these objects only for that account, where CPython makes them.

/** The built-in types that CPython 3.11 calls through their own vectorcall (no argument tuple). */
const VECTORCALL_TYPES = new Set(['float', 'bool', 'range', 'list', 'tuple', 'dict', 'set', 'frozenset', 'enumerate',
  'map', 'filter', 'reversed', 'super']);

declare module '../type.js' {
  interface PyType {
    /** Whether calling the type builds an argument tuple: 0 not known yet, 1 yes, 2 no. */
    argTuples: number;
  }
}
PyType.prototype.argTuples = 0;

/**
 * Whether calling t builds an argument tuple. Exceptions do, but keep that
 * tuple as their `args`, which pyheap's exceptions make themselves.
 */
function argTuplesOf(t: PyType): boolean {
  const vc = (!t.heapType && t.module === 'builtins' && VECTORCALL_TYPES.has(t.name)) || t.isSubtype(BaseExceptionType);
  t.argTuples = vc ? 2 : 1;
  return !vc;
}

/**
 * Set just before a call whose positional arguments CPython already has as
 * an exact tuple (`C(*t)`): tp_call gets that tuple, and builds none.
 */
export const argTupleGiven = { on: false };

/** Whether calling f goes to tp_call with a tuple: a class, or an instance whose class defines __call__. */
export function callsWithTuple(f: PyObject): boolean {
  return f instanceof PyType || f.type.call === slotCall;
}


/** C3 linearization (mro_implementation), with CPython's error message. */
export function computeMro(t: PyType): PyType[] {
  for (let i = 0; i < t.bases.length; i++) {
    if (t.bases.indexOf(t.bases[i]) !== i) throw typeError(`duplicate base class ${t.bases[i].name}`);
  }
  const seqs: PyType[][] = t.bases.map((b) => [...b.mro]);
  seqs.push([...t.bases]);
  const result: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return result;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((s2) => s2.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (cand === null) {
      const heads: string[] = [];
      for (const s of nonEmpty) if (!heads.includes(s[0].name)) heads.push(s[0].name);
      throw typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${heads.join(', ')}`);
    }
    result.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}

/**
 * compatible_for_assignment: instances of `a` can become instances of `b`.
 * Each type is taken down to the first base whose layout differs; those must
 * be one type, or siblings that added the same slots, and the dicts must be
 * managed in both or neither.
 */
function sameLayout(a: PyType, b: PyType): boolean {
  const la = layoutBase(a);
  const lb = layoutBase(b);
  if (la !== lb) {
    if (la.base !== lb.base || !la.heapType || !lb.heapType || la.basicsize !== lb.basicsize) return false;
    const n = la.base === null ? 0 : la.base.slotNames.length;
    const sa = la.slotNames.slice(n);
    const sb = lb.slotNames.slice(n);
    if (sa.length !== sb.length || sa.some((s, i) => s !== sb[i])) return false;
  }
  return a.managedDict === b.managedDict;
}

/** The nearest base of t with the same instance layout as t (compatible_with_tp_base, repeated). */
function layoutBase(t: PyType): PyType {
  let b = t;
  for (let base = b.base; base !== null; base = b.base) {
    if (base.basicsize !== b.basicsize || base.itemsize !== b.itemsize || base.hasDict !== b.hasDict ||
      base.hasWeakref !== b.hasWeakref || base.gc !== b.gc || base.heapType !== b.heapType) break;
    b = base;
  }
  return b;
}

/** The base whose instance layout the new class extends (best_base). */
function bestBase(bases: PyType[]): PyType {
  let best: PyType | null = null;
  for (const b of bases) {
    if (!b.baseType) throw typeError(`type '${b.name}' is not an acceptable base type`);
    const layout = solidBase(b);
    if (best === null) {
      best = b;
    } else if (!solidBase(best).isSubtype(layout)) {
      if (layout.isSubtype(solidBase(best))) best = b;
      else throw typeError('multiple bases have instance lay-out conflict');
    }
  }
  return best ?? ObjectType;
}

/** solid_base: the nearest base that adds instance fields. A class statement
 *  adds fields only with __slots__; a built-in type adds none when it keeps
 *  its base's size and representation (TypeError, ArithmeticError and the
 *  other plain exceptions all share BaseException's layout). */
function solidBase(t: PyType): PyType {
  let b: PyType = t;
  for (let base = b.base; base !== null; base = b.base) {
    const sameLayout = b.heapType
      ? b.slotNames.length === base.slotNames.length
      : !base.heapType && b.jsClass === base.jsClass && b.basicsize === base.basicsize && b.itemsize === base.itemsize;
    if (!sameLayout) break;
    b = base;
  }
  return b;
}

/**
 * type.__new__(meta, name, bases, ns): the class statement's type. `ns` is
 * borrowed; its items are copied into the type's attributes.
 */
export function newClass(meta: PyType, name: string, bases: PyType[], ns: PyDict): PyType {
  if (bases.length === 0) bases = [ObjectType];
  const base = bestBase(bases);
  const t = new PyType(meta, name, base, bases);
  meta.rc++;
  t.heapType = true;
  t.gc = true;
  // CPython's type has its dict and its bases and mro tuples as GC objects of their own.
  gcVirtualAlloc(DictType, 0);
  gcVirtualAlloc(TupleType, bases.length);
  for (const b of bases) b.rc++;
  base.rc++;
  // The mro tuple holds every class on it, the new one first: a class is
  // always on a reference cycle of its own, which only the collector frees.
  t.mro = computeMro(t);
  for (const m of t.mro) m.rc++;
  gcVirtualAlloc(TupleType, t.mro.length);
  for (let i = 0; i < dictEntryCount(ns); i++) {
    const k = dictKeyAt(ns, i);
    if (k === null) continue;
    const v = dictValueAt(ns, i)!;
    v.rc++;
    t.attrs.set((k as PyStr).v, v);
  }
  const qn = t.attrs.get('__qualname__');
  if (qn !== undefined) {
    if (!(qn instanceof PyStr)) throw typeError(`type __qualname__ must be a str, not ${qn.type.name}`);
    t.qualname = qn.v;
    t.attrs.delete('__qualname__');
    decref(qn);
  }
  // type(name, bases, ns) without __module__ takes the caller's __name__ (type_new_set_module).
  if (!t.attrs.has('__module__') && ts.frame !== null) {
    const k = internStr('__name__');
    const m = dictGetStr(ts.frame.func.globals, k);
    decref(k);
    if (m !== null) {
      m.rc++;
      t.attrs.set('__module__', m);
    }
  }
  const mod = t.attrs.get('__module__');
  if (mod instanceof PyStr) t.module = mod.v;
  for (const m of ['__init_subclass__', '__class_getitem__']) {
    const f = t.attrs.get(m);
    if (f !== undefined && f.type === FunctionType) t.attrs.set(m, wrapClassMethod.f(f));
  }
  const nw = t.attrs.get('__new__');
  if (nw !== undefined && nw.type === FunctionType) t.attrs.set('__new__', wrapStaticMethod.f(nw));
  setupSlots(t, base);
  addLayoutDescriptors(t, base);
  t.jsClass = base.jsClass === null || base.jsClass === PyInstance ? PyInstance : withInstanceFields(base.jsClass);
  t.itemsize = base.itemsize;
  base.subclasses.push(t);
  for (const b of bases) if (b !== base) b.subclasses.push(t);
  typeModified(t);
  fixupSlots(t);
  t.traverse = subtypeTraverse;
  t.clear = subtypeClear;
  if (t.isSubtype(TypeType)) t.dealloc = typeDealloc;
  t.finalize = t.lookup('__del__') !== null ? subtypeFinalize : builtinBase(t).finalize;
  if (t.dealloc === base.dealloc && (base.jsClass === null || base.jsClass === PyInstance)) t.dealloc = instanceDealloc;
  else {
    // The built-in base's own dealloc: a class statement's parent would release the type a second time.
    const baseDealloc = builtinBase(t).dealloc;
    t.dealloc = (o) => {
      if (finalizeFromDealloc(o)) return;
      if (o.wl != null) clearWeakrefsAfterFinalizer(o);
      const io = o as PyObject & { dict?: PyDict | null };
      if (io.dict) {
        const d = io.dict;
        io.dict = null;
        decref(d);
      }
      baseDealloc(o);
      decref(o.type);
    };
  }
  return t;
}

/**
 * What PyType_Ready adds to a new class's dict after the namespace (in this
 * order): the __dict__ and __weakref__ descriptors of the layout it adds,
 * __doc__ (None when not given) and, for a class that defines __eq__ but not
 * __hash__, `__hash__ = None`, which makes it unhashable.
 */
function addLayoutDescriptors(t: PyType, base: PyType): void {
  if (t.hasDict && !base.hasDict) {
    defGetSet(t, '__dict__', (o) => {
      const d = instanceDict(o)!;
      materializeDict(d);
      d.rc++;
      return d;
    }, (o, v) => {
      if (v !== null && !(v instanceof PyDict)) throw typeError(`__dict__ must be set to a dictionary, not a '${v.type.name}'`);
      const io = o as PyObject & { dict: PyDict | null };
      const old = io.dict;
      if (v !== null) v.rc++;
      io.dict = v as PyDict | null;
      xdecref(old);
    });
  }
  // The first weak reference to the object, or None.
  if (t.hasWeakref && !base.hasWeakref) defGetSet(t, '__weakref__', (o) => (o.wl != null ? (o.wl.rc++, o.wl) : newNone()));
  if (!t.attrs.has('__doc__')) t.attrs.set('__doc__', newNone());
  if (t.attrs.has('__eq__') && !t.attrs.has('__hash__')) t.attrs.set('__hash__', newNone());
}

/**
 * __slots__ and the layout a class adds to its base's (type_new_slots and
 * type_new_descriptors): one pointer per slot, a __dict__ and a __weakref__
 * pointer unless a base already provides them (a class without __slots__
 * gets both). The dict of a class whose base has no items is managed (it
 * lives in front of the object, Py_TPFLAGS_MANAGED_DICT) and adds nothing to
 * the basic size. Private names are mangled and the slots are laid out in
 * sorted order, as CPython sorts them.
 */
function setupSlots(t: PyType, base: PyType): void {
  const slots = t.attrs.get('__slots__');
  t.slotNames = [...base.slotNames];
  const mayAddDict = !base.hasDict;
  const mayAddWeak = !base.hasWeakref && base.itemsize === 0;
  let addDict = false;
  let addWeak = false;
  const names: string[] = [];
  if (slots === undefined) {
    addDict = mayAddDict;
    addWeak = mayAddWeak;
  } else {
    const items = slotItems(slots);
    if (items.length > 0 && base.itemsize !== 0) {
      throw typeError(`nonempty __slots__ not supported for subtype of '${base.heapType || base.module === 'builtins' ? '' : base.module + '.'}${base.name}'`);
    }
    for (const x of items) {
      if (!(x instanceof PyStr)) throw typeError(`__slots__ items must be strings, not '${x.type.name}'`);
      if (!isIdentifier(x.v)) throw typeError('__slots__ must be identifiers');
      if (x.v === '__dict__') {
        if (!mayAddDict || addDict) throw typeError('__dict__ slot disallowed: we already got one');
        addDict = true;
      } else if (x.v === '__weakref__') {
        if (!mayAddWeak || addWeak) throw typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        addWeak = true;
      }
    }
    for (const x of items as PyStr[]) {
      if ((addDict && x.v === '__dict__') || (addWeak && x.v === '__weakref__')) continue;
      const n = mangle(t.name, x.v);
      // The compiler's own __qualname__ and __classcell__ entries are removed from the namespace later.
      if (t.attrs.has(n) && n !== '__qualname__' && n !== '__classcell__') {
        throw valueError(`${reprStr(n)} in __slots__ conflicts with class variable`);
      }
      names.push(n);
    }
    // Secondary bases may provide the dict and the weak reference list.
    for (const b of t.bases) {
      if (b === base) continue;
      if (mayAddDict && !addDict && b.hasDict) addDict = true;
      if (mayAddWeak && !addWeak && b.hasWeakref) addWeak = true;
    }
  }
  names.sort(compareCodePoints);
  for (const n of names) {
    const index = t.slotNames.length;
    t.slotNames.push(n);
    const old = t.attrs.get(n);
    t.attrs.set(n, memberDescr.f(t, n, index));
    if (old !== undefined) decref(old);
  }
  t.hasDict = base.hasDict || addDict;
  t.hasWeakref = base.hasWeakref || addWeak;
  t.managedDict = base.managedDict || (addDict && base.itemsize === 0);
  if (t.managedDict) t.sharedKeys = new SharedKeys();
  t.basicsize = base.basicsize + 8 * names.length + (addDict && base.itemsize !== 0 ? 8 : 0) + (addWeak ? 8 : 0);
}

/** The items __slots__ lists: one str, or the items of any iterable (as PySequence_Tuple). */
function slotItems(slots: PyObject): PyObject[] {
  if (slots instanceof PyStr) return [slots];
  const items: PyObject[] = [];
  const it = getIter(slots);
  try {
    for (let x = iterNext(it); x !== null; x = iterNext(it)) {
      items.push(x);
      decref(x);
    }
  } finally {
    decref(it);
  }
  return items;
}

function isIdentifier(s: string): boolean {
  let first = true;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (first ? !(cp === 95 || isIdStart(cp)) : !isIdContinue(cp)) return false;
    first = false;
  }
  return !first;
}

/** _Py_Mangle: a private name `__x` inside class C is `_C__x`. */
function mangle(className: string, name: string): string {
  if (!name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

export const memberDescr: { f: (t: PyType, name: string, index: number) => PyObject } = { f: () => None };
export const wrapClassMethod: { f: (f: PyObject) => PyObject } = { f: (f) => f };
export const wrapStaticMethod: { f: (f: PyObject) => PyObject } = { f: (f) => f };

const withFields = new Map<Function, new (type: PyType) => PyObject>();
/** A JS subclass of a built-in's instance class that can carry a __dict__ and slots. */
function withInstanceFields(C: new (type: PyType) => PyObject): new (type: PyType) => PyObject {
  let D = withFields.get(C);
  if (D === undefined) {
    const Base = C as unknown as new (type: PyType) => PyObject;
    // Only the fields the base lacks: a base whose instances carry a dict (module, exception) keeps it.
    D = class extends Base {
      constructor(type: PyType) {
        super(type);
        const self = this as unknown as { dict?: PyDict | null; slots?: (PyObject | null)[] | null };
        if (self.dict === undefined) self.dict = null;
        if (self.slots === undefined) self.slots = null;
      }
    };
    withFields.set(C, D);
  }
  return D;
}

function typeRepr(o: PyObject): PyObject {
  const t = o as PyType;
  if (t.module === 'builtins') return newStr(`<class '${t.qualname}'>`);
  return newStr(`<class '${t.module}.${t.qualname}'>`);
}

/** type(name, bases, dict) and the metaclass machinery of the class statement. */
function typeNew(meta: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const m = meta as PyType;
  if (m === TypeType && args.length === 1 && (kw === null || kw.length === 0)) {
    const r = args[0].type;
    r.rc++;
    return r;
  }
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos !== 3) {
    // Only type itself has the one-argument form; its subclasses are told type.__new__'s own rule.
    throw typeError(m === TypeType ? 'type() takes 1 or 3 arguments'
      : `type.__new__() takes exactly 3 arguments (${npos} given)`);
  }
  const [name, bases, ns] = args;
  if (!(name instanceof PyStr)) throw typeError(`type.__new__() argument 1 must be str, not ${name.type.name}`);
  if (!(bases instanceof PyTuple)) throw typeError(`type.__new__() argument 2 must be tuple, not ${bases.type.name}`);
  if (!(ns instanceof PyDict)) throw typeError(`type.__new__() argument 3 must be dict, not ${ns.type.name}`);
  const baseTypes: PyType[] = [];
  for (const b of bases.items) {
    if (!(b instanceof PyType)) throw typeError(`bases must be types`);
    baseTypes.push(b);
  }
  // The most derived metaclass wins (calculate_metaclass).
  let winner = m;
  for (const b of baseTypes) {
    const bm = b.type;
    if (winner.isSubtype(bm)) continue;
    if (bm.isSubtype(winner)) {
      winner = bm;
      continue;
    }
    throw typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  // A more derived metaclass with a __new__ of its own makes the class itself.
  if (winner !== m && winner.new_ !== typeNew) return winner.new_!(winner, args, kw);
  // The cell that super() reads is the compiler's; anything else under its name is refused.
  const classcell = dictGetStr(ns, internStr('__classcell__'));
  if (classcell !== null && !(classcell instanceof PyCell)) {
    throw typeError(`__classcell__ must be a nonlocal cell, not ${reprJS(classcell.type)}`);
  }
  const t = newClass(winner, name.v, baseTypes, ns);
  try {
    afterClassCreated.f(t, args.slice(npos), kw ?? []);
  } catch (e) {
    decref(t);
    throw e;
  }
  return t;
}

/** __set_name__ and __init_subclass__, run by runtime (they call Python code). */
export const afterClassCreated: { f: (t: PyType, kwvalues: PyObject[], kwnames: string[]) => void } = { f: () => {} };

// ---------------------------------------------------------------- init

export function initTypeObject(): void {
  const O = ObjectType;
  O.repr = objectRepr;
  O.str = (o) => o.type.repr!(o);
  O.hash = (o) => hashPointer(o);
  O.richcompare = objectRichCompare;
  O.getattro = genericGetAttr;
  O.setattro = genericSetAttr;
  O.new_ = objectNew;
  O.init = objectInit;
  O.jsClass = PyInstance;
  O.dealloc = instanceDealloc;
  exposeSlots(O);
  objectGetattribute = O.attrs.get('__getattribute__')!;
  exposeSlot(O, '__new__', 'new_', (_s, a, k) => {
    if (a.length === 0) throw typeError('object.__new__(): not enough arguments');
    const t = a[0];
    if (!(t instanceof PyType)) throw typeError(`object.__new__(X): X is not a type object (${t.type.name})`);
    return objectNew(t, a.slice(1), k);
  });
  defGetSet(O, '__class__', (o) => (o.type.rc++, o.type), (o, v) => {
    if (v === null) throw typeError("can't delete __class__ attribute");
    if (!(v instanceof PyType)) throw typeError(`__class__ must be set to a class, not '${v.type.name}' object`);
    if (!v.heapType || !o.type.heapType) throw typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (!sameLayout(o.type, v)) throw typeError(`__class__ assignment: '${v.name}' object layout differs from '${o.type.name}'`);
    v.rc++;
    const old = o.type;
    o.type = v;
    decref(old);
  });
  // object's pickling protocol: copyreg holds the protocol-2 reduction (__newobj__, state, items).
  defMethod(O, '__reduce_ex__', (s, a, k) => {
    checkArgs('__reduce_ex__', a, k, 1, 1);
    const proto = Number(indexValueLate(a[0]));
    const own = s.type.lookup('__reduce__');
    if (own !== null && own !== O.attrs.get('__reduce__')) return callMethodLate(s, '__reduce__', []);
    return commonReduce(s, proto);
  });
  defMethod(O, '__reduce__', (s, a, k) => {
    checkArgs('__reduce__', a, k, 0, 0);
    return commonReduce(s, 0);
  });
  defMethod(O, '__getstate__', (s, a, k) => {
    checkArgs('__getstate__', a, k, 0, 0);
    s.rc++;
    s.type.rc++;
    FalseLate.rc++;
    return copyregCall('_getstate_default', [s, s.type, FalseLate], true);
  });
  defMethod(O, '__dir__', (s, a, k) => (checkArgs('object.__dir__', a, k, 0, 0), objectDir(s)));
  defMethod(O, '__format__', (s, a) => {
    checkArgs('object.__format__', a, null, 1, 1);
    const spec = a[0];
    if (!(spec instanceof PyStr)) throw badArgument('__format__', 'argument', 'str', spec);
    if (spec.v.length > 0) throw typeError(`unsupported format string passed to ${s.type.name}.__format__`);
    return s.type.str !== null ? s.type.str(s) : s.type.repr!(s);
  });
  defMethod(O, '__sizeof__', (s) => intResult(s.type.basicsize));
  // A classmethod: the message names the class it is bound to ("C.__init_subclass__()").
  defClassMethodDescr(O, '__init_subclass__', (cls, a, k) => {
    checkArgs(`${(cls as PyType).qualname}.__init_subclass__`, a, k, 0, 0);
    return newNone();
  });
  defClassMethodDescr(O, '__subclasshook__', () => (NotImplemented.rc++, NotImplemented));

  const T = TypeType;
  // Type objects have a __dict__ (their attrs) and weak references: a metaclass adds neither descriptor.
  T.hasDict = true;
  T.hasWeakref = true;
  T.repr = typeRepr;
  T.getattro = typeGetAttr;
  T.setattro = typeSetAttr;
  T.call = typeCall;
  T.new_ = typeNew;
  T.traverse = typeTraverse;
  T.clear = typeClear;
  T.dealloc = typeDealloc;
  gcHooks.isStaticType = (o) => o instanceof PyType && !o.heapType;
  // A class stands for itself, its dict and its bases and mro tuples.
  gcWeight.f = (o) => (o instanceof PyType ? 4 : o instanceof PyFunction && o.closure !== null ? 2 : 1);
  T.init = () => {};
  T.hash = (o) => hashPointer(o);
  T.richcompare = objectRichCompare;
  T.jsClass = PyType as unknown as new (type: PyType) => PyObject;
  T.contains = null;
  exposeSlots(T);
  exposeSlot(T, '__new__', 'new_', (_s, a, k) => {
    if (a.length === 0) throw typeError('type.__new__(): not enough arguments');
    return typeNew(a[0], a.slice(1), k);
  });
  defGetSet(T, '__name__', (o) => typeNameStr((o as PyType).name), (o, v) => {
    const t = o as PyType;
    if (!t.heapType) throw typeError(`cannot set '__name__' attribute of immutable type '${t.name}'`);
    if (!(v instanceof PyStr)) throw typeError(`can only assign string to ${t.name}.__name__, not '${v?.type.name}'`);
    t.name = v.v;
  });
  defGetSet(T, '__qualname__', (o) => typeNameStr((o as PyType).qualname), (o, v) => {
    const t = o as PyType;
    if (!(v instanceof PyStr)) throw typeError(`can only assign string to ${t.name}.__qualname__, not '${v?.type.name}'`);
    t.qualname = v.v;
  });
  defGetSet(T, '__module__', (o) => {
    const t = o as PyType;
    // A built-in type's dict may hold a __module__ of its own (type's getset): it is not the answer.
    const m = t.heapType ? t.attrs.get('__module__') : undefined;
    if (m !== undefined) return (m.rc++, m);
    return internStr(t.module);
  }, (o, v) => {
    const t = o as PyType;
    if (!t.heapType) throw typeError(`cannot set '__module__' attribute of immutable type '${t.name}'`);
    const old = t.attrs.get('__module__');
    if (v === null) t.attrs.delete('__module__');
    else {
      v.rc++;
      t.attrs.set('__module__', v);
      if (v instanceof PyStr) t.module = v.v;
    }
    xdecref(old);
    typeModified(t);
  });
  defGetSet(T, '__bases__', (o) => newTuple((o as PyType).bases.map((b) => (b.rc++, b))), (o, v) => {
    // type_set_bases: new bases must keep the instance layout; the MRO is recomputed.
    const t = o as PyType;
    if (!t.heapType) throw typeError(`cannot set '__bases__' attribute of immutable type '${t.name}'`);
    if (v === null) throw typeError(`cannot delete '__bases__' attribute of immutable type '${t.name}'`);
    if (!(v instanceof PyTuple)) throw typeError(`can only assign tuple to ${t.name}.__bases__, not ${v.type.name}`);
    if (v.items.length === 0) throw typeError(`can only assign non-empty tuple to ${t.name}.__bases__, not ()`);
    const bases: PyType[] = [];
    for (const b of v.items) {
      if (!(b instanceof PyType)) throw typeError(`${t.name}.__bases__ must be tuple of classes, not '${b.type.name}'`);
      if (b.isSubtype(t)) throw typeError('a __bases__ item causes an inheritance cycle');
      bases.push(b);
    }
    const newBase = bestBase(bases);
    if (solidBase(newBase) !== solidBase(t.base!)) {
      throw typeError(`__bases__ assignment: '${newBase.name}' object layout differs from '${t.base!.name}'`);
    }
    const oldBases = t.bases;
    const oldBase = t.base!;
    const oldMro = t.mro;
    t.bases = bases;
    t.base = newBase;
    try {
      t.mro = computeMro(t);
    } catch (e) {
      t.bases = oldBases;
      t.base = oldBase;
      throw e;
    }
    for (const m of t.mro) m.rc++;
    for (const b of bases) b.rc++;
    newBase.rc++;
    // The class leaves its old bases' __subclasses__ for the new ones', where changes to a base reach it.
    for (const b of oldBases) {
      const i = b.subclasses.indexOf(t);
      if (i >= 0) b.subclasses.splice(i, 1);
    }
    for (const b of bases) b.subclasses.push(t);
    typeModified(t);
    updateSlotsTree(t);
    for (let i = oldMro.length - 1; i >= 0; i--) decref(oldMro[i]);
    for (const b of oldBases) decref(b);
    decref(oldBase);
  });
  defGetSet(T, '__base__', (o) => {
    const b = (o as PyType).base;
    if (b === null) return newNone();
    b.rc++;
    return b;
  });
  defGetSet(T, '__mro__', (o) => newTuple((o as PyType).mro.map((b) => (b.rc++, b))));
  defGetSet(T, '__dict__', (o) => mappingProxy.f(o as PyType));
  T.doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type";
  defGetSet(T, '__doc__', (o) => {
    const t = o as PyType;
    if (!t.heapType && t.doc !== null) return newStr(t.doc);
    const d = t.attrs.get('__doc__');
    if (d !== undefined) {
      const get = d.type.descrGet;
      if (get !== null) return get(d, null, t);
      return (d.rc++, d);
    }
    if (t.doc !== null) return newStr(t.doc);
    return newNone();
  }, (o, v) => {
    const t = o as PyType;
    if (!t.heapType) throw typeError(`cannot set '__doc__' attribute of immutable type '${t.name}'`);
    if (v === null) throw typeError(`cannot delete '__doc__' attribute of immutable type '${t.name}'`);
    const old = t.attrs.get('__doc__');
    v.rc++;
    t.attrs.set('__doc__', v);
    xdecref(old);
    typeModified(t);
  });
  defGetSet(T, '__abstractmethods__', (o) => {
    const t = o as PyType;
    const v = t.attrs.get('__abstractmethods__');
    if (v === undefined || t === TypeType) throw attributeError('__abstractmethods__');
    return (v.rc++, v);
  }, (o, v) => {
    const t = o as PyType;
    const old = t.attrs.get('__abstractmethods__');
    if (v === null) {
      if (old === undefined) throw attributeError('__abstractmethods__');
      t.attrs.delete('__abstractmethods__');
      t.abstractMethods = null;
    } else {
      v.rc++;
      t.attrs.set('__abstractmethods__', v);
      t.abstractMethods = isTrue(v) ? abstractNames.f(v) : null;
    }
    xdecref(old);
    typeModified(t);
  });
  defMethod(T, 'mro', (s, a, k) => (checkArgs(`${(s as PyType).name}.mro`, a, k, 0, 0), newList((s as PyType).mro.map((b) => (b.rc++, b)))));
  defMethod(T, '__subclasses__', (s) => newList((s as PyType).subclasses.filter((c) => c.rc > 0).map((b) => (b.rc++, b))));
  defMethod(T, '__instancecheck__', (s, a) => {
    checkArgs('type.__instancecheck__', a, null, 1, 1);
    return newBool(realIsInstance(a[0], s));
  });
  defMethod(T, '__subclasscheck__', (s, a) => {
    checkArgs('type.__subclasscheck__', a, null, 1, 1);
    return newBool(realIsSubclass(a[0], s));
  });
  defClassMethodDescr(T, '__prepare__', () => newDict());
  defMethod(T, '__dir__', (s, a, k) => (checkArgs('type.__dir__', a, k, 0, 0), typeDir(s as PyType)));
  // A heap type is a PyHeapTypeObject; a class with a managed dict also owns the shared key table of its instances' dicts.
  defMethod(T, '__sizeof__', (s) => {
    const t = s as PyType;
    return intResult(t.heapType ? HEAP_TYPE_SIZE + (t.managedDict ? SHARED_KEYS_SIZE : 0) : STATIC_TYPE_SIZE);
  });
  defGetSet(T, '__basicsize__', (o) => intResult((o as PyType).basicsize));
  defGetSet(T, '__itemsize__', (o) => intResult((o as PyType).itemsize));
}

/** type_dict_set_doc of PyType_Ready: every built-in type's dict has __doc__ (its doc text, else None). */
export function setBuiltinDocs(): void {
  for (const t of builtinTypes) {
    if (!t.attrs.has('__doc__')) t.attrs.set('__doc__', t.doc === null ? newNone() : newStr(t.doc));
  }
}

/** A classmethod_descriptor of a built-in type (object.__init_subclass__, type.__prepare__). */
function defClassMethodDescr(t: PyType, name: string, fn: NativeFn): void {
  t.attrs.set(name, new PyMethodDescr(name, t, fn, ClassMethodDescrType));
}
export const mappingProxy: { f: (t: PyType) => PyObject } = { f: () => newNone() };
export const abstractNames: { f: (v: PyObject) => string[] } = { f: () => [] };

// ---------------------------------------------------------------- dir()

/** An insertion-ordered set of attribute names, as the dict CPython's dir helpers fill. */
function addKeys(acc: PyDict, keys: Iterable<string>): void {
  for (const k of keys) {
    const n = internStr(k);
    dictSet(acc, n, None);
    decref(n);
  }
}

/** merge_class_dict: a class's __dict__ keys, then its bases', recursively. */
function mergeClassDict(acc: PyDict, cls: PyObject): void {
  if (cls instanceof PyType) {
    addKeys(acc, cls.attrs.keys());
    for (const b of cls.bases) mergeClassDict(acc, b);
    return;
  }
  const d = getattrOrNull(cls, nameStr('__dict__'));
  if (d !== null) {
    if (d instanceof PyDict) for (const k of dictKeyList(d)) dictSet(acc, k, None);
    decref(d);
  }
  const bases = getattrOrNull(cls, nameStr('__bases__'));
  if (bases !== null) {
    if (bases instanceof PyTuple) for (const b of bases.items) mergeClassDict(acc, b);
    decref(bases);
  }
}

function keysList(acc: PyDict): PyObject {
  const keys: PyObject[] = [];
  for (const k of dictKeyList(acc)) {
    k.rc++;
    keys.push(k);
  }
  decref(acc);
  return newList(keys);
}

/** object.__dir__: the instance's __dict__ keys, then those of its class and the class's bases. */
function objectDir(o: PyObject): PyObject {
  const acc = newDict();
  try {
    const d = getattrOrNull(o, nameStr('__dict__'));
    if (d !== null) {
      if (d instanceof PyDict) for (const k of dictKeyList(d)) dictSet(acc, k, None);
      decref(d);
    }
    const cls = getattrOrNull(o, nameStr('__class__'));
    if (cls !== null) {
      try {
        mergeClassDict(acc, cls);
      } finally {
        decref(cls);
      }
    }
  } catch (e) {
    decref(acc);
    throw e;
  }
  return keysList(acc);
}

/** type.__dir__: the names of the class and of its bases (not of its metaclass). */
function typeDir(t: PyType): PyObject {
  const acc = newDict();
  try {
    mergeClassDict(acc, t);
  } catch (e) {
    decref(acc);
    throw e;
  }
  return keysList(acc);
}

/** Cells and other types that define comparisons but no hash (PyObject_HashNotImplemented). */
export function hashNotImplemented(o: PyObject): number {
  throw typeError(`unhashable type: '${o.type.name}'`);
}

/** _common_reduce: protocol 2 and above through copyreg._reduce_newobj. */
/** _common_reduce: protocols 2 and above through __newobj__, 0 and 1 through copyreg._reconstructor. */
function commonReduce(o: PyObject, proto: number): PyObject {
  if (proto < 2) return reduceOld(o, proto);
  const t = o.type;
  if (t.new_ === null) throw typeError(`cannot pickle '${t.name}' object`);
  if (defaultStateRequired(o) && (t.heapType ? builtinBase(t) : t) !== ObjectType) {
    // The default state (the __dict__ and __slots__) cannot hold the fields of a built-in layout.
    throw typeError(`cannot pickle '${t.name}' object`);
  }
  o.rc++;
  return copyregCall('_reduce_newobj', [o], true);
}

/**
 * Whether object's default reduction would rely on the default state alone:
 * no __getnewargs_ex__ or __getnewargs__ gives arguments to __new__, the
 * object is not a list or a dict (whose items are recorded), and __getstate__
 * is object's own.
 */
function defaultStateRequired(o: PyObject): boolean {
  const t = o.type;
  if (t.lookup('__getnewargs_ex__') !== null || t.lookup('__getnewargs__') !== null) return false;
  if (t.isSubtype(ListTypeLate) || t.isSubtype(DictType)) return false;
  return t.lookup('__getstate__') === ObjectType.attrs.get('__getstate__');
}

/**
 * Protocols 0 and 1 (copyreg's reduction): the nearest built-in class on the
 * MRO rebuilds the object from its value (object: from nothing), then the
 * state, from __getstate__, fills it in.
 */
function reduceOld(o: PyObject, proto: number): PyObject {
  const cls = o.type;
  let base = ObjectType;
  for (const b of cls.mro) {
    if (!b.heapType) {
      base = b;
      break;
    }
  }
  let baseState: PyObject;
  if (base === ObjectType) {
    baseState = newNone();
  } else {
    if (base === cls) throw typeError(`cannot pickle ${reprStr(cls.name)} object`);
    baseState = call(base, [o], null);
  }
  cls.rc++;
  base.rc++;
  const args = newTuple([cls, base, baseState]);
  try {
    const getstate = getattrOrNull(o, nameStr('__getstate__'));
    let state: PyObject | null = null;
    if (getstate === null) {
      if (hasSlots(o)) {
        throw typeError(`cannot pickle ${reprStr(cls.name)} object: a class that defines __slots__ without ` +
          `defining __getstate__ cannot be pickled with protocol ${proto}`);
      }
      state = getattrOrNull(o, nameStr('__dict__'));
    } else {
      try {
        if (cls.lookup('__getstate__') === ObjectType.attrs.get('__getstate__') && hasSlots(o)) {
          throw typeError('a class that defines __slots__ without defining __getstate__ cannot be pickled');
        }
        state = call(getstate, [], null);
      } finally {
        decref(getstate);
      }
    }
    const rebuild = copyregCall('_reconstructor', [], false);
    if (state !== null && isTrue(state)) return newTuple([rebuild, (args.rc++, args), state]);
    if (state !== null) decref(state);
    return newTuple([rebuild, (args.rc++, args)]);
  } finally {
    decref(args);
  }
}

/** getattr(o, '__slots__', None) is true. */
function hasSlots(o: PyObject): boolean {
  const s = getattrOrNull(o, nameStr('__slots__'));
  if (s === null) return false;
  try {
    return isTrue(s);
  } finally {
    decref(s);
  }
}

/** Call a function of lib/copyreg.py (no arguments: the attribute itself); `owned` arguments are released. */
function copyregCall(name: string, args: PyObject[], owned: boolean): PyObject {
  try {
    importGlobals ??= newDict();
    const m = hooks.importName(importGlobals, 'copyreg', [name], 0);
    try {
      const f = getattrLate(m, nameStr(name));
      if (args.length === 0) return f;
      try {
        return callLate(f, args);
      } finally {
        decref(f);
      }
    } finally {
      decref(m);
    }
  } finally {
    if (owned) for (const x of args) decref(x);
  }
}

function callMethodLate(o: PyObject, name: string, args: PyObject[]): PyObject {
  const f = getattrLate(o, nameStr(name));
  try {
    return callLate(f, args);
  } finally {
    decref(f);
  }
}

let importGlobals: PyDict | null = null;

import { hooks } from '../rt.js';
import { HEAP_TYPE_SIZE, SHARED_KEYS_SIZE, STATIC_TYPE_SIZE } from '../sizes.js';
import { getattr as getattrLate, call as callLate, indexValue as indexValueLate } from '../abstract.js';
import { False as FalseLate } from './bool.js';
import { ListType as ListTypeLate } from './list.js';

/**
 * A type's name as a str: the class statement's name is an identifier
 * constant, which the compiler interned, so `C.__name__ is 'C'` holds.
 */
function typeNameStr(name: string): PyStr {
  return /^[A-Za-z0-9_]+$/.test(name) ? internStr(name) : newStr(name);
}
