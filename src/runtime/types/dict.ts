// dict: CPython's compact, insertion-ordered hash table (Objects/dictobject.c).
//
// Entries live in insertion order in three parallel arrays; `indices` is the
// open-addressed hash table of entry numbers. The table sizes, the usable
// counts and the growth rule are CPython 3.11's, so that sys.getsizeof and
// tracemalloc can read exact figures off a dict, and the order of popitem()
// and iteration is CPython's. Probing uses the low 32 bits of the hash, which
// is unobservable: only the set's iteration order depends on the probe sequence.

import { PyObject, decref } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { PyStr, StrType } from './str.js';
import { hashOf, eqBool } from '../abstract.js';

export const DictType = builtinType('dict', ObjectType, { basicsize: 48, gc: true });

const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
const PERTURB_SHIFT = 5;

export class PyDict extends PyObject {
  keys: (PyObject | null)[] = [];
  vals: (PyObject | null)[] = [];
  hashes: number[] = [];
  /** log2 of the index table size; 0 means the shared empty table (no allocation). */
  log2size = 0;
  indices: Int32Array = EMPTY_INDICES;
  /** Free entry slots before a resize is needed (dk_usable). */
  usable = 0;
  /** Live items. */
  used = 0;
  /** Bumped on every change of the key set, for caches and "changed size during iteration". */
  version = 0;
  constructor(type: PyType = DictType) {
    super(type);
  }
}

const EMPTY_INDICES = new Int32Array(1).fill(DKIX_EMPTY);

export function newDict(): PyDict {
  return new PyDict();
}

/** USABLE_FRACTION: two thirds of the table. */
function usableFraction(size: number): number {
  return ((size << 1) / 3) | 0;
}

/** The smallest power of two >= minsize, at least 8 (calculate_log2_keysize). */
function log2KeySize(minsize: number): number {
  let log2 = 3;
  while (1 << log2 < minsize) log2++;
  return log2;
}

function buildIndices(d: PyDict, log2: number): void {
  const size = 1 << log2;
  const indices = new Int32Array(size).fill(DKIX_EMPTY);
  const mask = size - 1;
  const keys = d.keys;
  const hashes = d.hashes;
  for (let ix = 0; ix < keys.length; ix++) {
    if (keys[ix] === null) continue;
    const h = hashes[ix];
    let perturb = h >>> 0;
    let i = perturb & mask;
    while (indices[i] !== DKIX_EMPTY) {
      perturb >>>= PERTURB_SHIFT;
      i = (i * 5 + perturb + 1) & mask;
    }
    indices[i] = ix;
  }
  d.indices = indices;
  d.log2size = log2;
}

/** dictresize: compact the entries and rebuild the index for a table of 2**log2. */
function resize(d: PyDict, log2: number): void {
  if (d.used < d.keys.length) {
    const keys: (PyObject | null)[] = [];
    const vals: (PyObject | null)[] = [];
    const hashes: number[] = [];
    for (let i = 0; i < d.keys.length; i++) {
      if (d.keys[i] === null) continue;
      keys.push(d.keys[i]);
      vals.push(d.vals[i]);
      hashes.push(d.hashes[i]);
    }
    d.keys = keys;
    d.vals = vals;
    d.hashes = hashes;
  }
  buildIndices(d, log2);
  d.usable = usableFraction(1 << log2) - d.used;
}

function insertionResize(d: PyDict): void {
  resize(d, log2KeySize(d.used * 3));
}

