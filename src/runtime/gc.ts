// The cyclic garbage collector: CPython 3.11's Modules/gcmodule.c, over
// pyheap's objects.
//
// Design
// ------
// Objects of a type with `gc` set carry CPython's GC header as three JS fields
// set when they are made (gcList/gcIdx: the list of the generation the object
// is in and its slot there, gcList null while untracked; gcFlags: COLLECTING,
// UNREACHABLE, FINALIZED, VIRTUAL in its low bits and, during a collection,
// gc_refs above them, as CPython packs gc_prev).
// CPython links its lists through the headers; here a list is an array in
// list order with holes where objects left it (GcList), because writing links
// into the neighbours (objects of every shape) made tracking and untracking,
// which happen at every allocation and deallocation, the dearest part of
// them. Appending is a push, removing leaves a hole; holes are squeezed out
// between collections, and scans skip them, so the order is CPython's.
//
// Accounting follows CPython exactly: making a GC object (objectAllocated
// calls gcLink) adds one to generation 0's count unless it comes
// off a free list (exact list, dict and small tuples keep CPython's free
// lists, as counters), and freeing one subtracts one unless it goes onto a free
// list; a full collection empties the free lists. When the count of generation
// 0 passes its threshold (700), the collector runs the oldest generation whose
// count passes its threshold, skipping the oldest one while the objects that
// survived young collections since the last full one (long_lived_pending) are
// fewer than a quarter of those that survived it (long_lived_total).
//
// A collection (collectMain) merges the younger lists into the collected one,
// sets gc_refs to each object's reference count, subtracts the references
// that tracked objects of the list make to each other (each type's
// `traverse`), and moves what is left unreachable from outside to an
// unreachable list, scanning in list order exactly as move_unreachable does,
// so that finalizers, weakref callbacks and clears run in CPython's order.
// Survivors join the next generation (tuples and, in full collections, dicts
// holding only atomic values are untracked first). Then weak references to
// unreachable objects are cleared and the callbacks of reachable weakrefs
// called; tp_finalize (`__del__`) runs once per object (PEP 442: the
// FINALIZED flag); objects resurrected by a finalizer are found by a second
// reachability pass and survive; the rest are cleared by their type's `clear`
// (tp_clear), which drops their references so that refcounting frees them.
// With DEBUG_SAVEALL they go to gc.garbage instead. No pyheap type has a
// legacy tp_del finalizer, so nothing is ever uncollectable, as in CPython
// for Python-level objects.
//
// Some CPython objects are parts of a pyheap object (a heap type's tp_dict,
// tp_mro and tp_bases; a function's closure tuple): `gcWeight` counts them in
// the number of unreachable objects and their allocation counts are kept by
// gcVirtualAlloc/gcVirtualFree. Frames are made for every call in pyheap but
// only on demand in CPython, so frames are neither counted nor tracked.
//
// This module imports only heap.ts at run time (it is loaded before the types);
// what needs Python-level machinery (calling callbacks and finalizers,
// printing, gc.garbage) goes through `gcHooks`, installed at start-up.

import type { PyObject } from './object.js';
import type { PyType } from './type.js';
import { blockFree, blockClearFreelists, blockSkipNext, heapTrace } from './heap.js';

export type Visit = (o: PyObject) => void;

declare module './object.js' {
  interface PyObject {
    gcList?: GcList | null;
    gcIdx?: number;
    /** The flags (FLAG_MASK) plus gc_refs times GC_REFS_ONE; see gcSetFlag. */
    gcFlags?: number;
    /** The head of the object's weak reference list (tp_weaklistoffset), newest basic refs first. */
    wl?: PyObject | null;
  }
}

/** A free list modelled as counts: objects on it were freed without leaving generation 0's count. */
export interface Freelist {
  /** Take an object of size n off the list; false when it is empty. */
  pop(n: number): boolean;
  /** Put a freed object of size n on the list; false when it is full. */
  push(n: number): boolean;
  /** Empty the list; returns how many objects it held. */
  clear(): number;
  /** Set how many objects of size n the list holds (the state CPython's start-up leaves). */
  prime(n: number, count: number): void;
  /** How many objects of size n the list holds. */
  count(n: number): number;
}

