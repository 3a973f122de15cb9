// dict: CPython's compact, insertion-ordered hash table (Objects/dictobject.c, 3.11).
//
// Entries live in insertion order in one array, four slots each (key, value
// and the two 32-bit halves of the key's hash; a deleted entry has null key
// and value); `indices` is the open-addressed hash table of entry numbers,
// probed with the full 64-bit perturbation. The table sizes, the usable
// counts, the growth rule and the key-table kind (all-str "unicode" tables
// have smaller entries; the first other key converts the table) are CPython
// 3.11's, so that sys.getsizeof and tracemalloc read exact figures off a
// dict, and the order of popitem() and iteration is CPython's.

import { PyObject, objectAllocated, decref } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';
import { simpleFreelist, mayBeTracked, gcTrack, gcUntrack, isTracked, gcHooks, VIRTUAL } from '../gc.js';
import { PyStr, StrType, strHash } from './str.js';
import { hashOf, eqBool, plainEq, HASH } from '../abstract.js';
import { SHARED_KEYS_LOG2 } from '../sizes.js';
import { heapTrace, traceBlock } from '../heap.js';

// A new dict is untracked until it holds something that may be in a cycle (MAINTAIN_TRACKING).
export const DictType = builtinType('dict', ObjectType, { basicsize: 48, gc: true, gcMode: 1, gcKind: 2,
  freelist: simpleFreelist(80) });

const DKIX_EMPTY = -1;
const DKIX_DUMMY = -2;
const PERTURB_SHIFT = 5;

/**
 * The entry arrays of a dict that has held no entry yet, shared: nothing
 * writes to them (appendEntry gives the dict arrays of its own first), and
 * empty dicts (instances', keyword arguments', fresh `{}`) allocate none.
 */
const NO_ENTRIES: never[] = [];

/**
 * The slots of `entries` per entry and the offsets of the fields after the
 * key (pushes write them in this order). One array holds all four so that a
 * probe reads one object besides the index table (parallel arrays cost a
 * cache miss each on big dicts, and V8 a header and a collector visit each);
 * the int32 hash halves are Smis, held unboxed. The value sits next to its
 * key for the identity hits of attribute and global names.
 */
const ENTRY = 4;
const VALUE = 1;
const LO = 2;
const HI = 3;

type Entries = (PyObject | number | null)[];

export class PyDict extends PyObject {
  /**
   * ENTRY slots per entry, in insertion order: key, value, hash low and high
   * halves. Slots past the `nentries` in use are null (they read as deleted
   * entries): a table's array has room for its usable entries (dk_entries)
   * from the start, but for big tables (emptyEntries).
   */
  entries: Entries;
  /** Entries in use, deleted ones included (dk_nentries). */
  nentries: number;
  /** log2 of the index table size; 0 means the shared empty table (no allocation). */
  log2size: number;
  indices: IndexArray;
  /** Free entry slots before a resize is needed (dk_usable). */
  usable: number;
  /** Live items. */
  used: number;
  /**
   * Bumped whenever an entry is added or removed or the entry array is
   * rebuilt, not when a value is replaced: while it holds, every key keeps
   * its index and no key is added (the name caches of rt.ts, as CPython's
   * dk_version keys the LOAD_GLOBAL specialization).
   */
  layout: number;
  /** DICT_KEYS_UNICODE: the key table holds only exact str keys (the shared empty table counts as one). */
  unicode: boolean;
  /** A split table: the instance dict of a class keeps its keys in the class's shared key table (null: combined). */
  shared: SharedKeys | null;
  constructor(type: PyType = DictType) {
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
    this.entries = NO_ENTRIES;
    this.nentries = 0;
    this.log2size = 0;
    this.indices = EMPTY_INDICES;
    this.usable = 0;
    this.used = 0;
    this.layout = 0;
    this.unicode = true;
    this.shared = null;
  }
}

/** The number of entries, deleted ones included (dk_nentries): entry indices run below it. */
export function dictEntryCount(d: PyDict): number {
  return d.nentries;
}

/** Entry ix's key, null once deleted. */
export function dictKeyAt(d: PyDict, ix: number): PyObject | null {
  return d.entries[ix * ENTRY] as PyObject | null;
}

/** Entry ix's value, null once deleted. */
export function dictValueAt(d: PyDict, ix: number): PyObject | null {
  return d.entries[ix * ENTRY + VALUE] as PyObject | null;
}

/** The low 32 bits of entry ix's hash. */
export function dictHashLoAt(d: PyDict, ix: number): number {
  return d.entries[ix * ENTRY + LO] as number;
}

/** The high 32 bits of entry ix's hash. */
export function dictHashHiAt(d: PyDict, ix: number): number {
  return d.entries[ix * ENTRY + HI] as number;
}

/** The live keys in entry order, borrowed: a snapshot the caller may hold while the dict changes. */
export function dictKeyList(d: PyDict): PyObject[] {
  const keys: PyObject[] = [];
  const e = d.entries;
  for (let p = 0; p < d.nentries * ENTRY; p += ENTRY) if (e[p] !== null) keys.push(e[p] as PyObject);
  return keys;
}

/** Store v as live entry ix's value and return the old one, both references moving (no tracking update). */
function dictSwapValueAt(d: PyDict, ix: number, v: PyObject): PyObject {
  const p = ix * ENTRY + VALUE;
  const old = d.entries[p] as PyObject;
  d.entries[p] = v;
  return old;
}

/** Instances of dict subclasses (the JS class a class statement derives from). */
class PyDictInstance extends PyDict {
  constructor(type: PyType) {
    super(type);
  }
}

