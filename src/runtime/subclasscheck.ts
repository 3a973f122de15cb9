// isinstance() and issubclass() (Objects/abstract.c): the __instancecheck__ /
// __subclasscheck__ protocol, and the "abstract" classes it falls back to:
// any object with a tuple __bases__ counts as a class, and an object's
// __class__ stands for its type.

import { PyObject, decref, recursion } from './object.js';
import { PyType, TypeType } from './type.js';
import { PyTuple } from './types/tuple.js';
import { PyUnion } from './types/genericalias.js';
import { internStr } from './types/str.js';
import { typeError } from './errors.js';
import * as ab from './abstract.js';

/** The checker hook of cls (__instancecheck__ or __subclasscheck__) bound to it, or null. */
function lookupSpecial(cls: PyObject, name: string): PyObject | null {
  const hook = cls.type.lookup(name);
  if (hook === null) return null;
  const get = hook.type.descrGet;
  if (get !== null) return get(hook, cls, cls.type);
  hook.rc++;
  return hook;
}

function callChecker(checker: PyObject, arg: PyObject, where: string): boolean {
  recursion.enter(where);
  let r: PyObject;
  try {
    r = ab.call(checker, [arg]);
  } finally {
    recursion.leave();
    decref(checker);
  }
  try {
    return ab.isTrue(r);
  } finally {
    decref(r);
  }
}

/** cls.__bases__ when it is a tuple (a new reference), else null. */
function abstractBases(cls: PyObject): PyTuple | null {
  const bases = ab.getattrOrNull(cls, internStr('__bases__'));
  if (bases === null) return null;
  if (bases instanceof PyTuple) return bases;
  decref(bases);
  return null;
}

/** Raise TypeError(message) unless cls has a tuple __bases__. */
function checkClass(cls: PyObject, message: string): void {
  const bases = abstractBases(cls);
  if (bases === null) throw typeError(message);
  decref(bases);
}

/** Whether cls is reached from derived through __bases__ (derived itself included). */
function abstractIsSubclass(derived: PyObject, cls: PyObject): boolean {
  let bases: PyTuple | null = null;
  // Single inheritance is followed in a loop; only a fork recurses.
  for (;;) {
    if (derived === cls) {
      if (bases !== null) decref(bases);
      return true;
    }
    // derived may be kept alive only by the previous bases: drop that after the lookup.
    const next = abstractBases(derived);
    if (bases !== null) decref(bases);
    bases = next;
    if (bases === null) return false;
    const n = bases.items.length;
    if (n === 0) {
      decref(bases);
      return false;
    }
    if (n > 1) break;
    derived = bases.items[0];
  }
  recursion.enter(' in __issubclass__');
  try {
    for (const b of bases.items) if (abstractIsSubclass(b, cls)) return true;
    return false;
  } finally {
    recursion.leave();
    decref(bases);
  }
}

/** _PyObject_RealIsInstance: isinstance without cls's own __instancecheck__ (type.__instancecheck__). */
export function realIsInstance(inst: PyObject, cls: PyObject): boolean {
  const name = internStr('__class__');
  if (cls instanceof PyType) {
    if (inst.type.isSubtype(cls)) return true;
    // A proxy may claim another class through __class__.
    const icls = ab.getattrOrNull(inst, name);
    if (icls === null) return false;
    try {
      return icls !== inst.type && icls instanceof PyType && icls.isSubtype(cls);
    } finally {
      decref(icls);
    }
  }
  checkClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = ab.getattrOrNull(inst, name);
  if (icls === null) return false;
  try {
    return abstractIsSubclass(icls, cls);
  } finally {
    decref(icls);
  }
}

/** _PyObject_RealIsSubclass: issubclass without cls's own __subclasscheck__ (type.__subclasscheck__). */
export function realIsSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls instanceof PyType && derived instanceof PyType) return derived.isSubtype(cls);
  checkClass(derived, 'issubclass() arg 1 must be a class');
  checkClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(derived, cls);
}

/** PyObject_IsInstance: isinstance(inst, cls). */
export function isInstance(inst: PyObject, cls: PyObject): boolean {
  if (inst.type === cls) return true;
  // type's own __instancecheck__ is known: no call needed.
  if (cls.type === TypeType) return realIsInstance(inst, cls);
  // isinstance(x, int | str) is isinstance(x, (int, str)).
  if (cls instanceof PyUnion) cls = cls.args;
  if (cls instanceof PyTuple) {
    // Only a real tuple is searched (a general sequence could recurse without end).
    recursion.enter(' in __instancecheck__');
    try {
      for (const c of cls.items) if (isInstance(inst, c)) return true;
      return false;
    } finally {
      recursion.leave();
    }
  }
  const checker = lookupSpecial(cls, '__instancecheck__');
  if (checker !== null) return callChecker(checker, inst, ' in __instancecheck__');
  return realIsInstance(inst, cls);
}

/** PyObject_IsSubclass: issubclass(derived, cls). */
export function isSubclass(derived: PyObject, cls: PyObject): boolean {
  if (cls.type === TypeType) {
    if (derived === cls) return true;
    return realIsSubclass(derived, cls);
  }
  if (cls instanceof PyUnion) cls = cls.args;
  if (cls instanceof PyTuple) {
    recursion.enter(' in __subclasscheck__');
    try {
      for (const c of cls.items) if (isSubclass(derived, c)) return true;
      return false;
    } finally {
      recursion.leave();
    }
  }
  const checker = lookupSpecial(cls, '__subclasscheck__');
  if (checker !== null) return callChecker(checker, derived, ' in __subclasscheck__');
  return realIsSubclass(derived, cls);
}