export function simpleFreelist(max: number): Freelist {
  let n = 0;
  return registered({
    pop: () => (n > 0 ? (n--, true) : false),
    push: () => (n < max ? (n++, true) : false),
    clear: () => {
      const k = n;
      n = 0;
      return k;
    },
    prime: (_size, count) => {
      n = Math.min(count, max);
    },
    count: () => n,
  });
}

/** Tuples keep one free list per size 1..19, 2000 each. */
export function tupleFreelist(): Freelist {
  const counts = new Array<number>(20).fill(0);
  return registered({
    pop: (size) => (size > 0 && size < 20 && counts[size] > 0 ? (counts[size]--, true) : false),
    push: (size) => (size > 0 && size < 20 && counts[size] < 2000 ? (counts[size]++, true) : false),
    clear: () => {
      let k = 0;
      for (let i = 0; i < 20; i++) {
        k += counts[i];
        counts[i] = 0;
      }
      return k;
    },
    prime: (size, count) => {
      if (size > 0 && size < 20) counts[size] = Math.min(count, 2000);
    },
    count: (size) => (size > 0 && size < 20 ? counts[size] : 0),
  });
}

const freelists: Freelist[] = [];

function registered(fl: Freelist): Freelist {
  freelists.push(fl);
  return fl;
}

export const COLLECTING = 1;
const UNREACHABLE = 2;
export const FINALIZED = 4;
/** A dict that is an instance's inline values in CPython: not a GC object of its own until materialized. */
export const VIRTUAL = 8;
const FLAG_MASK = 15;
/**
 * gc_refs is kept in gcFlags above the flags. The collector changes it by
 * arithmetic, not bit operations, since a count times 16 may pass 2**31;
 * `& flag` stays exact (JS takes the low 32 bits of an integer).
 */
const GC_REFS_ONE = 16;

/** Set a flag in o's GC header. */
export function gcSetFlag(o: PyObject, flag: number): void {
  const b = o.gcFlags!;
  if (!(b & flag)) o.gcFlags = b + flag;
}

/** Clear a flag in o's GC header. */
export function gcClearFlag(o: PyObject, flag: number): void {
  const b = o.gcFlags!;
  if (b & flag) o.gcFlags = b - flag;
}

export const DEBUG_STATS = 1;
export const DEBUG_COLLECTABLE = 2;
export const DEBUG_UNCOLLECTABLE = 4;
export const DEBUG_SAVEALL = 32;

/**
 * A generation, or a working list of a collection: its objects in order,
 * null where one left, in the slots before `e`. The array keeps its size when
 * the list empties (null past `e`): generation 0 fills up again at once, and
 * a collection's working lists serve the next one, without growing an array
 * again each time.
 */
export class GcList {
  a: (PyObject | null)[] = [];
  /** The end of the slots in use. */
  e = 0;
  /** How many objects the list holds. */
  n = 0;
  /** Every slot before this one is a hole. */
  h = 0;
}

type Head = GcList;

function newHead(): Head {
  return new GcList();
}

/** Emptied working lists of earlier collections. */
const spareLists: Head[] = [];

/** A working list for a collection; give it back with releaseList. */
function workList(): Head {
  return spareLists.pop() ?? newHead();
}

/** A working list the collection is done with: kept for the next one once empty. */
function releaseList(l: Head): void {
  if (l.n !== 0) return;
  l.e = 0;
  l.h = 0;
  spareLists.push(l);
}

export interface Generation {
  head: Head;
  threshold: number;
  count: number;
}

export interface GenStats {
  collections: number;
  collected: number;
  uncollectable: number;
}

export const gcState = {
  gens: [
    { head: newHead(), threshold: 700, count: 0 },
    { head: newHead(), threshold: 10, count: 0 },
    { head: newHead(), threshold: 10, count: 0 },
  ] as Generation[],
  permanent: newHead(),
  /** What the interpreter made before the program started (gcSeal): tracked, never scanned. */
  sealed: newHead(),
  enabled: true,
  collecting: false,
  /** Automatic collections wait for start-up to finish. */
  ready: false,
  debug: 0,
  longLivedTotal: 0,
  longLivedPending: 0,
  stats: [0, 1, 2].map(() => ({ collections: 0, collected: 0, uncollectable: 0 })) as GenStats[],
};