/** The shared empty table: never written, since a dict with log2size 0 resizes before it inserts. */
const EMPTY_INDICES: IndexArray = [DKIX_EMPTY];

/** The index table: a packed array of small ints up to 128 slots, a typed array beyond. */
type IndexArray = number[] | Int32Array;

/**
 * An index table of n empty slots; the minimum one is a literal, which V8
 * makes much faster than a typed array. Small tables are copies of a
 * template: a packed array of exactly n slots (pushes would leave V8's
 * spare capacity, half as much again, in every table).
 */
function emptyIndices(n: number): IndexArray {
  if (n === 8) return [DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY, DKIX_EMPTY];
  // Big tables are typed arrays: cheap to fill and not scanned by V8's collector.
  if (n > 128) return new Int32Array(n).fill(DKIX_EMPTY);
  return EMPTY_INDEX_TEMPLATE.slice(0, n);
}

const EMPTY_INDEX_TEMPLATE: number[] = [];
for (let i = 0; i < 128; i++) EMPTY_INDEX_TEMPLATE.push(DKIX_EMPTY);

/**
 * The entry array of a table with room for n entries: n * ENTRY null slots,
 * a copy of a template, exactly as long (writes past the end would leave V8's
 * spare capacity, half as much again, in every dict). A big table's array
 * starts empty and grows as entries are written at its end.
 */
function emptyEntries(n: number): Entries {
  const slots = n * ENTRY;
  return slots <= NULL_TEMPLATE.length ? NULL_TEMPLATE.slice(0, slots) : [];
}

/**
 * Room for the entries of a table of 2**12 slots. Made by doubling (concat
 * keeps the array packed): 11k pushes at start-up ran in V8's interpreter,
 * 2.5 ms of every run.
 */
const NULL_TEMPLATE: Entries = ((n: number) => {
  let a: Entries = [null];
  while (a.length < n) a = a.concat(a);
  return a.slice(0, n);
})(usableFraction(2 ** 12) * ENTRY);

/** SHARED_KEYS_MAX_SIZE: a class's shared key table holds at most this many names. */
const SHARED_KEYS_MAX = 30;

/**
 * The key table the instance dicts of a class share (a heap type's
 * ht_cached_keys in 3.11). Only its counts are modelled: each split dict's
 * values array is as long as `nentries + usable` when the dict is made, and
 * sys.getsizeof reads that sum. Each new instance takes one from `usable`
 * (down to 1), each new name moves one from `usable` to `nentries`.
 */
export class SharedKeys {
  names = new Set<string>();
  nentries = 0;
  usable = SHARED_KEYS_MAX;
  /** init_inline_values: a new instance of the class. */
  newInstance(): void {
    if (this.usable > 1) this.usable--;
  }
  /** new_values: the bytes of a new instance's values array (a size byte and an insertion-order byte per slot, padded, then the pointers). */
  valuesSize(): number {
    const n = this.nentries + this.usable;
    return ((n + 2 + 7) & ~7) + 8 * n;
  }
}

/**
 * Whether a split dict can take `key` without becoming combined: a str
 * already in the shared table, or a new str while the table has room
 * (insert_into_dictkeys adds it).
 */
function sharedAccepts(sk: SharedKeys, key: PyObject): boolean {
  if (key.type !== StrType) return false;
  const name = (key as PyStr).v;
  if (sk.names.has(name)) return true;
  if (sk.usable <= 0 || sk.nentries >= SHARED_KEYS_MAX) return false;
  sk.names.add(name);
  sk.nentries++;
  sk.usable--;
  return true;
}

/**
 * Before an insertion of key (which may already be there): a split dict takes
 * a new name into its shared table, or becomes combined when the key is no
 * exact str or the table is full. A key already present is a name of the
 * table, so it changes nothing.
 */
function splitInsert(d: PyDict, key: PyObject): void {
  if (d.shared !== null && !sharedAccepts(d.shared, key)) unsplit(d, key.type === StrType);
}

/** A split dict becomes combined (insertion_resize): its own table, sized for three times its items. */
function unsplit(d: PyDict, unicode: boolean): void {
  d.shared = null;
  resize(d, log2KeySize(d.used * 3), unicode);
}

export function newDict(): PyDict {
  return new PyDict();
}

/** USABLE_FRACTION: two thirds of the table. */
function usableFraction(size: number): number {
  return ((size << 1) / 3) | 0;
}

/**
 * calculate_log2_keysize as CPython 3.11 computes it on 64-bit Linux:
 * bit_length(((minsize | 8) - 1) | 7). That is the smallest power of two >=
 * minsize only when bit 3 of minsize is set; otherwise it can be one step
 * bigger (3 gives 16, 16 gives 32), and the dict sizes follow it.
 */
function log2KeySize(minsize: number): number {
  if (minsize >= 2 ** 30) return Math.ceil(Math.log2(minsize)) + 1;
  return 32 - Math.clz32(((minsize | 8) - 1) | 7);
}

/** estimate_log2_keysize: a table that holds n items without resizing. */
function estimateLog2KeySize(n: number): number {
  return log2KeySize(Math.floor((n * 3 + 1) / 2));
}

