// set and frozenset (Objects/setobject.c, CPython 3.11).
//
// The table is setobject.c's: open addressing over the full 64-bit hash, a
// few linear probes (LINEAR_PROBES) before each perturbed jump, deleted
// entries left as dummies until a resize, and the same sizes and resize
// rule. Iteration walks the table in slot order, so the order of a set's
// items, pop() and the repr are CPython's. A slot is empty (key null, hash
// 0), a dummy (SET_DUMMY, hash -1) or holds a key and its hash.

import { PyObject, objectAllocated, decref } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { heapTrace, traceBlock } from '../heap.js';

export const SetType = builtinType('set', ObjectType, { basicsize: 200, gc: true });
export const FrozenSetType = builtinType('frozenset', ObjectType, { basicsize: 200, gc: true });

const MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;

/** The key of a deleted slot. It is never visible to Python code. */
export const SET_DUMMY = new PyObject(ObjectType);
SET_DUMMY.rc = 1 << 30;

export class PySet extends PyObject {
  /** Slot keys: null (empty), SET_DUMMY (deleted) or an owned reference. */
  table: (PyObject | null)[];
  /** Low and high 32 bits of each slot's hash. */
  hlo: Int32Array;
  hhi: Int32Array;
  mask: number;
  /** Active plus dummy slots. */
  fill: number;
  /** Active slots. */
  used: number;
  /** Where pop() resumes its search. */
  finger: number;
  /** A frozenset's hash, computed once (lo/hi); sets never have one. */
  hashed: boolean;
  hashLo: number;
  hashHi: number;
  constructor(type: PyType = SetType) {
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
    this.table = new Array<PyObject | null>(MINSIZE).fill(null);
    this.hlo = new Int32Array(MINSIZE);
    this.hhi = new Int32Array(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
    this.hashed = false;
    this.hashLo = 0;
    this.hashHi = 0;
  }
}

/** Instances of set and frozenset subclasses (the JS class a class statement derives from). */
class PySetInstance extends PySet {
  constructor(type: PyType) {
    super(type);
  }
}

export function isAnySet(o: PyObject): o is PySet {
  return o instanceof PySet;
}

/** PySet_Check: a set or a subclass of set (not frozenset). */
function isSet(o: PyObject): o is PySet {
  return o instanceof PySet && o.type.isSubtype(SetType);
}

/** A new empty set of `type` (set, frozenset or a subclass). */
export function allocSet(type: PyType): PySet {
  if (type === SetType || type === FrozenSetType) return new PySet(type);
  return (type.heapType ? allocInstance(type) : new PySetInstance(type)) as PySet;
}

export function newSet(): PySet {
  return new PySet(SetType);
}

// ---------------------------------------------------------------- the table

/** set_insert_clean: place a key known to be absent into a table with no dummies. */
function insertClean(table: (PyObject | null)[], hlo: Int32Array, hhi: Int32Array, mask: number,
  key: PyObject, lo: number, hi: number): void {
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  for (;;) {
    if (table[i] === null) break;
    if (i + LINEAR_PROBES <= mask) {
      let j = 0;
      for (; j < LINEAR_PROBES; j++) if (table[i + j + 1] === null) break;
      if (j < LINEAR_PROBES) {
        i += j + 1;
        break;
      }
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + 1 + plo) & mask;
  }
  table[i] = key;
  hlo[i] = lo;
  hhi[i] = hi;
}

/**
 * A table bigger than the 8 entries kept inside the set object is the set's
 * secondary block SET_TABLE for the allocation tracer (16 bytes an entry).
 */
export const SET_TABLE = 0;

function setTableBytes(slots: number): number {
  return slots > MINSIZE ? slots * 16 : 0;
}

/** set_table_resize: a table of the smallest power of two above minused, without dummies. */
function tableResize(so: PySet, minused: number): void {
  let newsize = MINSIZE;
  while (newsize <= minused) newsize *= 2;
  const oldTable = so.table;
  const oldLo = so.hlo;
  const oldHi = so.hhi;
  if (newsize === MINSIZE && oldTable.length === MINSIZE) {
    // The small table is rebuilt in place (CPython's smalltable keeps its address).
    if (so.fill === so.used) return;
    const keys = oldTable.slice();
    const los = oldLo.slice();
    const his = oldHi.slice();
    oldTable.fill(null);
    oldLo.fill(0);
    oldHi.fill(0);
    so.fill = so.used;
    reinsert(keys, los, his, oldTable, oldLo, oldHi, MINSIZE - 1);
    return;
  }
  const table = new Array<PyObject | null>(newsize).fill(null);
  const hlo = new Int32Array(newsize);
  const hhi = new Int32Array(newsize);
  if (heapTrace.on) traceBlock(so, SET_TABLE, setTableBytes(newsize));
  so.table = table;
  so.hlo = hlo;
  so.hhi = hhi;
  so.mask = newsize - 1;
  so.fill = so.used;
  reinsert(oldTable, oldLo, oldHi, table, hlo, hhi, newsize - 1);
}

/** Copy the live entries of an old table into a fresh one, in slot order. */
function reinsert(keys: (PyObject | null)[], los: Int32Array, his: Int32Array,
  table: (PyObject | null)[], hlo: Int32Array, hhi: Int32Array, mask: number): void {
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k !== null && k !== SET_DUMMY) insertClean(table, hlo, hhi, mask, k, los[i], his[i]);
  }
}