/** What the collector needs from the layers above it. */
export const gcHooks = {
  /** Call a finalizer and report what it raises as unraisable. */
  runFinalizer: (_o: PyObject): void => {},
  /** Clear o's weak references and call their callbacks (PyObject_ClearWeakRefs). */
  clearWeakrefs: (_o: PyObject): void => {},
  /** Call wr's callback with wr, reporting an exception as unraisable. */
  callWeakrefCallback: (_wr: PyObject): void => {},
  /** Whether o is a weak reference (or proxy) object. */
  isWeakref: (_o: PyObject): boolean => false,
  /** Remove wr from its referent's list and forget the referent; the callback stays. */
  clearRef: (_wr: PyObject): void => {},
  /** Whether wr has a callback. */
  hasCallback: (_wr: PyObject): boolean => false,
  /** _PyDict_MaybeUntrack: untrack a dict none of whose keys and values may be in a cycle (the dict's entries are dict.ts's). */
  maybeUntrackDict: (_d: PyObject): void => {},
  /** The weak references to o, head first. */
  nextRef: (_wr: PyObject): PyObject | null => null,
  /** gc.callbacks, with phase "start" or "stop". */
  invokeCallbacks: (_phase: string, _gen: number, _collected: number, _uncollectable: number): void => {},
  /** PySys_WriteStderr. */
  writeStderr: (_s: string): void => {},
  /** "<TypeName 0x...>" as debug_cycle prints an object. */
  describe: (o: PyObject): string => o.type.name,
  /** Append to gc.garbage (a new reference). */
  saveGarbage: (_o: PyObject): void => {},
  /** Report an exception that tp_clear raised. */
  unraisable: (_e: unknown, _o: PyObject): void => {},
  /** Release a reference (object.ts's decref; hooked to avoid an import cycle at load time). */
  decref: (_o: PyObject): void => {},
  /** Whether o is a heap type (PyObject_IS_GC is false for static types). */
  isStaticType: (_o: PyObject): boolean => false,
};

// ---------------------------------------------------------------- lists

/** Take o out of l, the list it is in. */
function listRemove(o: PyObject, l: Head): void {
  l.a[o.gcIdx!] = null;
  l.n--;
  o.gcList = null;
}

function listAppend(o: PyObject, l: Head): void {
  // Squeeze out holes from time to time, never while a collection scans lists by index.
  if (l.e > 2 * l.n + 64 && !gcState.collecting) compact(l);
  const i = l.e++;
  o.gcList = l;
  o.gcIdx = i;
  if (i < l.a.length) l.a[i] = o;
  else l.a.push(o);
  l.n++;
}

function compact(l: Head): void {
  const a = l.a;
  const e = l.e;
  let j = 0;
  for (let i = l.h; i < e; i++) {
    const o = a[i];
    if (o !== null) {
      o.gcIdx = j;
      a[j++] = o;
    }
  }
  a.fill(null, j, e);
  l.e = j;
  l.h = 0;
}

function listMove(o: PyObject, l: Head): void {
  listRemove(o, o.gcList!);
  listAppend(o, l);
}

/** The first object of a list, or null when it is empty. */
function first(l: Head): PyObject | null {
  const a = l.a;
  const e = l.e;
  let i = l.h;
  while (i < e && a[i] === null) i++;
  l.h = i;
  return i < e ? a[i] : null;
}

function listMerge(from: Head, to: Head): void {
  const a = from.a;
  const b = to.a;
  for (let i = from.h, e = from.e; i < e; i++) {
    const o = a[i];
    if (o === null) continue;
    a[i] = null;
    const j = to.e++;
    o.gcList = to;
    o.gcIdx = j;
    if (j < b.length) b[j] = o;
    else b.push(o);
  }
  to.n += from.n;
  from.e = 0;
  from.n = 0;
  from.h = 0;
}