/** find_empty_slot: the first index slot on the probe sequence of (lo, hi) that holds no entry. */
function findEmptySlot(indices: IndexArray, lo: number, hi: number): number {
  const mask = indices.length - 1;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  while (indices[i] >= 0) {
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
  return i;
}

/** dictresize: compact the entries and rebuild the index for a table of 2**log2. */
function resize(d: PyDict, log2: number, unicode: boolean): void {
  const old = d.entries;
  const usable = usableFraction(2 ** log2);
  const e = emptyEntries(usable);
  const indices = emptyIndices(2 ** log2);
  let q = 0;
  for (let p = 0; p < d.nentries * ENTRY; p += ENTRY) {
    if (old[p] === null) continue;
    const lo = old[p + LO] as number;
    const hi = old[p + HI] as number;
    indices[findEmptySlot(indices, lo, hi)] = q / ENTRY;
    e[q] = old[p];
    e[q + VALUE] = old[p + VALUE];
    e[q + LO] = lo;
    e[q + HI] = hi;
    q += ENTRY;
  }
  d.entries = e;
  d.nentries = q / ENTRY;
  d.indices = indices;
  d.log2size = log2;
  d.layout++;
  d.usable = usable - d.used;
  d.unicode = d.unicode && unicode;
  // A split dict's keys are the class's: only a combined table is the dict's own block.
  if (heapTrace.on && d.shared === null) traceBlock(d, DICT_KEYS, keysSize(d));
}

/** The dict's key table (PyDictKeysObject, _PyDict_KeysSize bytes) is its secondary block DICT_KEYS for the allocation tracer. */
export const DICT_KEYS = 0;

/** insertion_resize: room for more items, the table growing to hold three times the live items. */
function insertionResize(d: PyDict, unicode: boolean): void {
  resize(d, log2KeySize(d.used * 3), unicode);
}

/**
 * _Py_dict_lookup: the entry index of `key` (hash lo/hi), or -1. The hash's
 * high half defaults to HASH.hi, so `lookup(d, k, hashOf(k))` passes both.
 * An __eq__ that changes the dict restarts the search, as CPython's does.
 */
export function lookup(d: PyDict, key: PyObject, lo: number, hi: number = HASH.hi): number {
  const strKey = key.type === StrType;
  for (;;) {
    if (d.log2size === 0) return -1;
    const indices = d.indices;
    const mask = indices.length - 1;
    let i = lo & mask;
    let plo = lo >>> 0;
    let phi = hi >>> 0;
    const e = d.entries;
    let restart = false;
    for (;;) {
      const ix = indices[i];
      if (ix === DKIX_EMPTY) return -1;
      if (ix >= 0) {
        const p = ix * ENTRY;
        const k = e[p] as PyObject;
        if (k === key) return ix;
        if (e[p + LO] === lo && e[p + HI] === hi) {
          if (strKey && k.type === StrType) {
            if ((k as PyStr).v === (key as PyStr).v) return ix;
          } else {
            // Keys whose == runs no Python code (tuples of ints, say) need no guard.
            const plain = plainEq(k, key, 0);
            if (plain === 1) return ix;
            if (plain === -1) {
              const eq = guardedEq(k, key);
              if (d.indices !== indices || d.entries !== e || e[p] !== k) {
                restart = true;
                break;
              }
              if (eq) return ix;
            }
          }
        }
      }
      plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
      phi >>>= PERTURB_SHIFT;
      i = (i * 5 + plo + 1) & mask;
    }
    if (!restart) return -1;
  }
}

/**
 * lookup for an exact str key (an attribute name): the same probe sequence,
 * with the identity comparison that interned names almost always meet first;
 * an equal hash on a different object takes the general path.
 */
export function lookupStr(d: PyDict, key: PyStr): number {
  if (d.log2size === 0) return -1;
  const lo = strHash(key);
  const hi = key.hashHi;
  const indices = d.indices;
  const mask = indices.length - 1;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = hi >>> 0;
  const e = d.entries;
  for (;;) {
    const ix = indices[i];
    if (ix === DKIX_EMPTY) return -1;
    if (ix >= 0) {
      const p = ix * ENTRY;
      if (e[p] === key) return ix;
      if (e[p + LO] === lo && e[p + HI] === hi) return lookup(d, key, lo, hi);
    }
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
}

/** PyObject_RichCompareBool(k, key, Py_EQ) with the stored key kept alive meanwhile. */
function guardedEq(k: PyObject, key: PyObject): boolean {
  k.rc++;
  try {
    return eqBool(k, key);
  } finally {
    decref(k);
  }
}

/** The slot of the index table that refers to entry `ix` (lookdict_index). */
function indexSlotOf(d: PyDict, ix: number): number {
  const indices = d.indices;
  const mask = indices.length - 1;
  const lo = d.entries[ix * ENTRY + LO] as number;
  let i = lo & mask;
  let plo = lo >>> 0;
  let phi = (d.entries[ix * ENTRY + HI] as number) >>> 0;
  while (indices[i] !== ix) {
    plo = ((plo >>> PERTURB_SHIFT) | (phi << (32 - PERTURB_SHIFT))) >>> 0;
    phi >>>= PERTURB_SHIFT;
    i = (i * 5 + plo + 1) & mask;
  }
  return i;
}

/** d[key] as a borrowed reference, or null. */
export function dictGet(d: PyDict, key: PyObject): PyObject | null {
  const lo = hashOf(key);
  const ix = lookup(d, key, lo, HASH.hi);
  return ix < 0 ? null : dictValueAt(d, ix);
}

/** Lookup by an interned or ordinary PyStr key (the attribute and global name path). */
export function dictGetStr(d: PyDict, key: PyStr): PyObject | null {
  const lo = hashOf(key);
  const ix = lookup(d, key, lo, HASH.hi);
  return ix < 0 ? null : dictValueAt(d, ix);
}

/** d[key] = value. Borrows both (takes its own references). */
export function dictSet(d: PyDict, key: PyObject, value: PyObject): void {
  const lo = hashOf(key);
  dictSetHashed(d, key, lo, HASH.hi, value);
}

/** Append an entry for a key known to be absent; takes new references to key and value. */
function appendEntry(d: PyDict, key: PyObject, lo: number, hi: number, value: PyObject): void {
  if (d.log2size === 0 && d.used === 0 && d.nentries === 0) {
    // insert_to_emptydict: the first key decides the table's kind.
    d.unicode = key.type === StrType;
    resize(d, 3, d.unicode);
  } else if (d.usable <= 0) {
    insertionResize(d, true);
  }
  if (key.type !== StrType) d.unicode = false;
  key.rc++;
  value.rc++;
  if (d.gcList === null) maintainTracking(d, key, value);
  const ix = d.nentries++;
  d.indices[findEmptySlot(d.indices, lo, hi)] = ix;
  const e = d.entries;
  const p = ix * ENTRY;
  e[p] = key;
  e[p + VALUE] = value;
  e[p + LO] = lo;
  e[p + HI] = hi;
  d.used++;
  d.usable--;
  d.layout++;
}

/** MAINTAIN_TRACKING: an untracked dict starts being tracked when it stores a key or value that may be tracked. */
function maintainTracking(d: PyDict, key: PyObject, value: PyObject): void {
  if (d.gcFlags! & VIRTUAL) return;
  if (mayBeTracked(key) || mayBeTracked(value)) gcTrack(d);
}

/** Before looking a non-str key up for insertion, a unicode table becomes a general one (insertdict). */
function generalizeFor(d: PyDict, key: PyObject): void {
  if (d.unicode && d.log2size !== 0 && key.type !== StrType) insertionResize(d, false);
}

/** insertdict / PyDict_SetItem with the hash known. Borrows key and value. */
export function dictSetHashed(d: PyDict, key: PyObject, lo: number, hi: number, value: PyObject): void {
  splitInsert(d, key);
  if (d.log2size === 0) {
    appendEntry(d, key, lo, hi, value);
    return;
  }
  generalizeFor(d, key);
  const ix = lookup(d, key, lo, hi);
  if (ix >= 0) {
    value.rc++;
    if (d.gcList === null) maintainTracking(d, key, value);
    decref(dictSwapValueAt(d, ix, value));
    return;
  }
  appendEntry(d, key, lo, hi, value);
}

/** d[key] = value where entry ix holds key, as insertdict replaces a value; takes the reference to value. */
export function dictReplaceAt(d: PyDict, ix: number, value: PyObject): void {
  if (d.gcList === null) maintainTracking(d, dictKeyAt(d, ix)!, value);
  decref(dictSwapValueAt(d, ix, value));
}

/** PyDict_SetDefault: d[key] (borrowed), inserting `dflt` first when the key is absent. */
export function dictSetDefault(d: PyDict, key: PyObject, dflt: PyObject): PyObject {
  const lo = hashOf(key);
  const hi = HASH.hi;
  splitInsert(d, key);
  if (d.log2size === 0) {
    appendEntry(d, key, lo, hi, dflt);
    return dflt;
  }
  generalizeFor(d, key);
  const ix = lookup(d, key, lo, hi);
  if (ix >= 0) return dictValueAt(d, ix)!;
  appendEntry(d, key, lo, hi, dflt);
  return dflt;
}

/** del d[key]; false when the key is missing. */
export function dictDel(d: PyDict, key: PyObject): boolean {
  const lo = hashOf(key);
  const ix = lookup(d, key, lo, HASH.hi);
  if (ix < 0) return false;
  deleteEntry(d, ix);
  return true;
}

/** delitem_common: remove entry ix and release its key, then its value. */
export function deleteEntry(d: PyDict, ix: number): void {
  decref(takeEntry(d, ix));
}

/** Remove entry ix, releasing the key; the value's reference goes to the caller. */
function takeEntry(d: PyDict, ix: number): PyObject {
  d.indices[indexSlotOf(d, ix)] = DKIX_DUMMY;
  const e = d.entries;
  const p = ix * ENTRY;
  const k = e[p] as PyObject;
  const v = e[p + VALUE] as PyObject;
  e[p] = null;
  e[p + VALUE] = null;
  d.used--;
  d.layout++;
  decref(k);
  return v;
}

/** _PyDict_Pop: remove key and return its value (a new reference), or null when absent. */
export function dictPop(d: PyDict, key: PyObject): PyObject | null {
  if (d.used === 0) return null;
  const lo = hashOf(key);
  const ix = lookup(d, key, lo, HASH.hi);
  if (ix < 0) return null;
  return takeEntry(d, ix);
}

/** Remove every item (dict.clear): the table goes back to the shared empty one, then the entries are released. */
export function dictClear(d: PyDict): void {
  // A split dict lets go of the shared keys and its values: it is the empty combined dict.
  const wasSplit = d.shared !== null;
  d.shared = null;
  if (d.log2size === 0 && d.nentries === 0) return;
  const entries = d.entries;
  d.entries = NO_ENTRIES;
  d.nentries = 0;
  if (heapTrace.on && d.log2size !== 0 && !wasSplit) traceBlock(d, DICT_KEYS, 0);
  d.indices = EMPTY_INDICES;
  d.log2size = 0;
  d.usable = 0;
  d.used = 0;
  d.unicode = true;
  d.layout++;
  releaseEntries(entries);
}

/** free_keys_object: each entry's key then value, first to last (the null slots past the entries in use are skipped as deleted ones). */
function releaseEntries(entries: Entries): void {
  for (let p = 0; p < entries.length; p += ENTRY) {
    const k = entries[p] as PyObject | null;
    if (k !== null) {
      decref(k);
      decref(entries[p + VALUE] as PyObject);
    }
  }
}

/** _PyObject_ClearInstanceAttributes: each entry's value released, then its key, in entry order. */
export function clearInstanceValues(d: PyDict): void {
  const e = d.entries;
  for (let p = 0; p < d.nentries * ENTRY; p += ENTRY) {
    const v = e[p + VALUE] as PyObject | null;
    if (v === null) continue;
    e[p + VALUE] = null;
    const key = e[p] as PyObject;
    e[p] = null;
    d.used--;
    d.layout++;
    decref(v);
    decref(key);
  }
}

DictType.dealloc = (o) => {
  const d = o as PyDict;
  if (heapTrace.on && d.log2size !== 0 && d.shared === null) traceBlock(d, DICT_KEYS, 0);
  const entries = d.entries;
  d.entries = NO_ENTRIES;
  d.nentries = 0;
  d.layout++;
  releaseEntries(entries);
};
/** dict_traverse: each value, and its key unless the table holds only str keys. */
DictType.traverse = (o, visit) => {
  const d = o as PyDict;
  const e = d.entries;
  const general = !d.unicode;
  for (let p = 0; p < d.nentries * ENTRY; p += ENTRY) {
    const v = e[p + VALUE] as PyObject | null;
    if (v === null) continue;
    visit(v);
    if (general) visit(e[p] as PyObject);
  }
};
DictType.clear = (o) => dictClear(o as PyDict);

/** _PyDict_MaybeUntrack: a dict whose keys and values can never be in a cycle is untracked. */
gcHooks.maybeUntrackDict = (o) => {
  const d = o as PyDict;
  if (d.gcList == null) return;
  const e = d.entries;
  for (let p = 0; p < d.nentries * ENTRY; p += ENTRY) {
    const v = e[p + VALUE] as PyObject | null;
    if (v !== null && (mayBeTracked(v) || mayBeTracked(e[p] as PyObject))) return;
  }
  gcUntrack(d);
};

import { newInt, exposeNew, defClassMethod } from './int.js';
import { newBool } from './bool.js';
import { None, NotImplemented, newNone } from './none.js';
import { newStr } from './str.js';
import { PyList, ListType, sequenceFast, reprEnter, reprLeave } from './list.js';
import { PyTuple, newTuple } from './tuple.js';
import { PySet, FrozenSetType, SetType, SET_DUMMY } from './set.js';
import { checkArgs, noKw } from './builtinfunc.js';
import { exposeSlots, exposeCoexisting, defMethod, allocInstance, callBound, lastAttributeError } from './typeobject.js';
import { PyBaseException, KeyErrorType, AttributeErrorType, TypeErrorType } from './exceptions.js';
import { typeError, valueError, keyError, runtimeError, raiseNew } from '../errors.js';
import { reprJS, getIter, iterNext, getattr, getitem, setitem, call, compareBool, Op, Bin } from '../abstract.js';
import { DictKeysType, DictValuesType, DictItemsType, PyDictView, PyDictIter, DictIterKeyType,
  DictRevIterKeyType } from './iterators.js';

// ---------------------------------------------------------------- construction and copying

/** A new empty dict of `type` (dict or a subclass). */
export function allocDict(type: PyType): PyDict {
  if (type === DictType) return new PyDict();
  return (type.heapType ? allocInstance(type) : new PyDictInstance(type)) as PyDict;
}

/** dict_new_presized: a dict sized for n items (the dicts of BUILD_MAP and of **kwargs). */
export function dictPresized(n: number, unicode: boolean): PyDict {
  const d = new PyDict();
  if (n <= usableFraction(8)) return d;
  d.unicode = unicode;
  resize(d, n > usableFraction(2 ** 17) ? 17 : estimateLog2KeySize(n), unicode);
  return d;
}

/** clone_combined_dict_keys: copy the whole key table, deleted entries and spare room included. */
function cloneInto(dst: PyDict, src: PyDict): void {
  const e = src.entries;
  for (let p = 0; p < e.length; p += ENTRY) {
    const k = e[p] as PyObject | null;
    if (k !== null) {
      k.rc++;
      (e[p + VALUE] as PyObject).rc++;
    }
  }
  dst.entries = e.slice();
  dst.nentries = src.nentries;
  dst.indices = src.indices.slice();
  dst.log2size = src.log2size;
  dst.usable = src.usable;
  dst.used = src.used;
  dst.unicode = src.unicode;
  dst.layout++;
  if (heapTrace.on) traceBlock(dst, DICT_KEYS, keysSize(dst));
  if (isTracked(src)) gcTrack(dst);
}

/** PyDict_Copy: a new exact dict with d's items; a dict with few holes is cloned table and all. */
export function dictCopy(d: PyDict): PyDict {
  const copy = new PyDict();
  if (d.shared !== null) {
    // A split dict's copy shares the keys too.
    dictMerge(copy, d, 1);
    copy.shared = d.shared;
    return copy;
  }
  if (d.used === 0) return copy;
  if (d.type.iter === DictType.iter && d.used >= Math.floor((dictEntryCount(d) * 2) / 3)) {
    cloneInto(copy, d);
    return copy;
  }
  dictMerge(copy, d, 1);
  return copy;
}

/**
 * dict_merge: the items of mapping b into a. override 1 replaces existing
 * keys, 0 keeps them, 2 raises KeyError on a duplicate (calls with **).
 */
export function dictMerge(a: PyDict, b: PyObject, override: 0 | 1 | 2): void {
  if (b instanceof PyDict && b.type.iter === DictType.iter) {
    mergeFromDict(a, b, override);
    return;
  }
  const keys = mappingKeys(b);
  const it = getIter(keys);
  decref(keys);
  try {
    for (let key = iterNext(it); key !== null; key = iterNext(it)) {
      try {
        if (override !== 1 && dictContains(a, key)) {
          if (override !== 0) throw keyError(key);
          continue;
        }
        const value = getitem(b, key);
        try {
          dictSet(a, key, value);
        } finally {
          decref(value);
        }
      } finally {
        decref(key);
      }
    }
  } finally {
    decref(it);
  }
}

/** dict_merge's fast path for a dict whose iteration is dict's own: its table is read directly. */
function mergeFromDict(a: PyDict, b: PyDict, override: 0 | 1 | 2): void {
  if (b === a || b.used === 0) return;
  if (a.used === 0) {
    override = 1;
    // A clean, compact and freshly sized table is copied whole.
    if (b.used === dictEntryCount(b) && (b.log2size === 3 || usableFraction(2 ** b.log2size / 2) < b.used)) {
      cloneInto(a, b);
      return;
    }
  }
  // One big resize first, expecting few overlapping keys.
  if (usableFraction(2 ** Math.max(a.log2size, 3)) < b.used) {
    resize(a, estimateLog2KeySize(a.used + b.used), b.unicode);
  }
  const origSize = b.nentries;
  for (let p = 0; p < b.nentries * ENTRY; p += ENTRY) {
    const e = b.entries;
    const key = e[p] as PyObject | null;
    if (key === null) continue;
    const value = e[p + VALUE] as PyObject;
    const lo = e[p + LO] as number;
    const hi = e[p + HI] as number;
    key.rc++;
    value.rc++;
    try {
      if (override === 1) {
        dictSetHashed(a, key, lo, hi, value);
      } else if (lookup(a, key, lo, hi) < 0) {
        dictSetHashed(a, key, lo, hi, value);
      } else if (override !== 0) {
        throw keyError(key);
      }
    } finally {
      decref(value);
      decref(key);
    }
    if (b.nentries !== origSize) throw runtimeError('dict mutated during update');
  }
}

/** PyMapping_Keys for a non-dict: m.keys() as a list. */
function mappingKeys(m: PyObject): PyObject {
  const name = newStr('keys');
  let keysFn: PyObject;
  try {
    keysFn = getattr(m, name);
  } finally {
    decref(name);
  }
  let out: PyObject;
  try {
    out = call(keysFn, []);
  } finally {
    decref(keysFn);
  }
  if (out.type === ListType) return out;
  try {
    return sequenceFast(out, '');
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeErrorType)) {
      decref(e);
      throw typeError(`${m.type.name}.keys() returned a non-iterable (type ${out.type.name})`);
    }
    throw e;
  } finally {
    decref(out);
  }
}

