// The _abc module (Modules/_abc.c): the state behind abc.ABCMeta.
//
// Each ABC carries an `_abc_data` object in its `_abc_impl` attribute: the
// classes registered with it and the positive and negative caches of
// issubclass answers. CPython keeps these in sets of weak references, so they
// hold no reference counts; here they are JS sets that take no references
// either, so that registering or checking a class leaves its reference count
// as CPython's.
//
// ABCs that declare `__abc_tpflags__` (collections.abc.Sequence and Mapping)
// make their subclasses and registered classes match sequence and mapping
// patterns in `match` statements, as Py_TPFLAGS_SEQUENCE / _MAPPING do.

import { PyObject, decref } from '../runtime/object.js';
import { PyType, builtinType, ObjectType } from '../runtime/type.js';
import * as ab from '../runtime/abstract.js';
import { checkArgs, newBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyStr, nameStr } from '../runtime/types/str.js';
import { PyInt, newInt, newIntAny } from '../runtime/types/int.js';
import { True, False, newBool } from '../runtime/types/bool.js';
import { NotImplemented, newNone } from '../runtime/types/none.js';
import { newTuple, PyTuple } from '../runtime/types/tuple.js';
import { PyList } from '../runtime/types/list.js';
import { FrozenSetType, SetType, PySet, allocSet, setAdd } from '../runtime/types/set.js';
import { dictGetStr } from '../runtime/types/dict.js';
import { newException, AssertionErrorType, RuntimeErrorType } from '../runtime/types/exceptions.js';
import { typeError } from '../runtime/errors.js';
import { sequenceTypes, mappingTypes } from '../runtime/match.js';
import { typeModified } from '../runtime/type.js';
import { abstractNames } from '../runtime/types/typeobject.js';
import type { PyModule } from '../runtime/types/module.js';
import type { Interpreter } from '../runtime/interp.js';

export const AbcDataType = builtinType('_abc_data', ObjectType, { basicsize: 48, gc: true, baseType: false });
AbcDataType.module = '_abc';

/** Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING, as collections.abc writes them in __abc_tpflags__. */
const FLAG_SEQUENCE = 1 << 5;
const FLAG_MAPPING = 1 << 6;

class PyAbcData extends PyObject {
  readonly registry = new Set<PyObject>();
  readonly cache = new Set<PyObject>();
  readonly negativeCache = new Set<PyObject>();
  negativeCacheVersion: number;
  constructor() {
    super(AbcDataType);
    this.negativeCacheVersion = invalidationCounter;
  }
}

/** Bumped by every register(): negative caches older than it are stale. */
let invalidationCounter = 0;

/** The builtins issubclass(), which honours __subclasscheck__ (PyObject_IsSubclass). */
let issubclassFn: PyObject | null = null;

function isSubclass(sub: PyObject, cls: PyObject): boolean {
  const r = ab.call(issubclassFn!, [sub, cls]);
  const t = ab.isTrue(r);
  decref(r);
  return t;
}

/** The interned attribute names this module uses, kept for the life of the process (borrowed). */
/** `self._abc_impl`, checked (borrowed: the class holds it). */
function implOf(self: PyObject): PyAbcData {
  const impl = ab.getattr(self, nameStr('_abc_impl'));
  decref(impl);
  if (!(impl instanceof PyAbcData)) throw typeError('_abc_impl is set to a wrong type');
  return impl;
}

/** self.name(*args) (PyObject_CallMethod). */
function callMethod(self: PyObject, name: string, args: PyObject[]): PyObject {
  const m = ab.getattr(self, nameStr(name));
  try {
    return ab.call(m, args);
  } finally {
    decref(m);
  }
}

/** _PyObject_IsAbstract: a true __isabstractmethod__. */
function isAbstract(o: PyObject): boolean {
  const v = ab.getattrOrNull(o, nameStr('__isabstractmethod__'));
  if (v === null) return false;
  try {
    return ab.isTrue(v);
  } finally {
    decref(v);
  }
}

/** compute_abstract_methods: cls.__abstractmethods__ is the frozenset of the names that
 *  are abstract in the class namespace, and those abstract in a base and not overridden. */