function listSize(h: Head): number {
  return h.n;
}

/**
 * The tracked objects of generation `gen` (every generation for -1), as
 * gc.get_objects lists them: youngest generation first, each in list order,
 * the sealed objects at the front of the oldest (the first objects it got).
 */
export function trackedObjectsOf(gen: number): PyObject[] {
  const out: PyObject[] = [];
  for (let i = 0; i < 3; i++) {
    if (gen !== -1 && gen !== i) continue;
    if (i === 2) listObjects(gcState.sealed, out);
    listObjects(gcState.gens[i].head, out);
  }
  return out;
}

/**
 * gcSeal, once the interpreter is built and before the program runs: the
 * objects made so far (built-in types' descriptors and dicts, the builtins
 * and sys modules, ...) leave the generations for a list that no collection
 * scans. They live as long as the interpreter, so a scan could only find them
 * reachable: skipping them changes no collection's outcome, only its cost,
 * which was most of a small program's collections (the two at exit among
 * them). The tuples and dicts among them that hold no tracked object are
 * untracked first, as CPython's collections during its start-up untrack its own.
 */
export function gcSeal(): void {
  const st = gcState;
  // The generations' counts stay: they count allocations and collections, not objects.
  for (let i = 0; i < 3; i++) listMerge(st.gens[i].head, st.sealed);
  untrackTuples(st.sealed);
  untrackDicts(st.sealed);
}

/** The objects of a list, in order. */
function listObjects(l: Head, out: PyObject[]): void {
  const a = l.a;
  for (let i = l.h; i < l.e; i++) {
    const o = a[i];
    if (o !== null) out.push(o);
  }
}

// ---------------------------------------------------------------- allocation, tracking, freeing

let quiet = false;

/** The next GC object made is an instance's inline values: neither counted nor tracked (VIRTUAL). */
export function quietNext(): void {
  quiet = true;
}

/** Write the GC header of a new object (untracked, no flags), for objectAllocated. */
export function gcHeader(o: PyObject): void {
  o.gcList = null;
  o.gcIdx = 0;
  o.gcFlags = 0;
}

/**
 * _PyObject_GC_Link and, for types tracked at creation, _PyObject_GC_TRACK,
 * once the object's GC header is written (object.ts's objectAllocated).
 */
export function gcLink(o: PyObject, t: PyType): void {
  const mode = t.gcMode;
  if (mode === 2) return;
  if (quiet) {
    quiet = false;
    o.gcFlags = VIRTUAL;
    blockSkipNext();
    return;
  }
  if (mode === 3) return;
  const fl = t.freelist;
  const reused = fl !== null && fl.pop(0);
  if (!reused) countAlloc();
  if (heapTrace.on) heapTrace.tracer!.newObject(o, reused ? fl : null, 0);
  if (mode === 0) listAppend(o, gcState.gens[0].head);
}

/** A tuple of n items made (PyTuple_New): the empty one is a static singleton. */
export function gcNewTuple(o: PyObject, t: PyType, n: number): void {
  if (n === 0) return;
  const reused = t.freelist!.pop(n);
  if (!reused) countAlloc();
  if (heapTrace.on) heapTrace.tracer!.newObject(o, reused ? t.freelist : null, n);
  listAppend(o, gcState.gens[0].head);
}

/** One GC allocation outside the free lists; may run a collection. */
export function countAlloc(): void {
  const st = gcState;
  const g0 = st.gens[0];
  g0.count++;
  if (g0.count > g0.threshold && st.enabled && g0.threshold !== 0 && !st.collecting && st.ready) {
    st.collecting = true;
    try {
      collectGenerations();
    } finally {
      st.collecting = false;
    }
  }
}

/** A GC object that is part of a pyheap object was made (a type's dict, a closure tuple): kind's free list, then the count. */
export function gcVirtualAlloc(t: PyType, n: number): void {
  if (t.gcKind === 1 && n === 0) return;
  const fl = t.freelist;
  const reused = fl !== null && fl.pop(n);
  if (!reused) countAlloc();
  else if (heapTrace.on) heapTrace.tracer!.newObject(null, fl, n);
}