/** PyDict_MergeFromSeq2: an iterable of key/value pairs. */
function mergeFromSeq2(d: PyDict, seq: PyObject): void {
  const it = getIter(seq);
  try {
    for (let i = 0; ; i++) {
      const item = iterNext(it);
      if (item === null) break;
      let fast: PyList | PyTuple;
      try {
        fast = sequenceFast(item, '');
      } catch (e) {
        if (e instanceof PyBaseException && e.type.isSubtype(TypeErrorType)) {
          decref(e);
          throw typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
        }
        throw e;
      } finally {
        decref(item);
      }
      try {
        const n = fast.items.length;
        if (n !== 2) throw valueError(`dictionary update sequence element #${i} has length ${n}; 2 is required`);
        const key = fast.items[0];
        const value = fast.items[1];
        key.rc++;
        value.rc++;
        try {
          dictSet(d, key, value);
        } finally {
          decref(key);
          decref(value);
        }
      } finally {
        decref(fast);
      }
    }
  } finally {
    decref(it);
  }
}

/** dict_update_arg: a dict, anything with keys(), or an iterable of pairs. */
export function dictUpdateArg(d: PyDict, arg: PyObject): void {
  if (arg.type === DictType) {
    dictMerge(d, arg, 1);
    return;
  }
  if (hasAttr(arg, 'keys')) {
    dictMerge(d, arg, 1);
    return;
  }
  mergeFromSeq2(d, arg);
}

