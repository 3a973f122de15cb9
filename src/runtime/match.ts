// The pattern-matching operations of `match` (MATCH_SEQUENCE, MATCH_MAPPING,
// MATCH_KEYS, MATCH_CLASS and the capture bookkeeping of compile.c).

import { PyObject, decref } from './object.js';
import { PyType, ObjectType } from './type.js';
import * as ab from './abstract.js';
import { PyTuple, TupleType } from './types/tuple.js';
import { ListType, PyList } from './types/list.js';
import { PyDict, DictType, newDict, dictSet, dictDel, lookup, dictEntryCount, dictKeyAt, dictValueAt } from './types/dict.js';
import { PyStr, StrType, newStr } from './types/str.js';
import { typeError, valueError } from './errors.js';

/** Release the captures from index `start` on (a failed pattern or alternative). */
export function dropCaps(caps: (PyObject | undefined)[], start: number): void {
  for (let i = start; i < caps.length; i++) {
    const c = caps[i];
    if (c !== undefined) decref(c);
  }
  caps.length = start;
}

/** Put an or-pattern alternative's captures in the first alternative's order. */
export function reorderCaps(caps: PyObject[], start: number, remap: number[]): void {
  const moved = caps.slice(start, start + remap.length);
  remap.forEach((to, i) => {
    caps[start + to] = moved[i];
  });
}

/** Types that match sequence patterns (Py_TPFLAGS_SEQUENCE), extended by collections.abc registration. */
export const sequenceTypes = new Set<PyType>();
/** Types that match mapping patterns (Py_TPFLAGS_MAPPING). */
export const mappingTypes = new Set<PyType>();

function hasFlag(t: PyType, set: Set<PyType>): boolean {
  for (const b of t.mro) if (set.has(b)) return true;
  return false;
}

/** MATCH_SEQUENCE + GET_LEN: the items (new references) when the subject is a sequence of a fitting length. */
export function matchSeq(subj: PyObject, n: number, star: boolean): PyObject[] | null {
  const t = subj.type;
  if (t === StrType || !hasFlag(t, sequenceTypes)) return null;
  const len = ab.len(subj);
  if (star ? len < n : len !== n) return null;
  if (t === TupleType || t === ListType) {
    const items = (subj as PyTuple | PyList).items.slice();
    for (const x of items) x.rc++;
    return items;
  }
  const out: PyObject[] = [];
  const it = ab.getIter(subj);
  try {
    for (let x = ab.iterNext(it); x !== null; x = ab.iterNext(it)) out.push(x);
  } finally {
    decref(it);
  }
  return out;
}

export function matchMapping(subj: PyObject): boolean {
  return hasFlag(subj.type, mappingTypes);
}

/** MATCH_KEYS: the values for keys (owned), or null when one is missing. Keys are owned by the caller. */
export function matchKeys(subj: PyObject, keys: PyObject[]): PyObject[] | null {
  for (let i = 0; i < keys.length; i++) {
    for (let j = 0; j < i; j++) {
      if (ab.eqBool(keys[i], keys[j])) throw valueErrorDup(keys[i]);
    }
  }
  const out: PyObject[] = [];
  if (subj.type === DictType) {
    const d = subj as PyDict;
    for (const k of keys) {
      const ix = lookup(d, k, ab.hashOf(k));
      if (ix < 0) {
        for (const o of out) decref(o);
        return null;
      }
      const v = dictValueAt(d, ix)!;
      v.rc++;
      out.push(v);
    }
    return out;
  }
  const get = ab.getattr(subj, newStr('get'));
  // MATCH_KEYS' sentinel: a plain object() that no mapping can hold.
  const dummy = new PyObject(ObjectType);
  try {
    for (const k of keys) {
      const v = ab.call(get, [k, dummy]);
      if (v === dummy) {
        decref(v);
        for (const o of out) decref(o);
        return null;
      }
      out.push(v);
    }
  } finally {
    decref(get);
    decref(dummy);
  }
  return out;
}