export function gcVirtualFree(t: PyType, n: number): void {
  if (t.gcKind === 1 && n === 0) return;
  const fl = t.freelist;
  if (fl !== null && fl.push(n)) {
    if (heapTrace.on) heapTrace.tracer!.freeObject(null, fl, n);
    return;
  }
  if (gcState.gens[0].count > 0) gcState.gens[0].count--;
}

export function gcTrack(o: PyObject): void {
  if (o.gcList == null && !((o.gcFlags ?? VIRTUAL) & VIRTUAL)) listAppend(o, gcState.gens[0].head);
}

export function gcUntrack(o: PyObject): void {
  const l = o.gcList;
  if (l != null) listRemove(o, l);
}

export function isTracked(o: PyObject): boolean {
  return o.gcList != null;
}

/** _PyObject_IS_GC: the type has GC and, for a type object, it is a heap type. */
export function isGC(o: PyObject): boolean {
  return o.type.gc && !gcHooks.isStaticType(o);
}

/** _PyObject_GC_MAY_BE_TRACKED: what keeps a tuple or dict holding it tracked. */
export function mayBeTracked(o: PyObject): boolean {
  if (!isGC(o)) return false;
  if (o.type.gcKind === 1) return o.gcList != null;
  return true;
}

/**
 * Deallocate an object whose count reached zero: untrack it, clear its weak
 * references (instances of classes do that after __del__), run the type's
 * dealloc, and give the block back (the count, or the free list) unless the
 * object was resurrected.
 */
export function dealloc(o: PyObject): void {
  const t = o.type;
  if (!t.gc || t.gcMode === 2) {
    if (t.hasWeakref && o.wl != null) gcHooks.clearWeakrefs(o);
    t.dealloc(o);
    if (o.rc === 0) blockFree(o, t);
    if (heapTrace.on) heapTrace.tracer!.freeObject(o, null, 0);
    return;
  }
  // The object's fields are read once each: this site sees every class of object, so each read is a stub-cache probe.
  const l = o.gcList!;
  if (l !== null) listRemove(o, l);
  // The trashcan (Py_TRASHCAN_BEGIN/END): past 50 nested deallocations a
  // container is put aside and freed when the outermost one ends, last put
  // aside first, so that freeing a deeply nested structure neither overflows
  // the stack nor frees in another order than CPython's.
  if (trashNesting >= TRASH_UNWIND_LEVEL) {
    trashChain.push(o);
    return;
  }
  trashNesting++;
  try {
    deallocGC(o, t);
  } finally {
    if (--trashNesting === 0 && trashChain.length !== 0) destroyTrashChain();
  }
}

const TRASH_UNWIND_LEVEL = 50;
let trashNesting = 0;
const trashChain: PyObject[] = [];

/** _PyTrash_thread_destroy_chain: free what the trashcan put aside, newest first. */
function destroyTrashChain(): void {
  while (trashChain.length !== 0) {
    const o = trashChain.pop()!;
    trashNesting++;
    try {
      deallocGC(o, o.type);
    } finally {
      trashNesting--;
    }
  }
}

/** The rest of a GC object's deallocation, once it is untracked. */
function deallocGC(o: PyObject, t: PyType): void {
  if (t.hasWeakref && !t.heapType && o.wl != null) gcHooks.clearWeakrefs(o);
  t.dealloc(o);
  if (o.rc !== 0 || o.gcFlags! & VIRTUAL) return;
  blockFree(o, t);
  const fl = t.freelist;
  const n = t.gcKind === 1 ? (o as unknown as { items: unknown[] }).items.length : 0;
  const kept = fl !== null && fl.push(n);
  if (heapTrace.on) heapTrace.tracer!.freeObject(o, kept ? fl : null, n);
  if (kept) return;
  // A tuple of no items was never counted (gcNewTuple).
  if (t.gcKind === 1 && n === 0) return;
  if (gcState.gens[0].count > 0) gcState.gens[0].count--;
}

// ---------------------------------------------------------------- collection

let young: Head = gcState.gens[0].head;