/** _PyObject_LookupAttr as a test: an AttributeError means "absent". */
function hasAttr(o: PyObject, name: string): boolean {
  const n = newStr(name);
  let r: PyObject | null;
  try {
    r = o.type.getattro!(o, n);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type.isSubtype(AttributeErrorType))) throw e;
    decref(e);
    r = null;
  } finally {
    decref(n);
  }
  if (lastAttributeError.e !== null) {
    decref(lastAttributeError.e);
    lastAttributeError.e = null;
  }
  if (r === null) return false;
  decref(r);
  return true;
}

/** The **kwargs of a call as CPython's dict of them (_PyStack_AsDict: presized, str keys). */
function kwargsDict(args: PyObject[], kwnames: string[]): PyDict {
  const d = dictPresized(kwnames.length, true);
  const base = args.length - kwnames.length;
  for (let i = 0; i < kwnames.length; i++) {
    const k = newStr(kwnames[i]);
    dictSet(d, k, args[base + i]);
    decref(k);
  }
  return d;
}

/** dict_update_common: at most one positional argument, then the keywords. */
function updateCommon(d: PyDict, args: PyObject[], kw: string[] | null, name: string, kwOneByOne: boolean): void {
  const nkw = kw === null ? 0 : kw.length;
  const npos = args.length - nkw;
  if (npos > 1) throw typeError(`${name} expected at most 1 argument, got ${npos}`);
  if (npos === 1) dictUpdateArg(d, args[0]);
  if (nkw === 0) return;
  if (kwOneByOne) {
    for (let i = 0; i < nkw; i++) {
      const k = newStr(kw![i]);
      dictSet(d, k, args[npos + i]);
      decref(k);
    }
    return;
  }
  const kwd = kwargsDict(args, kw!);
  try {
    dictMerge(d, kwd, 1);
  } finally {
    decref(kwd);
  }
}

