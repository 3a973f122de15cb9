// Type objects: the PyType class with CPython's slots.
//
// A slot is a JS function the abstract operations call directly, as CPython's
// tp_* and nb_* slots. Built-in types fill them with native code; a class
// statement fills them with wrappers that look up and call the dunder methods
// (see types/typeobject.ts), so `a + b` costs one slot call for both.
// Attribute names live in `attrs`, the type's __dict__, keyed by JS string in
// definition order; `lookup` walks the MRO through a per-type cache that is
// invalidated for a type and its subclasses whenever its attributes change (typeModified).

import { PyObject } from './object.js';
import type { Visit, Freelist } from './gc.js';

export type BinarySlot = (a: PyObject, b: PyObject) => PyObject;
export type UnarySlot = (a: PyObject) => PyObject;
export type CallSlot = (self: PyObject, args: PyObject[], kwnames: string[] | null) => PyObject;

/** The last version number given to a type (CPython's tp_version_tag). */
let lastVersion = 0;

/**
 * PyType_Modified: t's attributes, bases or MRO changed, so t and every
 * subclass of it (whose MROs contain t) get a new version and an empty lookup
 * cache; the attribute sites that remembered one of them refill.
 */
export function typeModified(t: PyType): void {
  t.version = ++lastVersion;
  t.clearLookupCache();
  for (const s of t.subclasses) typeModified(s);
}

/**
 * Every type modified: what a class attribute is as a descriptor depends on
 * its own type (__get__, __set__, __delete__), so a change there may alter
 * attribute lookups through any type holding such an attribute.
 */
export function allTypesModified(): void {
  // Every class descends from a built-in type, and reaches its subclasses from there.
  for (const t of builtinTypes) typeModified(t);
}

export class PyType extends PyObject {
  name: string;
  qualname: string;
  module = 'builtins';
  base: PyType | null;
  bases: PyType[];
  mro: PyType[] = [];
  attrs = new Map<string, PyObject>();
  /** Heap types are the ones a class statement makes (mutable, have __module__). */
  heapType = false;
  /** A native type that stands for one CPython writes in Python (random.Random): its attributes may be set. */
  mutableAttrs = false;
  /** Instances may carry a __dict__ (user classes without __slots__ ...). */
  hasDict = false;
  hasWeakref = false;
  /** CPython's tp_basicsize / tp_itemsize and whether instances have a GC header. */
  basicsize = 16;
  itemsize = 0;
  gc = false;
  /** Py_TPFLAGS_MANAGED_DICT: the instance dict lives in a pre-header (3.11 classes without __slots__). */
  managedDict = false;
  /** A subclass may be derived from it (bool, NoneType, ... may not). */
  baseType = true;
  /** The JS constructor of instances: a user class of a built-in base gets a JS subclass of the base's. */
  jsClass: (new (type: PyType) => PyObject) | null = null;
  /** Subclasses, for __subclasses__ and slot updates. */
  subclasses: PyType[] = [];
  /** Checked by the attribute sites (attrcache.ts): changes with the type's attributes and those along its MRO. */
  version = ++lastVersion;
  /** _PyType_Lookup's results by name, emptied by typeModified. */
  private cache = new Map<string, PyObject | null>();

  // --- the collector's slots and bookkeeping (see gc.ts) ---
  traverse: ((o: PyObject, visit: Visit) => void) | null = null;
  clear: ((o: PyObject) => void) | null = null;
  finalize: ((o: PyObject) => void) | null = null;
  gcMode = 0;
  freelist: Freelist | null = null;
  gcKind = 0;
  /** How instances take blocks of the heap model (heap.ts), set on first use. */
  blk: object | null = null;