function computeAbstractMethods(cls: PyType): void {
  const abstracts = allocSet(FrozenSetType);
  try {
    for (const [key, value] of cls.attrs) {
      if (isAbstract(value)) setAdd(abstracts, nameStr(key));
    }
    const bases = ab.getattr(cls, nameStr('__bases__'));
    try {
      if (!(bases instanceof PyTuple)) throw typeError('__bases__ is not tuple');
      for (const base of bases.items) addInheritedAbstracts(cls, base, abstracts);
    } finally {
      decref(bases);
    }
    ab.setattr(cls, nameStr('__abstractmethods__'), abstracts);
  } finally {
    decref(abstracts);
  }
}

/** Add the names in base.__abstractmethods__ that are still abstract on cls. */
function addInheritedAbstracts(cls: PyType, base: PyObject, abstracts: PySet): void {
  const baseNames = ab.getattrOrNull(base, nameStr('__abstractmethods__'));
  if (baseNames === null) return;
  const it = ab.getIter(baseNames);
  decref(baseNames);
  try {
    for (let key = ab.iterNext(it); key !== null; key = ab.iterNext(it)) {
      try {
        if (!(key instanceof PyStr)) throw typeError(`attribute name must be string, not '${key.type.name}'`);
        const value = ab.getattrOrNull(cls, key);
        if (value === null) continue;
        const abstract = isAbstract(value);
        decref(value);
        if (abstract) setAdd(abstracts, key);
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** _abc_init(cls): __abstractmethods__, the _abc_impl data, and the collection flags. */
const abcInit: NativeFn = (_s, a, k) => {
  checkArgs('_abc_init', a, k, 1, 1);
  const self = a[0];
  if (!(self instanceof PyType)) throw typeError('_abc_init() argument must be a type');
  computeAbstractMethods(self);
  const data = new PyAbcData();
  try {
    ab.setattr(self, nameStr('_abc_impl'), data);
  } finally {
    decref(data);
  }
  const flags = self.attrs.get('__abc_tpflags__');
  if (flags !== undefined) {
    if (flags instanceof PyInt) setCollectionFlags(self, Number(BigInt.asUintN(32, BigInt(flags.v))));
    self.attrs.delete('__abc_tpflags__');
    decref(flags);
    typeModified(self);
  }
  return newNone();
};

function setCollectionFlags(t: PyType, flags: number): void {
  if (flags & FLAG_SEQUENCE) sequenceTypes.add(t);
  else if (flags & FLAG_MAPPING) mappingTypes.add(t);
}

/** The collection flag an ABC gives (its own or inherited), or 0. */
function collectionFlagOf(t: PyType): number {
  for (const b of t.mro) {
    if (sequenceTypes.has(b)) return FLAG_SEQUENCE;
    if (mappingTypes.has(b)) return FLAG_MAPPING;
  }
  return 0;
}

/** _abc_register(cls, subclass): add a virtual subclass. */
const abcRegister: NativeFn = (_s, a, k) => {
  checkArgs('_abc_register', a, k, 2, 2);
  const [self, subclass] = a;
  if (!(subclass instanceof PyType)) throw typeError('Can only register classes');
  if (isSubclass(subclass, self)) {
    // Already a subclass (really or virtually): nothing changes.
    subclass.rc++;
    return subclass;
  }
  if (isSubclass(self, subclass)) throw newException(RuntimeErrorType, 'Refusing to create an inheritance cycle');
  implOf(self).registry.add(subclass);
  invalidationCounter++;
  // set_collection_flag_recursive: a class that already is a sequence or mapping keeps its kind.
  if (self instanceof PyType) {
    const flag = collectionFlagOf(self);
    if (flag !== 0 && collectionFlagOf(subclass) === 0) setCollectionFlags(subclass, flag);
  }
  subclass.rc++;
  return subclass;
};

/** _abc_instancecheck(cls, instance). */
const abcInstanceCheck: NativeFn = (_s, a, k) => {
  checkArgs('_abc_instancecheck', a, k, 2, 2);
  const [self, instance] = a;
  const impl = implOf(self);
  const subclass = ab.getattr(instance, nameStr('__class__'));
  try {
    if (impl.cache.has(subclass)) return newBool(true);
    const subtype = instance.type;
    if (subtype === subclass) {
      if (impl.negativeCacheVersion === invalidationCounter && impl.negativeCache.has(subclass)) return newBool(false);
      return callMethod(self, '__subclasscheck__', [subclass]);
    }
    const r = callMethod(self, '__subclasscheck__', [subclass]);
    if (ab.isTrue(r)) return r;
    decref(r);
    return callMethod(self, '__subclasscheck__', [subtype]);
  } finally {
    decref(subclass);
  }
};

/** _abc_subclasscheck(cls, subclass): caches, __subclasshook__, the MRO, the registry, the subclasses. */
const abcSubclassCheck: NativeFn = (_s, a, k) => {
  checkArgs('_abc_subclasscheck', a, k, 2, 2);
  const [self, subclass] = a;
  if (!(subclass instanceof PyType)) throw typeError('issubclass() arg 1 must be a class');
  const impl = implOf(self);
  if (impl.cache.has(subclass)) return newBool(true);
  if (impl.negativeCacheVersion < invalidationCounter) {
    impl.negativeCache.clear();
    impl.negativeCacheVersion = invalidationCounter;
  } else if (impl.negativeCache.has(subclass)) {
    return newBool(false);
  }
  const ok = callMethod(self, '__subclasshook__', [subclass]);
  if (ok === True) {
    impl.cache.add(subclass);
    return ok;
  }
  if (ok === False) {
    impl.negativeCache.add(subclass);
    return ok;
  }
  if (ok !== NotImplemented) {
    decref(ok);
    throw newException(AssertionErrorType, '__subclasshook__ must return either False, True, or NotImplemented');
  }
  decref(ok);
  if (subclass.mro.includes(self as PyType)) {
    impl.cache.add(subclass);
    return newBool(true);
  }
  if (impl.registry.has(subclass)) return newBool(true);
  // A snapshot: the checks run Python code that may register more classes.
  for (const rcls of [...impl.registry]) {
    if (isSubclass(subclass, rcls)) {
      impl.cache.add(subclass);
      return newBool(true);
    }
  }
  const subs = callMethod(self, '__subclasses__', []);
  try {
    if (!(subs instanceof PyList)) throw typeError('__subclasses__() must return a list');
    for (const scls of subs.items.slice()) {
      if (isSubclass(subclass, scls)) {
        impl.cache.add(subclass);
        return newBool(true);
      }
    }
  } finally {
    decref(subs);
  }
  impl.negativeCache.add(subclass);
  return newBool(false);
};

/** A new set holding the members of a JS set (for _get_dump). */
function setOf(items: Set<PyObject>): PyObject {
  const s = allocSet(SetType);
  for (const x of items) setAdd(s, x);
  return s;
}

/** Called from bootstrap: object.__new__ learns the abstract method names from a
 *  class's __abstractmethods__ (any iterable of str), however it was set. */
export function initAbcHooks(): void {
  abstractNames.f = (v) => {
    const out: string[] = [];
    const it = ab.getIter(v);
    try {
      for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) {
        out.push(ab.strJS(x));
        decref(x);
      }
    } finally {
      decref(it);
    }
    return out;
  };
}

export function initAbc(m: PyModule, interp: Interpreter): void {
  issubclassFn = dictGetStr(interp.builtinsDict, nameStr('issubclass'));
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, '_abc');
    m.set(name, f);
    decref(f);
  };
  def('get_cache_token', (_s, a, k) => {
    checkArgs('get_cache_token', a, k, 0, 0);
    return newIntAny(invalidationCounter);
  });
  def('_abc_init', abcInit);
  def('_abc_register', abcRegister);
  def('_abc_instancecheck', abcInstanceCheck);
  def('_abc_subclasscheck', abcSubclassCheck);
  def('_get_dump', (_s, a, k) => {
    checkArgs('_get_dump', a, k, 1, 1);
    const impl = implOf(a[0]);
    return newTuple([setOf(impl.registry), setOf(impl.cache), setOf(impl.negativeCache),
      newInt(impl.negativeCacheVersion)]);
  });
  def('_reset_registry', (_s, a, k) => {
    checkArgs('_reset_registry', a, k, 1, 1);
    implOf(a[0]).registry.clear();
    return newNone();
  });
  def('_reset_caches', (_s, a, k) => {
    checkArgs('_reset_caches', a, k, 1, 1);
    const impl = implOf(a[0]);
    impl.cache.clear();
    impl.negativeCache.clear();
    return newNone();
  });
}