// ---------------------------------------------------------------- slots

/** PyDict_Contains. */
export function dictContains(d: PyDict, key: PyObject): boolean {
  const lo = hashOf(key);
  return lookup(d, key, lo, HASH.hi) >= 0;
}

/** dict_subscript: d[key], calling a subclass's __missing__ for an absent key. */
function dictSubscript(o: PyObject, key: PyObject): PyObject {
  const d = o as PyDict;
  const lo = hashOf(key);
  const ix = lookup(d, key, lo, HASH.hi);
  if (ix >= 0) {
    const v = dictValueAt(d, ix)!;
    v.rc++;
    return v;
  }
  if (d.type !== DictType) {
    const missing = d.type.lookup('__missing__');
    if (missing !== null) return callBound(missing, d, [key]);
  }
  throw keyError(key);
}

function dictAssSubscript(o: PyObject, key: PyObject, v: PyObject | null): void {
  const d = o as PyDict;
  if (v !== null) {
    dictSet(d, key, v);
    return;
  }
  if (!dictDel(d, key)) throw keyError(key);
}

function dictRepr(o: PyObject): PyObject {
  const d = o as PyDict;
  if (!reprEnter(d)) return newStr('{...}');
  try {
    if (d.used === 0) return newStr('{}');
    let s = '{';
    let first = true;
    // The dict may change while reprs run: walk its current entries each step.
    for (let i = 0; i < dictEntryCount(d); i++) {
      const key = dictKeyAt(d, i);
      if (key === null) continue;
      const value = dictValueAt(d, i)!;
      key.rc++;
      value.rc++;
      try {
        if (!first) s += ', ';
        first = false;
        s += reprJS(key);
        s += ': ';
        s += reprJS(value);
      } finally {
        decref(key);
        decref(value);
      }
    }
    return newStr(s + '}');
  } finally {
    reprLeave(d);
  }
}