  // --- slots (null: the type does not support the operation) ---
  dealloc: (o: PyObject) => void = defaultDealloc;
  repr: ((o: PyObject) => PyObject) | null = null;
  str: ((o: PyObject) => PyObject) | null = null;
  /** Returns the low 32 bits of the 64-bit hash; the high 32 bits go to HASH.hi. */
  hash: ((o: PyObject) => number) | null = null;
  /** Returns a new reference; NotImplemented when it does not apply. op: 0 < 1 <= 2 == 3 != 4 > 5 >= */
  richcompare: ((a: PyObject, b: PyObject, op: number) => PyObject) | null = null;
  /** Returns a new reference, or null when the attribute does not exist (no exception made). */
  getattro: ((o: PyObject, name: PyObject) => PyObject | null) | null = null;
  /** v null deletes. */
  setattro: ((o: PyObject, name: PyObject, v: PyObject | null) => void) | null = null;
  call: CallSlot | null = null;
  iter: UnarySlot | null = null;
  /** Returns a new reference, or null when exhausted (no StopIteration made). */
  next: ((o: PyObject) => PyObject | null) | null = null;
  descrGet: ((d: PyObject, obj: PyObject | null, type: PyObject) => PyObject) | null = null;
  descrSet: ((d: PyObject, obj: PyObject, v: PyObject | null) => void) | null = null;
  new_: CallSlot | null = null;
  init: ((self: PyObject, args: PyObject[], kwnames: string[] | null) => void) | null = null;
  // mapping / sequence
  len: ((o: PyObject) => number) | null = null;
  getitem: BinarySlot | null = null;
  setitem: ((o: PyObject, k: PyObject, v: PyObject | null) => void) | null = null;
  contains: ((o: PyObject, k: PyObject) => boolean) | null = null;
  /** sq_concat / sq_repeat: the sequence fallbacks of + and * (and their in-place forms). */
  concat: BinarySlot | null = null;
  repeat: ((o: PyObject, n: number) => PyObject) | null = null;
  inplaceConcat: BinarySlot | null = null;
  inplaceRepeat: ((o: PyObject, n: number) => PyObject) | null = null;
  // number
  bool: ((o: PyObject) => boolean) | null = null;
  index: UnarySlot | null = null;
  int: UnarySlot | null = null;
  float: UnarySlot | null = null;
  neg: UnarySlot | null = null;
  pos: UnarySlot | null = null;
  invert: UnarySlot | null = null;
  abs: UnarySlot | null = null;
  /** Binary operators by operator index (see ops.ts BINOP_*): nb[i] and inplace ib[i]. */
  nb: (BinarySlot | null)[] = [];
  ib: (BinarySlot | null)[] = [];
  /** pow with a third argument (pow(a, b, m)); nb[POW] handles the binary form. */
  ternaryPow: ((a: PyObject, b: PyObject, m: PyObject) => PyObject) | null = null;

  constructor(metatype: PyType | null, name: string, base: PyType | null, bases?: PyType[]) {
    // `type` is its own type: the very first PyType is made with a null
    // metatype and patched in bootstrap.
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.base = base;
    this.bases = bases ?? (base ? [base] : []);
  }

  /** _PyType_Lookup: the attribute found along the MRO, borrowed, or null. */
  lookup(name: string): PyObject | null {
    let r = this.cache.get(name);
    if (r !== undefined) return r;
    r = null;
    for (const t of this.mro) {
      const v = t.attrs.get(name);
      if (v !== undefined) {
        r = v;
        break;
      }
    }
    this.cache.set(name, r);
    return r;
  }

  clearLookupCache(): void {
    this.cache.clear();
  }

  isSubtype(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

/** The default dealloc: nothing to release. Types with referents override it. */
export function defaultDealloc(_o: PyObject): void {}

/** Every static (built-in) type, in creation order; bootstrap finishes them. */
export const builtinTypes: PyType[] = [];

/** A built-in type. Its metatype is set and its MRO computed by finishBuiltinTypes(). */
export function builtinType(name: string, base: PyType | null, init?: Partial<PyType>): PyType {
  const t = new PyType(null, name, base);
  if (init) Object.assign(t, init);
  builtinTypes.push(t);
  return t;
}

export const ObjectType = builtinType('object', null);
export const TypeType = builtinType('type', ObjectType, { basicsize: 904, itemsize: 40, gc: true });

/** Point every built-in type at `type` and give it its MRO (single inheritance: the base chain). */
export function finishBuiltinTypes(): void {
  for (const t of builtinTypes) {
    t.type = TypeType;
    if (t.mro.length === 0) {
      const mro: PyType[] = [];
      for (let b: PyType | null = t; b; b = b.base) mro.push(b);
      t.mro = mro;
    }
    if (t.base && !t.base.subclasses.includes(t)) t.base.subclasses.push(t);
  }
}

const SLOT_KEYS = ['repr', 'str', 'hash', 'richcompare', 'getattro', 'setattro', 'call', 'iter', 'next', 'descrGet',
  'descrSet', 'new_', 'init', 'len', 'getitem', 'setitem', 'contains', 'concat', 'repeat', 'inplaceConcat',
  'inplaceRepeat', 'bool', 'index', 'int', 'float', 'neg', 'pos', 'invert', 'abs', 'ternaryPow', 'traverse', 'clear',
  'finalize'] as const;

/** inherit_slots of PyType_Ready: a built-in type takes the slots it does not define from its base. */
export function inheritBuiltinSlots(): void {
  for (const t of builtinTypes) {
    const b = t.base;
    if (b === null) continue;
    const tt = t as unknown as Record<string, unknown>;
    const bb = b as unknown as Record<string, unknown>;
    for (const k of SLOT_KEYS) if (tt[k] === null) tt[k] = bb[k];
    // A static type directly under object without its own __new__ cannot be instantiated (type_ready_set_new).
    if (b === ObjectType && tt.new_ === bb.new_) t.new_ = null;
    for (let i = 0; i < b.nb.length; i++) if (!t.nb[i] && b.nb[i]) t.nb[i] = b.nb[i];
    for (let i = 0; i < b.ib.length; i++) if (!t.ib[i] && b.ib[i]) t.ib[i] = b.ib[i];
    if (t.jsClass === null) t.jsClass = b.jsClass;
    // object's dealloc is that of Python-class instances; other bases pass theirs down.
    if (t.dealloc === defaultDealloc && b !== ObjectType) t.dealloc = b.dealloc;
  }
}