/** The entry index of `key` (with hash lo `h`), or -1. May call __eq__. */
export function lookup(d: PyDict, key: PyObject, h: number): number {
  if (d.log2size === 0) return -1;
  const indices = d.indices;
  const mask = indices.length - 1;
  let perturb = h >>> 0;
  let i = perturb & mask;
  const keys = d.keys;
  const hashes = d.hashes;
  const strKey = key.type === StrType;
  for (;;) {
    const ix = indices[i];
    if (ix === DKIX_EMPTY) return -1;
    if (ix >= 0) {
      const k = keys[ix]!;
      if (k === key) return ix;
      if (hashes[ix] === h) {
        if (strKey && k.type === StrType) {
          if ((k as PyStr).v === (key as PyStr).v) return ix;
        } else if (eqBool(k, key)) {
          return ix;
        }
      }
    }
    perturb >>>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** The slot of the index table that refers to entry `ix`. */
function indexSlotOf(d: PyDict, ix: number, h: number): number {
  const indices = d.indices;
  const mask = indices.length - 1;
  let perturb = h >>> 0;
  let i = perturb & mask;
  while (indices[i] !== ix) {
    perturb >>>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/** d[key] as a borrowed reference, or null. */
export function dictGet(d: PyDict, key: PyObject): PyObject | null {
  const ix = lookup(d, key, hashOf(key));
  return ix < 0 ? null : d.vals[ix];
}

/** d[key] = value. Borrows both (takes its own references). */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  dictSetHashed(d, key, hashOf(key), value);
}

export function dictSetHashed(d: PyDict, key: PyObject, h: number, value: PyObject): void {
  const ix = lookup(d, key, h);
  value.rc++;
  if (ix >= 0) {
    const old = d.vals[ix]!;
    d.vals[ix] = value;
    decref(old);
    return;
  }
  key.rc++;
  if (d.usable <= 0) insertionResize(d);
  const indices = d.indices;
  const mask = indices.length - 1;
  let perturb = h >>> 0;
  let i = perturb & mask;
  while (indices[i] >= 0) {
    perturb >>>= PERTURB_SHIFT;
    i = (i * 5 + perturb + 1) & mask;
  }
  indices[i] = d.keys.length;
  d.keys.push(key);
  d.vals.push(value);
  d.hashes.push(h);
  d.used++;
  d.usable--;
  d.version++;
}

/** del d[key]; false when the key is missing. */
export function dictDel(d: PyDict, key: PyObject): boolean {
  const h = hashOf(key);
  const ix = lookup(d, key, h);
  if (ix < 0) return false;
  deleteEntry(d, ix, h);
  return true;
}

/** Remove entry ix and release its references. */
export function deleteEntry(d: PyDict, ix: number, h: number): void {
  d.indices[indexSlotOf(d, ix, h)] = DKIX_DUMMY;
  const k = d.keys[ix]!;
  const v = d.vals[ix]!;
  d.keys[ix] = null;
  d.vals[ix] = null;
  d.used--;
  d.version++;
  decref(k);
  decref(v);
}

/** Remove every item (dict.clear): the table goes back to the shared empty one. */
export function dictClear(d: PyDict): void {
  const keys = d.keys;
  const vals = d.vals;
  d.keys = [];
  d.vals = [];
  d.hashes = [];
  d.indices = EMPTY_INDICES;
  d.log2size = 0;
  d.usable = 0;
  d.used = 0;
  d.version++;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== null) {
      decref(keys[i]!);
      decref(vals[i]!);
    }
  }
}

/** Lookup by an interned or ordinary PyStr key (the attribute and global name path). */
export function dictGetStr(d: PyDict, key: PyStr): PyObject | null {
  const ix = lookup(d, key, hashOf(key));
  return ix < 0 ? null : d.vals[ix];
}

DictType.dealloc = (o) => {
  const d = o as PyDict;
  const keys = d.keys;
  const vals = d.vals;
  d.keys = [];
  d.vals = [];
  // dict_dealloc releases each entry's key then value, first to last.
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null) {
      decref(k);
      decref(vals[i]!);
    }
  }
};

import { reprJS } from '../abstract.js';
import { newStr } from './str.js';

export function initDict(): void {
  DictType.repr = (o) => {
    const d = o as PyDict;
    const parts: string[] = [];
    for (let i = 0; i < d.keys.length; i++) if (d.keys[i] !== null) parts.push(`${reprJS(d.keys[i]!)}: ${reprJS(d.vals[i]!)}`);
    return newStr(`{${parts.join(', ')}}`);
  };
  DictType.len = (o) => (o as PyDict).used;
}