/** dict_equal: same size, and every key of a maps to an equal value in b. */
function dictEqual(a: PyDict, b: PyDict): boolean {
  if (a.used !== b.used) return false;
  for (let i = 0; i < dictEntryCount(a); i++) {
    const key = dictKeyAt(a, i);
    if (key === null) continue;
    const aval = dictValueAt(a, i)!;
    aval.rc++;
    key.rc++;
    try {
      const ix = lookup(b, key, dictHashLoAt(a, i), dictHashHiAt(a, i));
      if (ix < 0) return false;
      const bval = dictValueAt(b, ix)!;
      bval.rc++;
      try {
        if (!compareBool(aval, bval, Op.EQ)) return false;
      } finally {
        decref(bval);
      }
    } finally {
      decref(key);
      decref(aval);
    }
  }
  return true;
}

function dictCompare(v: PyObject, w: PyObject, op: Op): PyObject {
  if (!(v instanceof PyDict) || !(w instanceof PyDict) || (op !== Op.EQ && op !== Op.NE)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  return newBool(dictEqual(v, w) === (op === Op.EQ));
}

/** dict | other: a copy of the left dict updated with the right (both must be dicts). */
function dictOr(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyDict) || !(b instanceof PyDict)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  const d = dictCopy(a);
  try {
    dictUpdateArg(d, b);
  } catch (e) {
    decref(d);
    throw e;
  }
  return d;
}

/** dict |= other accepts anything dict.update does. */
function dictIor(a: PyObject, b: PyObject): PyObject {
  dictUpdateArg(a as PyDict, b);
  a.rc++;
  return a;
}

/** The size of the key table CPython allocates (_PyDict_KeysSize), 0 for the shared empty one. */
function keysSize(d: PyDict): number {
  if (d.log2size === 0) return 0;
  const log2 = d.log2size;
  const log2IndexBytes = log2 < 8 ? log2 : log2 < 16 ? log2 + 1 : log2 < 32 ? log2 + 2 : log2 + 3;
  return 32 + 2 ** log2IndexBytes + usableFraction(2 ** log2) * (d.unicode ? 16 : 24);
}

// ---------------------------------------------------------------- methods

function dictGetMethod(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('dict.get', k);
  checkArgs('get', a, null, 1, 2);
  const d = self as PyDict;
  const lo = hashOf(a[0]);
  const ix = lookup(d, a[0], lo, HASH.hi);
  const v = ix >= 0 ? dictValueAt(d, ix)! : a.length > 1 ? a[1] : None;
  v.rc++;
  return v;
}

function dictPopMethod(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('dict.pop', k);
  checkArgs('pop', a, null, 1, 2);
  const v = dictPop(self as PyDict, a[0]);
  if (v !== null) return v;
  if (a.length > 1) {
    a[1].rc++;
    return a[1];
  }
  throw keyError(a[0]);
}

/** dict.popitem: the last entry, as a (key, value) tuple owning the dict's references. */
function dictPopitem(self: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('dict.popitem', a, k, 0, 0);
  const d = self as PyDict;
  if (d.used === 0) throw raiseNew(KeyErrorType, 'popitem(): dictionary is empty');
  if (d.shared !== null) {
    // A split table is made combined first, at the shared table's size.
    d.shared = null;
    resize(d, SHARED_KEYS_LOG2, true);
  }
  let i = dictEntryCount(d) - 1;
  while (dictKeyAt(d, i) === null) i--;
  const key = dictKeyAt(d, i)!;
  const value = dictValueAt(d, i)!;
  d.indices[indexSlotOf(d, i)] = DKIX_DUMMY;
  // The popped entry and the deleted ones after it leave the entry array; dk_usable stays.
  d.entries.fill(null, i * ENTRY, d.nentries * ENTRY);
  d.nentries = i;
  d.used--;
  d.layout++;
  return newTuple([key, value]);
}