function visitDecref(o: PyObject): void {
  const f = o.gcFlags ?? 0;
  if (f & COLLECTING) o.gcFlags = f - GC_REFS_ONE;
}

function visitReachable(o: PyObject): void {
  const f = o.gcFlags ?? 0;
  if (!(f & COLLECTING)) return;
  if (f & UNREACHABLE) {
    // Found reachable after all: back to the end of young, to be scanned again.
    listMove(o, young);
    o.gcFlags = GC_REFS_ONE + (f & FLAG_MASK) - UNREACHABLE;
  } else if (f - (f & FLAG_MASK) === 0) {
    o.gcFlags = f + GC_REFS_ONE;
  }
}

/**
 * tupletraverse and list_traverse: the items from last to first. Tuples and
 * lists are most of what a collection scans, so it visits their items inline
 * instead of through the type's callback.
 */
export function traverseItems(o: PyObject, visit: Visit): void {
  const items = (o as unknown as { items: PyObject[] }).items;
  for (let i = items.length - 1; i >= 0; i--) visit(items[i]);
}

function updateRefs(h: Head): void {
  for (let i = h.h, a = h.a; i < h.e; i++) {
    const g = a[i];
    if (g === null) continue;
    g.gcFlags = g.rc * GC_REFS_ONE + (g.gcFlags! & FLAG_MASK | COLLECTING);
  }
}

function subtractRefs(h: Head): void {
  for (let i = h.h, a = h.a; i < h.e; i++) {
    const g = a[i];
    if (g === null) continue;
    const tr = g.type.traverse;
    if (tr === traverseItems) {
      const items = (g as unknown as { items: PyObject[] }).items;
      for (let j = items.length - 1; j >= 0; j--) {
        const x = items[j];
        const f = x.gcFlags ?? 0;
        if (f & COLLECTING) x.gcFlags = f - GC_REFS_ONE;
      }
    } else if (tr !== null) {
      tr(g, visitDecref);
    }
  }
}

/** move_unreachable: scan `yng` in order; what has no outside reference and is not reached goes to `unreachable`. */
function moveUnreachable(yng: Head, unreachable: Head): void {
  const saved = young;
  young = yng;
  try {
    // The list grows while it is scanned: objects found reachable again come back at its end.
    for (let i = yng.h; i < yng.e; i++) {
      const g = yng.a[i];
      if (g === null) continue;
      const f = g.gcFlags!;
      if (f - (f & FLAG_MASK) !== 0) {
        const tr = g.type.traverse;
        if (tr === traverseItems) {
          const items = (g as unknown as { items: PyObject[] }).items;
          for (let j = items.length - 1; j >= 0; j--) visitReachable(items[j]);
        } else if (tr !== null) {
          tr(g, visitReachable);
        }
        gcClearFlag(g, COLLECTING);
      } else {
        listMove(g, unreachable);
        gcSetFlag(g, UNREACHABLE);
      }
    }
  } finally {
    young = saved;
  }
}

function deduceUnreachable(base: Head, unreachable: Head): void {
  updateRefs(base);
  subtractRefs(base);
  moveUnreachable(base, unreachable);
}

function untrackTuples(h: Head): void {
  const a = h.a;
  for (let i = h.h; i < h.e; i++) {
    const g = a[i];
    if (g !== null && g.type.gcKind === 1) maybeUntrackTuple(g);
  }
}

function maybeUntrackTuple(t: PyObject): void {
  const items = (t as unknown as { items: (PyObject | null)[] }).items;
  for (let i = 0; i < items.length; i++) {
    const e = items[i];
    if (e == null || mayBeTracked(e)) return;
  }
  listRemove(t, t.gcList!);
}

function untrackDicts(h: Head): void {
  const a = h.a;
  for (let i = h.h; i < h.e; i++) {
    const g = a[i];
    if (g !== null && g.type.gcKind === 2) gcHooks.maybeUntrackDict(g);
  }
}

/** How many CPython objects o stands for (a heap type with its dict, mro and bases tuples, ...). */
export const gcWeight: { f: (o: PyObject) => number } = { f: () => 1 };