/** Resize after additions: four times the live items (twice, for big sets). */
function growthResize(so: PySet): void {
  tableResize(so, so.used > 50000 ? so.used * 2 : so.used * 4);
}

/**
 * set_lookkey: the slot holding `key`, or -1. Comparisons run Python code; if
 * that changes the table, the search starts over, as CPython's does.
 */
function lookkey(so: PySet, key: PyObject, lo: number, hi: number): number {
  restart: for (;;) {
    let mask = so.mask;
    let i = lo & mask;
    let plo = lo >>> 0;
    let phi = hi >>> 0;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let e = i;
      do {
        const table = so.table;
        const startkey = table[e];
        if (startkey === null) return -1;
        if (so.hlo[e] === lo && so.hhi[e] === hi) {
          if (startkey === key) return e;
          if (startkey.type === StrType && key.type === StrType) {
            if ((startkey as PyStr).v === (key as PyStr).v) return e;
          } else {
            // Keys whose == runs no Python code (tuples of ints, say) need no guard.
            const plain = plainEq(startkey, key, 0);
            if (plain === 1) return e;
            if (plain === -1) {
              const eq = guardedEq(startkey, key);
              if (so.table !== table || table[e] !== startkey) continue restart;
              if (eq) return e;
              mask = so.mask;
            }
          }
        }
        e++;
      } while (probes-- > 0);
      plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
      phi >>>= PERTURB_SHIFT;
      i = (i * 5 + 1 + plo) & mask;
    }
  }
}

/** PyObject_RichCompareBool(startkey, key, Py_EQ) with startkey kept alive meanwhile. */
function guardedEq(startkey: PyObject, key: PyObject): boolean {
  startkey.rc++;
  try {
    return eqBool(startkey, key);
  } finally {
    decref(startkey);
  }
}