/** dict.fromkeys(iterable, value=None): exact dicts from dicts and sets are sized once and filled with known hashes. */
function dictFromkeys(cls: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('dict.fromkeys', k);
  checkArgs('fromkeys', a, null, 1, 2);
  const iterable = a[0];
  const value = a.length > 1 ? a[1] : None;
  const d = call(cls, []);
  try {
    if (d.type === DictType && (d as PyDict).used === 0) {
      const dd = d as PyDict;
      if (iterable.type === DictType) {
        const src = iterable as PyDict;
        resize(dd, estimateLog2KeySize(src.used), src.unicode);
        for (let i = 0; i < dictEntryCount(src); i++) {
          const key = dictKeyAt(src, i);
          if (key !== null) dictSetHashed(dd, key, dictHashLoAt(src, i), dictHashHiAt(src, i), value);
        }
        return d;
      }
      if (iterable.type === SetType || iterable.type === FrozenSetType) {
        const src = iterable as PySet;
        resize(dd, estimateLog2KeySize(src.used), false);
        const table = src.table;
        for (let i = 0; i < table.length; i++) {
          const key = table[i];
          if (key !== null && key !== SET_DUMMY) dictSetHashed(dd, key, src.hlo[i], src.hhi[i], value);
        }
        return d;
      }
    }
    const it = getIter(iterable);
    try {
      for (let key = iterNext(it); key !== null; key = iterNext(it)) {
        try {
          if (d.type === DictType) dictSet(d as PyDict, key, value);
          else setitem(d, key, value);
        } finally {
          decref(key);
        }
      }
    } finally {
      decref(it);
    }
    return d;
  } catch (e) {
    decref(d);
    throw e;
  }
}

function dictNew(type: PyObject, _args: PyObject[], _kw: string[] | null): PyObject {
  return allocDict(type as PyType);
}

function dictInit(self: PyObject, args: PyObject[], kw: string[] | null): void {
  // A call of dict itself passes keywords one by one (dict_vectorcall); __init__ merges a kwargs dict.
  updateCommon(self as PyDict, args, kw, 'dict', self.type === DictType);
}

function method0(name: string, f: (d: PyDict) => PyObject): (s: PyObject, a: PyObject[], k: string[] | null) => PyObject {
  return (s, a, k) => {
    checkArgs(name, a, k, 0, 0);
    return f(s as PyDict);
  };
}

export function initDict(): void {
  const T = DictType;
  T.jsClass = PyDictInstance as unknown as new (type: PyType) => PyObject;
  T.new_ = dictNew;
  T.init = dictInit;
  T.repr = dictRepr;
  // Dicts are unhashable: the slot raises, and __hash__ is None below.
  T.hash = (o) => {
    throw typeError(`unhashable type: '${o.type.name}'`);
  };
  T.richcompare = dictCompare;
  T.len = (o) => (o as PyDict).used;
  T.getitem = dictSubscript;
  T.setitem = dictAssSubscript;
  T.contains = (o, key) => dictContains(o as PyDict, key);
  T.iter = (o) => new PyDictIter(DictIterKeyType, o as PyDict);
  T.nb[Bin.OR] = dictOr;
  T.ib[Bin.OR] = dictIor;
  defMethod(T, '__getitem__', (s, a, k) => {
    checkArgs('dict.__getitem__', a, k, 1, 1);
    return dictSubscript(s, a[0]);
  });
  defMethod(T, '__sizeof__', method0('dict.__sizeof__', (d) => newInt(d.type.basicsize + (d.shared !== null ? 8 * (d.shared.nentries + d.shared.usable) : keysSize(d)))));
  defMethod(T, 'get', dictGetMethod);
  defMethod(T, 'setdefault', (s, a, k) => {
    noKw('dict.setdefault', k);
    checkArgs('setdefault', a, null, 1, 2);
    const v = dictSetDefault(s as PyDict, a[0], a.length > 1 ? a[1] : None);
    v.rc++;
    return v;
  });
  defMethod(T, 'pop', dictPopMethod);
  defMethod(T, 'popitem', dictPopitem);
  defMethod(T, 'keys', method0('dict.keys', (d) => new PyDictView(DictKeysType, d)));
  defMethod(T, 'items', method0('dict.items', (d) => new PyDictView(DictItemsType, d)));
  defMethod(T, 'values', method0('dict.values', (d) => new PyDictView(DictValuesType, d)));
  defMethod(T, 'update', (s, a, k) => {
    updateCommon(s as PyDict, a, k, 'update', false);
    return newNone();
  });
  defClassMethod(T, 'fromkeys', dictFromkeys);
  defMethod(T, 'clear', method0('dict.clear', (d) => (dictClear(d), newNone())));
  defMethod(T, 'copy', method0('dict.copy', (d) => dictCopy(d)));
  defMethod(T, '__reversed__', method0('dict.__reversed__', (d) => new PyDictIter(DictRevIterKeyType, d)));
  exposeSlots(T);
  exposeCoexisting(T, '__contains__');
  exposeCoexisting(T, '__getitem__');
  exposeNew(T);
  T.attrs.set('__hash__', None);
  None.rc++;
}