function valueErrorDup(k: PyObject): PyObject {
  return valueError(`mapping pattern checks duplicate key (${ab.reprJS(k)})`);
}

/** `**rest`: a new dict of the items whose keys the pattern did not name. */
export function matchRest(subj: PyObject, keys: PyObject[]): PyDict {
  const d = newDict();
  if (subj instanceof PyDict) {
    for (let i = 0; i < dictEntryCount(subj); i++) {
      const k = dictKeyAt(subj, i);
      if (k !== null) dictSet(d, k, dictValueAt(subj, i)!);
    }
  } else {
    const ks = ab.call(ab.getattr(subj, newStr('keys')), []);
    const it = ab.getIter(ks);
    decref(ks);
    for (let k = ab.iterNext(it); k !== null; k = ab.iterNext(it)) {
      const v = ab.getitem(subj, k);
      dictSet(d, k, v);
      decref(v);
      decref(k);
    }
    decref(it);
  }
  for (const k of keys) dictDel(d, k);
  return d;
}

/** The built-in classes whose single positional sub-pattern matches the subject itself. */
const SELF_MATCH = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

/** MATCH_CLASS: the attribute values (owned) for nPos positional and the keyword sub-patterns, or null. */
export function matchClass(subj: PyObject, cls: PyObject, nPos: number, kwAttrs: string[]): PyObject[] | null {
  if (!(cls instanceof PyType)) throw typeError('called match pattern must be a type');
  if (!subj.type.isSubtype(cls)) return null;
  const names: string[] = [];
  if (nPos > 0) {
    // _Py_TPFLAGS_MATCH_SELF is inherited: a subclass of int matches itself too.
    const selfMatch = cls.mro.some((b) => !b.heapType && SELF_MATCH.has(b.name));
    const matchArgs = ab.getattrOrNull(cls, newStr('__match_args__'));
    if (matchArgs === null && selfMatch) {
      if (nPos > 1) throw typeError(`${cls.name}() accepts 1 positional sub-pattern (${nPos} given)`);
    } else {
      if (matchArgs === null) throw typeError(`${cls.name}() accepts 0 positional sub-patterns (${nPos} given)`);
      if (!(matchArgs instanceof PyTuple)) {
        const n = matchArgs.type.name;
        decref(matchArgs);
        throw typeError(`${cls.name}.__match_args__ must be a tuple (got ${n})`);
      }
      if (nPos > matchArgs.items.length) {
        const m = matchArgs.items.length;
        decref(matchArgs);
        throw typeError(`${cls.name}() accepts ${m} positional sub-pattern${m === 1 ? '' : 's'} (${nPos} given)`);
      }
      for (let i = 0; i < nPos; i++) {
        const a = matchArgs.items[i];
        if (!(a instanceof PyStr)) {
          decref(matchArgs);
          throw typeError(`__match_args__ elements must be strings (got ${a.type.name})`);
        }
        names.push(a.v);
      }
      decref(matchArgs);
    }
    if (matchArgs === null && selfMatch) {
      subj.rc++;
      const out: PyObject[] = [subj];
      return attrsOrNull(subj, kwAttrs, out, cls, names);
    }
  }
  return attrsOrNull(subj, kwAttrs, [], cls, names);
}

function attrsOrNull(subj: PyObject, kwAttrs: string[], out: PyObject[], cls: PyType, posNames: string[]): PyObject[] | null {
  const all = [...posNames, ...kwAttrs];
  for (let i = 0; i < all.length; i++) {
    for (let j = 0; j < i; j++) {
      if (all[i] === all[j]) {
        for (const o of out) decref(o);
        throw typeError(`${cls.name}() got multiple sub-patterns for attribute '${all[i]}'`);
      }
    }
  }
  for (const name of all) {
    const v = ab.getattrOrNull(subj, newStr(name));
    if (v === null) {
      for (const o of out) decref(o);
      return null;
    }
    out.push(v);
  }
  return out;
}