/** set_add_entry: add key (borrowed; the set takes its own reference) with its hash. */
export function setAddEntry(so: PySet, key: PyObject, lo: number, hi: number): void {
  // The reference is taken first, so that a comparison cannot free the key before it is stored.
  key.rc++;
  try {
    restart: for (;;) {
      let mask = so.mask;
      let i = lo & mask;
      let plo = lo >>> 0;
      let phi = hi >>> 0;
      let freeslot = -1;
      for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let e = i;
        do {
          const table = so.table;
          const startkey = table[e];
          if (startkey === null) {
            if (freeslot >= 0) {
              so.used++;
              table[freeslot] = key;
              so.hlo[freeslot] = lo;
              so.hhi[freeslot] = hi;
              return;
            }
            so.fill++;
            so.used++;
            table[e] = key;
            so.hlo[e] = lo;
            so.hhi[e] = hi;
            if (so.fill * 5 >= mask * 3) growthResize(so);
            return;
          }
          const elo = so.hlo[e];
          const ehi = so.hhi[e];
          if (elo === lo && ehi === hi) {
            if (startkey === key) {
              decref(key);
              return;
            }
            if (startkey.type === StrType && key.type === StrType) {
              if ((startkey as PyStr).v === (key as PyStr).v) {
                decref(key);
                return;
              }
            } else {
              const plain = plainEq(startkey, key, 0);
              if (plain === 1) {
                decref(key);
                return;
              }
              if (plain === -1) {
                const eq = guardedEq(startkey, key);
                if (eq) {
                  decref(key);
                  return;
                }
                if (so.table !== table || table[e] !== startkey) continue restart;
                mask = so.mask;
              }
            }
          } else if (elo === -1 && ehi === -1) {
            // The last dummy on the probe path is the one reused.
            freeslot = e;
          }
          e++;
        } while (probes-- > 0);
        plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
        phi >>>= PERTURB_SHIFT;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  } catch (e) {
    decref(key);
    throw e;
  }
}

/** set_add_key: add key (borrowed), hashing it. */
export function setAdd(so: PySet, key: PyObject): void {
  const lo = hashOf(key);
  setAddEntry(so, key, lo, HASH.hi);
}

/** set_contains_key: key in so (an unhashable key raises). */
export function setContainsKey(so: PySet, key: PyObject): boolean {
  const lo = hashOf(key);
  return lookkey(so, key, lo, HASH.hi) >= 0;
}

function containsEntry(so: PySet, key: PyObject, lo: number, hi: number): boolean {
  return lookkey(so, key, lo, hi) >= 0;
}

/** set_discard_entry: remove key, leaving a dummy; false when it was absent. */
function discardEntry(so: PySet, key: PyObject, lo: number, hi: number): boolean {
  const e = lookkey(so, key, lo, hi);
  if (e < 0) return false;
  const old = so.table[e]!;
  so.table[e] = SET_DUMMY;
  so.hlo[e] = -1;
  so.hhi[e] = -1;
  so.used--;
  decref(old);
  return true;
}

function discardKey(so: PySet, key: PyObject): boolean {
  const lo = hashOf(key);
  return discardEntry(so, key, lo, HASH.hi);
}

/** A set used as a key is looked up as the equal frozenset (set_contains, set_remove, set_discard). */
function withFrozenKey<T>(key: PyObject, e: unknown, f: (k: PyObject) => T): T {
  if (!isSet(key) || !(e instanceof PyBaseException) || !e.type.isSubtype(TypeErrorType)) throw e;
  decref(e);
  const tmp = makeNewSet(FrozenSetType, key);
  try {
    return f(tmp);
  } finally {
    decref(tmp);
  }
}

/** set_contains: `key in so`. */
export function setContains(so: PySet, key: PyObject): boolean {
  try {
    return setContainsKey(so, key);
  } catch (e) {
    return withFrozenKey(key, e, (k) => setContainsKey(so, k));
  }
}

/** set_clear_internal: empty the set to the small table, then release the keys in slot order. */
export function setClear(so: PySet): void {
  const table = so.table;
  let used = so.used;
  if (heapTrace.on && table.length > MINSIZE) traceBlock(so, SET_TABLE, 0);
  so.table = new Array<PyObject | null>(MINSIZE).fill(null);
  so.hlo = new Int32Array(MINSIZE);
  so.hhi = new Int32Array(MINSIZE);
  so.mask = MINSIZE - 1;
  so.fill = 0;
  so.used = 0;
  so.hashed = false;
  for (let i = 0; used > 0; i++) {
    const k = table[i];
    if (k !== null && k !== SET_DUMMY) {
      used--;
      decref(k);
    }
  }
}

SetType.traverse = FrozenSetType.traverse = (o, visit) => {
  const table = (o as PySet).table;
  for (let i = 0; i < table.length; i++) {
    const k = table[i];
    if (k !== null && k !== SET_DUMMY) visit(k);
  }
};
SetType.clear = FrozenSetType.clear = (o) => setClear(o as PySet);

SetType.dealloc = FrozenSetType.dealloc = (o) => {
  const so = o as PySet;
  const table = so.table;
  if (heapTrace.on && table.length > MINSIZE) traceBlock(so, SET_TABLE, 0);
  let used = so.used;
  so.table = [];
  so.used = 0;
  for (let i = 0; used > 0; i++) {
    const k = table[i];
    if (k !== null && k !== SET_DUMMY) {
      used--;
      decref(k);
    }
  }
};

/** set_merge: add every item of another set, with one resize first. */
function setMerge(so: PySet, other: PySet): void {
  if (other === so || other.used === 0) return;
  if ((so.fill + other.used) * 5 >= so.mask * 3) tableResize(so, (so.used + other.used) * 2);
  const otable = other.table;
  // An empty table of the same size and a source without dummies: copy slot for slot.
  if (so.fill === 0 && so.mask === other.mask && other.fill === other.used) {
    for (let i = 0; i <= other.mask; i++) {
      const k = otable[i];
      if (k !== null) {
        k.rc++;
        so.table[i] = k;
        so.hlo[i] = other.hlo[i];
        so.hhi[i] = other.hhi[i];
      }
    }
    so.fill = other.fill;
    so.used = other.used;
    return;
  }
  if (so.fill === 0) {
    so.fill = other.used;
    so.used = other.used;
    for (let i = 0; i <= other.mask; i++) {
      const k = otable[i];
      if (k !== null && k !== SET_DUMMY) {
        k.rc++;
        insertClean(so.table, so.hlo, so.hhi, so.mask, k, other.hlo[i], other.hhi[i]);
      }
    }
    return;
  }
  for (let i = 0; i <= other.mask; i++) {
    const k = other.table[i];
    if (k !== null && k !== SET_DUMMY) setAddEntry(so, k, other.hlo[i], other.hhi[i]);
  }
}

/** set_update_internal: the items of a set, a dict (its keys, with their stored hashes) or any iterable. */
export function setUpdate(so: PySet, other: PyObject): void {
  if (other instanceof PySet) {
    setMerge(so, other);
    return;
  }
  if (other.type === DictType) {
    const d = other as PyDict;
    if ((so.fill + d.used) * 5 >= so.mask * 3) tableResize(so, (so.used + d.used) * 2);
    for (let i = 0; i < dictEntryCount(d); i++) {
      const k = dictKeyAt(d, i);
      if (k !== null) setAddEntry(so, k, dictHashLoAt(d, i), dictHashHiAt(d, i));
    }
    return;
  }
  const it = getIter(other);
  try {
    for (let k = iterNext(it); k !== null; k = iterNext(it)) {
      try {
        setAdd(so, k);
      } finally {
        decref(k);
      }
    }
  } finally {
    decref(it);
  }
}

/** make_new_set: a new set of `type` holding the items of `iterable` (if any). */
export function makeNewSet(type: PyType, iterable: PyObject | null): PySet {
  const so = allocSet(type);
  if (iterable !== null) {
    try {
      setUpdate(so, iterable);
    } catch (e) {
      decref(so);
      throw e;
    }
  }
  return so;
}

/** make_new_set_basetype: results of set operations are plain sets or frozensets, never subclasses. */
function makeNewSetBasetype(type: PyType, iterable: PyObject | null): PySet {
  const base = type === SetType || type === FrozenSetType ? type : type.isSubtype(SetType) ? SetType : FrozenSetType;
  return makeNewSet(base, iterable);
}

/**
 * The frozenset constant CPython's compiler makes for a display of more than
 * two constants, `{1, 2, 3}` (which runs as BUILD_SET 0 + SET_UPDATE of it):
 * built from the items, then rebuilt from its own iteration order when the
 * compiler merges constants (merge_consts_recursive). The two passes decide
 * its layout, hence the display's iteration order. Items are borrowed.
 */
export function foldedFrozenset(items: PyObject[]): PySet {
  const first = allocSet(FrozenSetType);
  const second = allocSet(FrozenSetType);
  try {
    for (const x of items) setAdd(first, x);
    for (let i = 0; i <= first.mask; i++) {
      const k = first.table[i];
      if (k !== null && k !== SET_DUMMY) setAddEntry(second, k, first.hlo[i], first.hhi[i]);
    }
  } catch (e) {
    decref(second);
    throw e;
  } finally {
    decref(first);
  }
  return second;
}

function setCopy(so: PySet): PySet {
  return makeNewSetBasetype(so.type, so);
}

/** set_swap_bodies: exchange the tables of a and b (intersection_update keeps the result's table). */
function swapBodies(a: PySet, b: PySet): void {
  const t = a.table;
  a.table = b.table;
  b.table = t;
  const lo = a.hlo;
  a.hlo = b.hlo;
  b.hlo = lo;
  const hi = a.hhi;
  a.hhi = b.hhi;
  b.hhi = hi;
  let n = a.mask;
  a.mask = b.mask;
  b.mask = n;
  n = a.fill;
  a.fill = b.fill;
  b.fill = n;
  n = a.used;
  a.used = b.used;
  if (heapTrace.on) {
    traceBlock(a, SET_TABLE, setTableBytes(a.table.length));
    traceBlock(b, SET_TABLE, setTableBytes(b.table.length));
  }
  b.used = n;
  if (a.type.isSubtype(FrozenSetType) && b.type.isSubtype(FrozenSetType)) {
    const h = a.hashed;
    a.hashed = b.hashed;
    b.hashed = h;
    n = a.hashLo;
    a.hashLo = b.hashLo;
    b.hashLo = n;
    n = a.hashHi;
    a.hashHi = b.hashHi;
    b.hashHi = n;
  } else {
    a.hashed = false;
    b.hashed = false;
  }
}

// ---------------------------------------------------------------- set algebra

/** set_intersection: a new set (of so's base type) of the items in both. */
function setIntersection(so: PySet, other: PyObject): PySet {
  if (so === other) return setCopy(so);
  const result = makeNewSetBasetype(so.type, null);
  try {
    if (other instanceof PySet) {
      // Walk the smaller set, probing the larger.
      let small: PySet = other;
      let big: PySet = so;
      if (other.used > so.used) {
        small = so;
        big = other;
      }
      for (let i = 0; i <= small.mask; i++) {
        const key = small.table[i];
        if (key === null || key === SET_DUMMY) continue;
        const lo = small.hlo[i];
        const hi = small.hhi[i];
        key.rc++;
        try {
          if (containsEntry(big, key, lo, hi)) setAddEntry(result, key, lo, hi);
        } finally {
          decref(key);
        }
      }
      return result;
    }
    const it = getIter(other);
    try {
      for (let key = iterNext(it); key !== null; key = iterNext(it)) {
        try {
          const lo = hashOf(key);
          const hi = HASH.hi;
          if (containsEntry(so, key, lo, hi)) {
            setAddEntry(result, key, lo, hi);
            // Nothing more can be found once every item of so is in.
            if (result.used >= so.used) break;
          }
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return result;
  } catch (e) {
    decref(result);
    throw e;
  }
}

function setIntersectionMulti(so: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return setCopy(so);
  let result: PySet = so;
  so.rc++;
  for (const other of others) {
    let next: PySet;
    try {
      next = setIntersection(result, other);
    } finally {
      decref(result);
    }
    result = next;
  }
  return result;
}

/** set_difference_update_internal: remove the items of other. */
function differenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other instanceof PySet) {
    // Much larger other sets are cut down to their intersection first.
    const src = other.used >> 3 > so.used ? setIntersection(so, other) : (other.rc++, other);
    try {
      for (let i = 0; i <= src.mask; i++) {
        const key = src.table[i];
        if (key === null || key === SET_DUMMY) continue;
        key.rc++;
        try {
          discardEntry(so, key, src.hlo[i], src.hhi[i]);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(src);
    }
  } else {
    const it = getIter(other);
    try {
      for (let key = iterNext(it); key !== null; key = iterNext(it)) {
        try {
          discardKey(so, key);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
  }
  // More than a quarter dummies: resize them away.
  if (so.fill - so.used > so.mask >>> 2) growthResize(so);
}

/** set_difference: the items of so not in other. */
function setDifference(so: PySet, other: PyObject): PySet {
  let otherSize: number;
  if (other instanceof PySet) otherSize = other.used;
  else if (other.type === DictType) otherSize = (other as PyDict).used;
  else return copyAndDifference(so, other);
  // Much larger so: copy it and remove other's items.
  if (so.used >> 2 > otherSize) return copyAndDifference(so, other);
  const result = makeNewSetBasetype(so.type, null);
  try {
    for (let i = 0; i <= so.mask; i++) {
      const key = so.table[i];
      if (key === null || key === SET_DUMMY) continue;
      const lo = so.hlo[i];
      const hi = so.hhi[i];
      key.rc++;
      try {
        const found = other instanceof PySet ? containsEntry(other, key, lo, hi) : lookup(other as PyDict, key, lo, hi) >= 0;
        if (!found) setAddEntry(result, key, lo, hi);
      } finally {
        decref(key);
      }
    }
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function copyAndDifference(so: PySet, other: PyObject): PySet {
  const result = setCopy(so);
  try {
    differenceUpdate(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setDifferenceMulti(so: PySet, others: PyObject[]): PySet {
  if (others.length === 0) return setCopy(so);
  const result = setDifference(so, others[0]);
  try {
    for (let i = 1; i < others.length; i++) differenceUpdate(result, others[i]);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

function setUnion(so: PySet, others: PyObject[]): PySet {
  const result = setCopy(so);
  try {
    for (const other of others) if (other !== so) setUpdate(result, other);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** Toggle one key: discard it if present, else add it. */
function toggleEntry(so: PySet, key: PyObject, lo: number, hi: number): void {
  key.rc++;
  try {
    if (!discardEntry(so, key, lo, hi)) setAddEntry(so, key, lo, hi);
  } finally {
    decref(key);
  }
}

/** set_symmetric_difference_update. */
function symmetricDifferenceUpdate(so: PySet, other: PyObject): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (other.type === DictType) {
    const d = other as PyDict;
    for (let i = 0; i < dictEntryCount(d); i++) {
      const key = dictKeyAt(d, i);
      if (key !== null) toggleEntry(so, key, dictHashLoAt(d, i), dictHashHiAt(d, i));
    }
    return;
  }
  const otherset = other instanceof PySet ? (other.rc++, other) : makeNewSetBasetype(so.type, other);
  try {
    for (let i = 0; i <= otherset.mask; i++) {
      const key = otherset.table[i];
      if (key !== null && key !== SET_DUMMY) toggleEntry(so, key, otherset.hlo[i], otherset.hhi[i]);
    }
  } finally {
    decref(otherset);
  }
}

/** set_symmetric_difference: a copy of other, toggled with so's items. */
function setSymmetricDifference(so: PySet, other: PyObject): PySet {
  const result = makeNewSetBasetype(so.type, other);
  try {
    symmetricDifferenceUpdate(result, so);
  } catch (e) {
    decref(result);
    throw e;
  }
  return result;
}

/** set_issubset: every item of so is in other. */
function setIsSubset(so: PySet, other: PyObject): boolean {
  if (!(other instanceof PySet)) {
    const tmp = makeNewSet(SetType, other);
    try {
      return setIsSubset(so, tmp);
    } finally {
      decref(tmp);
    }
  }
  if (so.used > other.used) return false;
  for (let i = 0; i <= so.mask; i++) {
    const key = so.table[i];
    if (key === null || key === SET_DUMMY) continue;
    key.rc++;
    try {
      if (!containsEntry(other, key, so.hlo[i], so.hhi[i])) return false;
    } finally {
      decref(key);
    }
  }
  return true;
}

/** set_issuperset: every item of other is in so. */
function setIsSuperset(so: PySet, other: PyObject): boolean {
  if (other instanceof PySet) return setIsSubset(other, so);
  const it = getIter(other);
  try {
    for (let key = iterNext(it); key !== null; key = iterNext(it)) {
      try {
        if (!setContainsKey(so, key)) return false;
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
  return true;
}

/** set_isdisjoint. */
function setIsDisjoint(so: PySet, other: PyObject): boolean {
  if (so === other) return so.used === 0;
  if (other.type === SetType || other.type === FrozenSetType) {
    let small = other as PySet;
    let big = so;
    if ((other as PySet).used > so.used) {
      small = so;
      big = other as PySet;
    }
    for (let i = 0; i <= small.mask; i++) {
      const key = small.table[i];
      if (key === null || key === SET_DUMMY) continue;
      key.rc++;
      try {
        if (containsEntry(big, key, small.hlo[i], small.hhi[i])) return false;
      } finally {
        decref(key);
      }
    }
    return true;
  }
  const it = getIter(other);
  try {
    for (let key = iterNext(it); key !== null; key = iterNext(it)) {
      try {
        if (setContainsKey(so, key)) return false;
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
  return true;
}

// ---------------------------------------------------------------- slots

function setRepr(o: PyObject): PyObject {
  const so = o as PySet;
  const name = so.type.name;
  if (!reprEnter(so)) return newStr(`${name}(...)`);
  try {
    if (so.used === 0) return newStr(`${name}()`);
    const keys = sequenceList(so);
    let inner: string;
    try {
      const r = reprJS(keys);
      inner = r.slice(1, r.length - 1);
    } finally {
      decref(keys);
    }
    return newStr(so.type === SetType ? `{${inner}}` : `${name}({${inner}})`);
  } finally {
    reprLeave(so);
  }
}

/** frozenset_hash: order-independent, cached. */
function frozensetHash(o: PyObject): number {
  const so = o as PySet;
  if (!so.hashed) {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i <= so.mask; i++) {
      const k = so.table[i];
      if (k === null || k === SET_DUMMY) continue;
      lo ^= shuffleBits(so.hlo[i], so.hhi[i]);
      hi ^= hashHi;
    }
    so.hashLo = frozensetHashFinish(lo, hi, so.used);
    so.hashHi = hashHi;
    so.hashed = true;
  }
  HASH.hi = so.hashHi;
  return so.hashLo;
}

function setCompare(v: PyObject, w: PyObject, op: Op): PyObject {
  if (!(v instanceof PySet) || !(w instanceof PySet)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  switch (op) {
    case Op.EQ:
      return newBool(setEquals(v, w));
    case Op.NE:
      return newBool(!setEquals(v, w));
    case Op.LE:
      return newBool(setIsSubset(v, w));
    case Op.GE:
      return newBool(setIsSuperset(v, w));
    case Op.LT:
      return newBool(v.used < w.used && setIsSubset(v, w));
    default:
      return newBool(v.used > w.used && setIsSuperset(v, w));
  }
}

function setEquals(v: PySet, w: PySet): boolean {
  if (v.used !== w.used) return false;
  if (v.hashed && w.hashed && (v.hashLo !== w.hashLo || v.hashHi !== w.hashHi)) return false;
  return setIsSubset(v, w);
}

/** A binary operator of sets: both operands must be sets or frozensets. */
function setBinary(f: (so: PySet, other: PySet) => PyObject): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    if (!(a instanceof PySet) || !(b instanceof PySet)) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    return f(a, b);
  };
}

/** An in-place operator of sets: mutate the left set and return it. */
function setInplace(f: (so: PySet, other: PySet) => void): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    if (!(b instanceof PySet)) {
      NotImplemented.rc++;
      return NotImplemented;
    }
    f(a as PySet, b);
    a.rc++;
    return a;
  };
}

function intersectionUpdate(so: PySet, others: PyObject[]): void {
  const tmp = setIntersectionMulti(so, others);
  swapBodies(so, tmp);
  decref(tmp);
}

function setNew(type: PyObject, _args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  if (t === SetType) noKw('set', kw);
  return allocSet(t);
}

function setInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  noKw('set', kw);
  const so = self as PySet;
  checkArgs(so.type.name, args, null, 0, 1);
  if (so.fill) setClear(so);
  so.hashed = false;
  if (args.length > 0) setUpdate(so, args[0]);
}

function frozensetNew(type: PyObject, args: PyObject[], kw: string[] | null): PyObject {
  const t = type as PyType;
  if (t === FrozenSetType) noKw('frozenset', kw);
  const npos = args.length - (kw === null ? 0 : kw.length);
  if (npos > 1) throw typeError(`${t.name} expected at most 1 argument, got ${npos}`);
  const iterable = npos > 0 ? args[0] : null;
  if (t === FrozenSetType && iterable !== null && iterable.type === FrozenSetType) {
    iterable.rc++;
    return iterable;
  }
  return makeNewSet(t, iterable);
}

// ---------------------------------------------------------------- methods

type Method = (self: PyObject, a: PyObject[], k: string[] | null) => PyObject;

function methodO(name: string, f: (so: PySet, x: PyObject) => PyObject): Method {
  return (s, a, k) => {
    checkArgs(name, a, k, 1, 1);
    return f(s as PySet, a[0]);
  };
}

function method0(name: string, f: (so: PySet) => PyObject): Method {
  return (s, a, k) => {
    checkArgs(name, a, k, 0, 0);
    return f(s as PySet);
  };
}

function methodVar(name: string, f: (so: PySet, others: PyObject[]) => PyObject): Method {
  return (s, a, k) => {
    noKw(name, k);
    return f(s as PySet, a);
  };
}

function setPop(so: PySet): PyObject {
  if (so.used === 0) throw raiseNew(KeyErrorType, 'pop from an empty set');
  let e = so.finger & so.mask;
  while (so.table[e] === null || so.table[e] === SET_DUMMY) {
    e++;
    if (e > so.mask) e = 0;
  }
  const key = so.table[e]!;
  so.table[e] = SET_DUMMY;
  so.hlo[e] = -1;
  so.hhi[e] = -1;
  so.used--;
  so.finger = e + 1;
  return key;
}

function setRemove(so: PySet, key: PyObject): PyObject {
  let found: boolean;
  try {
    found = discardKey(so, key);
  } catch (e) {
    found = withFrozenKey(key, e, (k) => discardKey(so, k));
  }
  if (!found) throw keyError(key);
  return newNone();
}

function setDiscard(so: PySet, key: PyObject): PyObject {
  try {
    discardKey(so, key);
  } catch (e) {
    withFrozenKey(key, e, (k) => discardKey(so, k));
  }
  return newNone();
}

/** __reduce__: (type, (list(self),), self.__dict__ or None). */
function setReduce(so: PySet): PyObject {
  const keys = sequenceList(so);
  const d = instanceDict(so);
  const state = d === null ? newNone() : (d.rc++, d);
  so.type.rc++;
  return newTuple([so.type, newTuple([keys]), state]);
}

function sizeofSet(so: PySet): PyObject {
  return newInt(so.type.basicsize + (so.mask > MINSIZE - 1 ? (so.mask + 1) * 16 : 0));
}

/** The methods sets and frozensets share. */
function defCommon(T: PyType): void {
  const n = T.name;
  defMethod(T, '__contains__', methodO(`${n}.__contains__`, (so, x) => newBool(setContains(so, x))));
  defMethod(T, 'difference', methodVar(`${n}.difference`, setDifferenceMulti));
  defMethod(T, 'intersection', methodVar(`${n}.intersection`, setIntersectionMulti));
  defMethod(T, 'isdisjoint', methodO(`${n}.isdisjoint`, (so, x) => newBool(setIsDisjoint(so, x))));
  defMethod(T, 'issubset', methodO(`${n}.issubset`, (so, x) => newBool(setIsSubset(so, x))));
  defMethod(T, 'issuperset', methodO(`${n}.issuperset`, (so, x) => newBool(setIsSuperset(so, x))));
  defMethod(T, '__reduce__', method0(`${n}.__reduce__`, setReduce));
  defMethod(T, '__sizeof__', method0(`${n}.__sizeof__`, sizeofSet));
  defMethod(T, 'symmetric_difference', methodO(`${n}.symmetric_difference`, setSymmetricDifference));
  defMethod(T, 'union', methodVar(`${n}.union`, setUnion));
}

function installSlots(T: PyType): void {
  T.repr = setRepr;
  T.richcompare = setCompare;
  T.len = (o) => (o as PySet).used;
  T.contains = (o, k) => setContains(o as PySet, k);
  T.iter = (o) => new PySetIter(o as PySet);
  T.nb[Bin.SUB] = setBinary(setDifference);
  T.nb[Bin.AND] = setBinary(setIntersection);
  T.nb[Bin.OR] = setBinary((so, other) => setUnion(so, [other]));
  T.nb[Bin.XOR] = setBinary(setSymmetricDifference);
}

export function initSet(): void {
  const S = SetType;
  S.jsClass = PySetInstance as unknown as new (type: PyType) => PyObject;
  S.new_ = setNew;
  S.init = setInit;
  installSlots(S);
  // Sets are unhashable: the slot raises, and __hash__ is None below.
  S.hash = (o) => {
    throw typeError(`unhashable type: '${o.type.name}'`);
  };
  S.ib[Bin.SUB] = setInplace(differenceUpdate);
  S.ib[Bin.AND] = setInplace((so, other) => intersectionUpdate(so, [other]));
  S.ib[Bin.OR] = setInplace(setUpdate);
  S.ib[Bin.XOR] = setInplace(symmetricDifferenceUpdate);
  defMethod(S, 'add', methodO('set.add', (so, x) => (setAdd(so, x), newNone())));
  defMethod(S, 'clear', method0('set.clear', (so) => (setClear(so), newNone())));
  defMethod(S, 'copy', method0('set.copy', setCopy));
  defMethod(S, 'discard', methodO('set.discard', setDiscard));
  defMethod(S, 'difference_update', methodVar('set.difference_update', (so, others) => {
    for (const o of others) differenceUpdate(so, o);
    return newNone();
  }));
  defMethod(S, 'intersection_update', methodVar('set.intersection_update', (so, others) => {
    intersectionUpdate(so, others);
    return newNone();
  }));
  defMethod(S, 'pop', method0('set.pop', setPop));
  defMethod(S, 'remove', methodO('set.remove', setRemove));
  defMethod(S, 'symmetric_difference_update', methodO('set.symmetric_difference_update', (so, x) => {
    symmetricDifferenceUpdate(so, x);
    return newNone();
  }));
  defMethod(S, 'update', methodVar('set.update', (so, others) => {
    for (const o of others) setUpdate(so, o);
    return newNone();
  }));
  defCommon(S);
  exposeSlots(S);
  exposeCoexisting(S, '__contains__');
  exposeNew(S);
  S.attrs.set('__hash__', None);
  None.rc++;

  const F = FrozenSetType;
  F.jsClass = PySetInstance as unknown as new (type: PyType) => PyObject;
  F.new_ = frozensetNew;
  installSlots(F);
  F.hash = frozensetHash;
  defMethod(F, 'copy', method0('frozenset.copy', (so) => {
    if (so.type === FrozenSetType) {
      so.rc++;
      return so;
    }
    return setCopy(so);
  }));
  defCommon(F);
  exposeSlots(F);
  exposeCoexisting(F, '__contains__');
  exposeNew(F);

  hooks.setOf = (items) => {
    const so = newSet();
    for (const x of items) setAdd(so, x);
    return so;
  };
  hooks.setAdd = (s, item) => setAdd(s as PySet, item);
  hooks.setUpdate = (s, other) => setUpdate(s as PySet, other);
}

import { PyStr, StrType, newStr } from './str.js';
import { newInt, exposeNew } from './int.js';
import { newBool } from './bool.js';
import { None, NotImplemented, newNone } from './none.js';
import { newTuple } from './tuple.js';
import { PyDict, DictType, lookup, dictEntryCount, dictHashHiAt, dictHashLoAt, dictKeyAt } from './dict.js';
import { sequenceList, reprEnter, reprLeave } from './list.js';
import { checkArgs, noKw } from './builtinfunc.js';
import { exposeSlots, exposeCoexisting, defMethod, allocInstance, instanceDict } from './typeobject.js';
import { PyBaseException, KeyErrorType, TypeErrorType } from './exceptions.js';
import { typeError, keyError, raiseNew } from '../errors.js';
import { hashOf, eqBool, plainEq, getIter, iterNext, reprJS, HASH, Op, Bin } from '../abstract.js';
import { shuffleBits, frozensetHashFinish, hashHi } from '../../common/hash.js';
import { hooks } from '../rt.js';
import { PySetIter } from './iterators.js';