/** handle_weakrefs: clear weakrefs to unreachable objects; call the callbacks of the reachable ones. Returns how many weakrefs died. */
function handleWeakrefs(unreachable: Head, old: Head): number {
  const toCall = workList();
  let freed = 0;
  for (let i = unreachable.h, a = unreachable.a; i < unreachable.e; i++) {
    const g = a[i];
    if (g === null) continue;
    // A weakref that is itself trash is cleared: its callback must not see cleared objects.
    if (gcHooks.isWeakref(g)) gcHooks.clearRef(g);
    for (let wr = g.wl ?? null; wr !== null; wr = g.wl ?? null) {
      gcHooks.clearRef(wr);
      if (!gcHooks.hasCallback(wr)) continue;
      if ((wr.gcFlags ?? 0) & COLLECTING) continue;
      wr.rc++;
      if (wr.gcList != null) listMove(wr, toCall);
      else listAppend(wr, toCall);
    }
  }
  for (let wr = first(toCall); wr !== null; wr = first(toCall)) {
    gcHooks.callWeakrefCallback(wr);
    gcHooks.decref(wr);
    if (first(toCall) === wr) listMove(wr, old);
    else freed++;
  }
  releaseList(toCall);
  return freed;
}

/** finalize_garbage: tp_finalize once per object, in list order. */
function finalizeGarbage(collectable: Head): void {
  const seen = workList();
  for (let o = first(collectable); o !== null; o = first(collectable)) {
    listMove(o, seen);
    const fin = o.type.finalize;
    if (!(o.gcFlags! & FINALIZED) && fin !== null) {
      gcSetFlag(o, FINALIZED);
      o.rc++;
      gcHooks.runFinalizer(o);
      gcHooks.decref(o);
    }
  }
  listMerge(seen, collectable);
  releaseList(seen);
}

function clearCollecting(h: Head): void {
  for (let i = h.h, a = h.a; i < h.e; i++) {
    const g = a[i];
    if (g !== null) gcClearFlag(g, COLLECTING);
  }
}

/** Objects a finalizer made reachable again survive; the rest go on to be cleared. */
function handleResurrected(unreachable: Head, still: Head, old: Head): void {
  clearCollecting(unreachable);
  deduceUnreachable(unreachable, still);
  for (let i = still.h, a = still.a; i < still.e; i++) {
    const g = a[i];
    if (g !== null) gcClearFlag(g, UNREACHABLE);
  }
  listMerge(unreachable, old);
}

/** delete_garbage: tp_clear each object (or save it with DEBUG_SAVEALL); survivors move to old. */
function deleteGarbage(collectable: Head, old: Head): void {
  const st = gcState;
  for (let o = first(collectable); o !== null; o = first(collectable)) {
    if (st.debug & DEBUG_SAVEALL) {
      gcHooks.saveGarbage(o);
    } else {
      const clear = o.type.clear;
      if (clear !== null) {
        o.rc++;
        try {
          clear(o);
        } catch (e) {
          gcHooks.unraisable(e, o);
        }
        gcHooks.decref(o);
      }
    }
    if (first(collectable) === o) {
      gcClearFlag(o, COLLECTING);
      listMove(o, old);
    }
  }
}

function showStats(): void {
  const st = gcState;
  const sizes = st.gens.map((g, i) => ' ' + (listSize(g.head) + (i === 2 ? listSize(st.sealed) : 0))).join('');
  gcHooks.writeStderr(`gc: objects in each generation:${sizes}\ngc: objects in permanent generation: ${listSize(st.permanent)}\n`);
}

