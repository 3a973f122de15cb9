// Inline caches for attribute sites: CPython 3.11's specialized LOAD_ATTR,
// LOAD_METHOD and STORE_ATTR, in the form a JS runtime needs.
//
// Every `o.name`, `o.name(...)` and `o.name = v` in compiled code owns one
// AttrCache. The first execution records what the generic lookup found on the
// receiver's type: nothing (the attribute lives in the instance dict), a plain
// class attribute, a method (a descriptor with __get__ only) or a data
// descriptor (property, slot). Later executions with a receiver of the same
// type, while that type's version is the one seen (no change to it or along
// its MRO: type.ts typeModified), skip the MRO walk and
// the descriptor protocol dispatch. For dict attributes the cache also keeps
// the entry index where the name was last found: instances of one class set
// their attributes in the same order, so the index usually fits every
// instance, and a hit is one identity comparison (a deleted entry's key is
// null, so a stale index can only miss).
//
// A miss of any kind falls back to the generic path, which stays the only
// place that decides semantics (errors, __getattr__, metatypes).

import { PyObject, decref } from './object.js';
import { PyType } from './type.js';
import { getattr as genericGetattrOp, setattr as genericSetattrOp } from './abstract.js';
import type { PyStr } from './types/str.js';
import { PyDict, lookupStr, dictSet, type SharedKeys, dictKeyAt, dictReplaceAt, dictValueAt } from './types/dict.js';
import { genericGetAttr, genericSetAttr } from './types/typeobject.js';
import { moduleGetattro } from './types/module.js';
import { PyFunction, FunctionType, callFunctionOwned } from './types/function.js';
import { PyMethodDescr, MethodDescrType, ClassMethodDescrType } from './types/builtinfunc.js';
import { ts } from './types/frame.js';
import { tr, profileCCall } from './trace.js';

/** What the type holds under the name (kind of a filled cache). */
const NONE = 0;
/** Nothing on the type: the instance dict has it or nothing does. */
const DICT = 1;
/** A class attribute without __get__, unless the instance dict shadows it. */
const PLAIN = 2;
/** A non-data descriptor (function, method descriptor, classmethod...), unless shadowed. */
const METHOD = 3;
/** A data descriptor (property, member): it wins over the instance dict. */
const DATA = 4;

/** The types one site remembers before it recycles its last entry (CPython's sites keep one). */
const MAX_ENTRIES = 4;

export class AttrCache {
  t: PyType | null = null;
  /** t's version when the entry was filled. */
  ver = -1;
  kind = NONE;
  /** The entry index of the name in the last instance dict it was found in. */
  ix = 0;
  /** The type's attribute (borrowed: valid while t's version is unchanged). */
  v: PyObject | null = null;
  /** A shared key table without the name, and its size then (notShadowed). */
  sk: SharedKeys | null = null;
  skEntries = -1;
  /** The entry for the next type seen at the same site. */
  next: AttrCache | null = null;
}

export function newAttrCache(): AttrCache {
  return new AttrCache();
}

type WithDict = PyObject & { dict?: PyDict | null };

/** The site's entry for type t, valid for t's current version (filled now if it was not). */
function entryFor(c: AttrCache, t: PyType, name: PyStr, store: boolean): AttrCache {
  let e = c;
  for (let n = 1; e.t !== t && e.t !== null; n++) {
    if (e.next === null) {
      // A full site recycles its last entry.
      if (n < MAX_ENTRIES) e.next = new AttrCache();
      else break;
    }
    e = e.next;
  }
  if (e.t !== t || e.ver !== t.version) fill(e, t, name, store);
  return e;
}

/** Record what type t holds under name; NONE when its attribute access is not the generic one. */
function fill(c: AttrCache, t: PyType, name: PyStr, store: boolean): void {
  c.t = t;
  c.ver = t.version;
  c.v = null;
  c.kind = NONE;
  // A module's getattro is the generic one until the name is absent (then its __getattr__).
  const generic = store ? t.setattro === genericSetAttr : t.getattro === genericGetAttr || t.getattro === moduleGetattro;
  if (!generic) return;
  const v = t.lookup(name.v);
  c.v = v;
  if (v === null) c.kind = DICT;
  // A descriptor with __set__ but no __get__ yields to the instance dict on loads, then is the value itself.
  else if (v.type.descrSet !== null) c.kind = store || v.type.descrGet !== null ? DATA : PLAIN;
  else if (store) c.kind = DICT;
  else c.kind = v.type.descrGet === null ? PLAIN : METHOD;
}

/**
 * Whether o's instance dict has no entry for name. A split dict holds only
 * names of its class's shared key table, which only grows: a name absent
 * from the table is absent from every split dict that shares it, until the
 * table takes a new name (CPython's LOAD_METHOD_WITH_VALUES checks the
 * shared keys' version the same way), so the entry remembers the table and
 * its size instead of probing each instance's dict.
 */