/** gc_collect_main: collect generation `gen` and the younger ones; returns [collected, uncollectable]. */
function collectMain(gen: number): [number, number] {
  const st = gcState;
  let m = 0;
  const n = 0;
  let t1 = 0;
  if (st.debug & DEBUG_STATS) {
    gcHooks.writeStderr(`gc: collecting generation ${gen}...\n`);
    showStats();
    t1 = performance.now();
  }
  if (gen + 1 < 3) st.gens[gen + 1].count += 1;
  for (let i = 0; i <= gen; i++) st.gens[i].count = 0;
  // The older lists gain objects only here; their holes are squeezed out here too.
  for (let i = gen; i < 3 && i <= gen + 1; i++) {
    const l = st.gens[i].head;
    if (l.e > 2 * l.n + 64) compact(l);
  }
  for (let i = 0; i < gen; i++) listMerge(st.gens[i].head, st.gens[gen].head);
  const yng = st.gens[gen].head;
  const old = gen < 2 ? st.gens[gen + 1].head : yng;
  const unreachable = workList();
  deduceUnreachable(yng, unreachable);
  untrackTuples(yng);
  if (yng !== old) {
    if (gen === 1) st.longLivedPending += listSize(yng);
    listMerge(yng, old);
  } else {
    untrackDicts(yng);
    st.longLivedPending = 0;
    st.longLivedTotal = listSize(yng) + listSize(st.sealed);
  }
  // move_legacy_finalizers: no pyheap type has tp_del, so `finalizers` stays empty.
  for (let i = unreachable.h, a = unreachable.a; i < unreachable.e; i++) {
    const g = a[i];
    if (g !== null) gcClearFlag(g, UNREACHABLE);
  }
  if (st.debug & DEBUG_COLLECTABLE) {
    for (let i = unreachable.h, a = unreachable.a; i < unreachable.e; i++) {
    const g = a[i];
    if (g === null) continue;
      gcHooks.writeStderr(`gc: collectable <${gcHooks.describe(g)}>\n`);
    }
  }
  m += handleWeakrefs(unreachable, old);
  finalizeGarbage(unreachable);
  const final = workList();
  handleResurrected(unreachable, final, old);
  for (let i = final.h, a = final.a; i < final.e; i++) {
    const g = a[i];
    if (g !== null) m += gcWeight.f(g);
  }
  deleteGarbage(final, old);
  releaseList(unreachable);
  releaseList(final);
  if (st.debug & DEBUG_STATS) {
    const d = (performance.now() - t1) / 1000;
    gcHooks.writeStderr(`gc: done, ${n + m} unreachable, ${n} uncollectable, ${d.toFixed(4)}s elapsed\n`);
  }
  if (gen === 2) clearFreelists();
  const s = st.stats[gen];
  s.collections++;
  s.collected += m;
  s.uncollectable += n;
  return [m, n];
}

/** clear_freelists: the freed objects leave generation 0's count. */
function clearFreelists(): void {
  blockClearFreelists();
  const g0 = gcState.gens[0];
  for (const fl of freelists) {
    if (heapTrace.on) heapTrace.tracer!.freelistCleared(fl);
    const k = fl.clear();
    g0.count = Math.max(0, g0.count - k);
  }
}

/** gc_collect_with_callback: gc.callbacks around the collection; returns collected + uncollectable. */
function collectWithCallback(gen: number): number {
  gcHooks.invokeCallbacks('start', gen, 0, 0);
  const [m, n] = collectMain(gen);
  gcHooks.invokeCallbacks('stop', gen, m, n);
  return m + n;
}

/** The automatic collection: the oldest generation over its threshold, with the long-lived heuristic for the last. */
function collectGenerations(): number {
  const st = gcState;
  for (let i = 2; i >= 0; i--) {
    if (st.gens[i].count > st.gens[i].threshold) {
      if (i === 2 && st.longLivedPending < st.longLivedTotal / 4) continue;
      return collectWithCallback(i);
    }
  }
  return 0;
}

/** gc.collect(generation): 0 while a collection is running. */
export function gcCollect(gen: number): number {
  const st = gcState;
  if (st.collecting) return 0;
  st.collecting = true;
  try {
    return collectWithCallback(gen);
  } finally {
    st.collecting = false;
  }
}

/** gc.freeze: every tracked object moves to the permanent generation. */
export function gcFreeze(): void {
  const st = gcState;
  for (let i = 0; i < 3; i++) {
    listMerge(st.gens[i].head, st.permanent);
    st.gens[0].count = 0;
  }
}

export function gcUnfreeze(): void {
  listMerge(gcState.permanent, gcState.gens[2].head);
}

export function gcFreezeCount(): number {
  return listSize(gcState.permanent);
}