function notShadowed(o: PyObject, name: PyStr, e: AttrCache): boolean {
  const d = (o as WithDict).dict;
  if (d == null) return true;
  const sk = d.shared;
  if (sk !== null) {
    if (sk === e.sk && sk.nentries === e.skEntries) return true;
    if (!sk.names.has(name.v)) {
      e.sk = sk;
      e.skEntries = sk.nentries;
      return true;
    }
  }
  return lookupStr(d, name) < 0;
}

/**
 * LOAD_ATTR: a new reference to o.name; o borrowed. t is o's type, read by
 * the compiled code at the site, where it sees the few classes that reach
 * that site, rather than here, where every class of object the program has
 * made meets (past 32 classes V8 makes such a load megamorphic).
 */
export function getAttrCached(o: PyObject, t: PyType, name: PyStr, c: AttrCache): PyObject {
  const e = t === c.t && c.ver === t.version ? c : entryFor(c, t, name, false);
  {
    switch (e.kind) {
      case DICT: {
        const d = (o as WithDict).dict;
        if (d != null) {
          let ix = e.ix;
          if (dictKeyAt(d, ix) !== name) {
            ix = lookupStr(d, name);
            if (ix < 0) break;
            e.ix = ix;
          }
          const v = dictValueAt(d, ix)!;
          v.rc++;
          return v;
        }
        break;
      }
      case DATA:
        return e.v!.type.descrGet!(e.v!, o, t);
      case PLAIN:
        if (notShadowed(o, name, e)) {
          e.v!.rc++;
          return e.v!;
        }
        break;
      case METHOD:
        if (notShadowed(o, name, e)) return e.v!.type.descrGet!(e.v!, o, t);
        break;
    }
  }
  return genericGetattrOp(o, name);
}

/** STORE_ATTR: o.name = v, both owned; t is o's type, read at the site (as for getAttrCached) after v is made. */
export function storeAttrCached(o: PyObject, name: PyStr, v: PyObject, c: AttrCache, t: PyType): void {
  const e = t === c.t && c.ver === t.version ? c : entryFor(c, t, name, true);
  if (e.kind === DICT) {
    const d = (o as WithDict).dict;
    if (d != null) {
      const ix = e.ix;
      if (dictKeyAt(d, ix) === name) {
        // Replacing a value in place, as insertdict does (the dict starts being tracked for a value that may be).
        dictReplaceAt(d, ix, v);
        decref(o);
        return;
      }
      try {
        dictSet(d, name, v);
      } finally {
        decref(v);
        decref(o);
      }
      e.ix = lookupStr(d, name);
      return;
    }
  }
  try {
    genericSetattrOp(o, name, v);
  } finally {
    decref(v);
    decref(o);
  }
}

/**
 * LOAD_METHOD for a call: the function to call with o as its first argument,
 * or null when the attribute is not a method found on the type (then the
 * caller takes the generic path, through a bound object). t is o's type,
 * read at the call site (as for getAttrCached).
 */
export function methodCached(o: PyObject, t: PyType, name: PyStr, c: AttrCache): PyObject | null {
  const e = t === c.t && c.ver === t.version ? c : entryFor(c, t, name, false);
  if (e.kind !== METHOD) return null;
  const m = e.v!;
  // A classmethod_descriptor (dict.fromkeys) binds to the type: it takes the generic path.
  if (m.type !== FunctionType && !(m instanceof PyMethodDescr && m.type !== ClassMethodDescrType && t.isSubtype(m.owner))) {
    return null;
  }
  return notShadowed(o, name, e) ? m : null;
}

/** Call the method methodCached found: o and args owned. */
export function callFoundMethod(m: PyObject, o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  if (m.type === FunctionType) {
    args.unshift(o);
    return callFunctionOwned(m as PyFunction, args, kwnames);
  }
  try {
    if (m.type === MethodDescrType) {
      // cProfile's hook, then a profile function of sys.setprofile.
      if (ts.profiler !== null) return profiledDescrCall(m as PyMethodDescr, o, args, kwnames);
      if (tr.on && tr.profileFn !== null) return profiledMethod(m as PyMethodDescr, o, args, kwnames);
    }
    return (m as PyMethodDescr).fn(o, args, kwnames);
  } finally {
    for (let i = 0; i < args.length; i++) decref(args[i]);
    decref(o);
  }
}

/** A method descriptor called on o while a profiler listens: a C call of the method bound to o. */
function profiledDescrCall(m: PyMethodDescr, o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  ts.profiler!.cCall(m, o);
  try {
    return m.fn(o, args, kwnames);
  } finally {
    ts.profiler?.cRet(m);
  }
}

/** A built-in method called while a profile function is set: reported as the bound method (c_call, c_return). */
function profiledMethod(m: PyMethodDescr, o: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const b = m.type.descrGet!(m, o, o.type);
  try {
    return profileCCall(b, () => m.fn(o, args, kwnames));
  } finally {
    decref(b);
  }
}
