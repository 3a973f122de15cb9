// The heap: where every block is accounted, and where id() comes from.
//
// id() is the address of an object's block, and CPython's allocator reuses
// the blocks of freed objects: `id([]) == id([])` is True, and an instance
// made after another was freed usually has its address. pyheap models that
// allocator closely enough for these observations to come out as CPython's:
//
// - pymalloc (blocks up to 512 bytes) serves each 16-byte size class from
//   pools whose free blocks are a LIFO list: the next allocation of a class
//   takes the block freed last. Larger blocks come from the C library's
//   malloc, modelled the same way per 16-byte size (its caches are LIFO too).
// - float, list, dict and tuple (per length 1..19) keep free lists of their
//   own objects (100, 80, 80 and 2000 each), used before pymalloc; a full
//   collection empties them into pymalloc (clear_freelists).
//
// So every allocation and every free is an event on per-class stacks of
// freed blocks. Only the blocks whose address the program has seen need
// names: an object gets an address when something observes it (id(), a
// default repr, an identity hash), and that address goes on its class's stack
// when the object is freed. Other freed blocks are anonymous (0) and matter
// only while they lie above a named one (the next allocations take them
// first), so a stack never starts with an anonymous block, and while no named
// block waits anywhere (`named` is 0) allocations and frees do nothing but
// keep the free lists' counts. The class of a variable-size object (str, int,
// tuple, bytes) depends on contents set after the JS constructor, so an
// allocation is resolved at the next heap event (`pending`).
//
// Not modelled: several pools per class (CPython takes blocks from the pool
// at the head of its list, not always the one freed last), arenas, glibc's
// block splitting and coalescing, and blocks CPython allocates that pyheap
// does not (or the reverse), e.g. the frames pyheap makes for every call,
// which take no block here.

import type { PyObject } from './object.js';
import type { PyType } from './type.js';
import type { Freelist } from './gc.js';
import { HASH } from './hashing.js';
import { hashPointer as hashPointerOf, hashHi } from '../common/hash.js';

interface BlockInfo {
  /** No block is modelled (frames: CPython makes them only on demand). */
  skip: boolean;
  /** The block size of every instance, or -1 when `size` computes it. */
  fixed: number;
  size: ((o: PyObject) => number) | null;
  /** The type's free list: the key of its stack (tuples add their length), or -1. */
  fl: number;
}

/** Block sizes of variable-size types, registered by their modules: the object's size in bytes. */
const varSizes = new Map<PyType, (o: PyObject) => number>();
/** Free-list keys (flStacks' indexes; tuples add their length) and capacities by type name. */
const FREELISTS: Record<string, [number, number]> = { float: [1, 100], list: [2, 80], dict: [3, 80], tuple: [10, 2000] };
/** Stacks of freed blocks (block numbers, 0 for anonymous ones): pymalloc's size classes by (size + 15) >> 4 (larger sizes in a map), and the free lists. */
const SMALL_CLASSES = 64;
const classStacks: number[][] = Array.from({ length: SMALL_CLASSES }, () => []);
const largeStacks = new Map<number, number[]>();
/** A free list's stack holds its newest entries (from the oldest named one up); flCount counts them all. */
const flStacks: number[][] = Array.from({ length: 30 }, () => []);
const flCount: number[] = new Array<number>(30).fill(0);
const flCaps: number[] = new Array<number>(30).fill(0);
/** How many named blocks wait on the stacks. */
let named = 0;
/**
 * Blocks are named by number: the address in 16-byte units past ORIGIN. An
 * object keeps its block's number (PyObject.addr), a small integer that V8
 * stores unboxed; an address above 2**31 would make V8 box the field in every
 * object of the class once one object had it.
 */
const ORIGIN = 0x7f0000010000 / 16 - 1;
let nextBlock = 1;
/** The object allocated last (and its type), whose block is chosen at the next heap event. */
let pending: PyObject | null = null;
let pendingType: PyType | null = null;
/** The object being made is part of another in CPython (an instance's inline values): no block. */
let skipNext = false;

export function registerBlockSize(t: PyType, size: (o: PyObject) => number): void {
  varSizes.set(t, size);
}

function blockInfo(t: PyType): BlockInfo {
  let size: ((o: PyObject) => number) | null = null;
  let fl = -1;
  let b: PyType | null = t;
  for (; b !== null; b = b.base) {
    const f = varSizes.get(b);
    if (f !== undefined) {
      size = f;
      break;
    }
  }
  if (!t.heapType && Object.prototype.hasOwnProperty.call(FREELISTS, t.name) && t.module === 'builtins') {
    const [k, cap] = FREELISTS[t.name];
    fl = k;
    if (k === 10) for (let n = 1; n < 20; n++) flCaps[k + n] = cap;
    else flCaps[k] = cap;
  }
  let fixed = -1;
  if (size === null) fixed = instanceSize(t);
  else if (t.heapType) {
    // A subclass of a variable-size type: its extra layout on top of the base's size.
    const base = size;
    const extra = instanceSize(t) - instanceSize(solidBuiltin(t));
    size = (o) => base(o) + extra;
  }
  const info: BlockInfo = { skip: t.gcMode === 2, fixed, size, fl };
  t.blk = info;
  return info;
}

function solidBuiltin(t: PyType): PyType {
  let b = t;
  while (b.heapType && b.base !== null) b = b.base;
  return b;
}

/** The block of a fixed-size instance: GC header, 3.11's managed-dict pre-header, slots and weakref pointer. */
function instanceSize(t: PyType): number {
  const gcHead = t.gc ? 16 : 0;
  if (!t.heapType) return gcHead + t.basicsize;
  const base = solidBuiltin(t);
  let size = 16 + base.basicsize + 8 * t.slotNames.length;
  if (t.hasWeakref && !base.hasWeakref) size += 8;
  if (t.hasDict && !base.hasDict) size += 16;
  return size;
}

function classOf(o: PyObject, info: BlockInfo): number {
  return ((info.fixed >= 0 ? info.fixed : info.size!(o)) + 15) >> 4;
}

function fresh(cls: number): number {
  const a = nextBlock;
  nextBlock += cls || 1;
  return a;
}

/**
 * Frees are queued (with the allocation pending before them) and applied at
 * the next allocation or observation: dealloc runs recursively down a chain
 * of containers, so what it does itself must stay small.
 */
const queue: (PyObject | null)[] = [];
/** 1 for an allocation (the pending one), 0 for a free, per queued object. */
const queueKinds: number[] = [];
/** How many events are queued: a count, because setting an array's length is dear even when it does not change. */
let queued = 0;

/** Apply the queued heap events in order. */
export function blockFlush(): void {
  if (queued === 0) return;
  for (let i = 0; i < queued; i++) {
    const o = queue[i]!;
    // The slot lets go of the object, which JS may then reclaim.
    queue[i] = null;
    if (queueKinds[i] === 1) {
      pending = o;
      pendingType = o.type;
      resolve();
    } else {
      applyFree(o, o.type);
    }
  }
  queued = 0;
}

function enqueue(o: PyObject, kind: number): void {
  queue[queued] = o;
  queueKinds[queued++] = kind;
}

/** An object of type t was made (PyObject's constructor): its block is chosen at the next heap event. */
export function blockNew(o: PyObject, t: PyType): void {
  if (queued !== 0) blockFlush();
  if (pending !== null) resolve();
  if (skipNext) {
    skipNext = false;
    return;
  }
  // The first types are made before `type` exists; they are never freed.
  if (t === null) return;
  const info = (t.blk as BlockInfo | null) ?? blockInfo(t);
  if (named === 0) {
    // No named block waits, so every stack is empty: a fixed-size free-listed
    // object (float, list, dict) only takes one off its list's count, now.
    if (info.fl < 0) return;
    if (info.fl !== 10 && !info.skip) {
      if (flCount[info.fl] !== 0) flCount[info.fl]--;
      return;
    }
  }
  pending = o;
  pendingType = t;
}

/** The next object made takes no block (gc.ts: an instance dict that is CPython's inline values). */
export function blockSkipNext(): void {
  skipNext = true;
}

function resolve(): void {
  const o = pending!;
  const t = pendingType!;
  pending = null;
  const info = (t.blk as BlockInfo | null) ?? blockInfo(t);
  if (info.skip) return;
  if (info.fl >= 0) {
    const k = flKey(o, info);
    if (k >= 0 && flCount[k] !== 0) {
      flCount[k]--;
      take(o, flStacks[k]);
      return;
    }
  }
  if (named !== 0) take(o, stackOf(classOf(o, info)));
}

/** o takes the top block of s (when s has one). */
function take(o: PyObject, s: number[] | undefined): void {
  if (s === undefined || s.length === 0) return;
  const a = s.pop()!;
  if (a !== 0) {
    o.addr = a;
    named--;
  }
}

function stackOf(cls: number): number[] | undefined {
  return cls < SMALL_CLASSES ? classStacks[cls] : largeStacks.get(cls);
}

/** The free-list stack of a free-listed object (tuples: by length; the empty tuple has none). */
function flKey(o: PyObject, info: BlockInfo): number {
  if (info.fl !== 10) return info.fl;
  const n = (o as unknown as { items: unknown[] }).items.length;
  return n > 0 && n < 20 ? info.fl + n : -1;
}

/** Put a freed block on s: a named one always, an anonymous one only above others. */
function give(s: number[], a: number): void {
  if (a !== 0) {
    s.push(a);
    named++;
  } else if (s.length !== 0) {
    s.push(0);
  }
}

function giveClass(cls: number, a: number): void {
  if (cls < SMALL_CLASSES) {
    give(classStacks[cls], a);
    return;
  }
  let s = largeStacks.get(cls);
  if (s === undefined) {
    if (a === 0) return;
    largeStacks.set(cls, (s = []));
  }
  give(s, a);
}

/** An object had its block freed (its count reached zero; not resurrected, not inline values). */
export function blockFree(o: PyObject, t: PyType): void {
  // Nothing to do for an unnamed block while no named one waits, unless a free list counts it.
  if (named === 0 && queued === 0 && o.addr === 0) {
    const b = t.blk as BlockInfo | null;
    if (b !== null) {
      if (b.fl < 0 || b.skip) return;
      // With every stack empty, a free-listed object only adds to its list's count (after the allocation before it).
      if (pending !== null) resolve();
      const k = flKey(o, b);
      if (k >= 0 && flCount[k] < flCaps[k]) flCount[k]++;
      return;
    }
  }
  if (pending !== null) {
    enqueue(pending, 1);
    pending = null;
  }
  enqueue(o, 0);
}

function applyFree(o: PyObject, t: PyType): void {
  const info = (t.blk as BlockInfo | null) ?? blockInfo(t);
  if (info.skip) return;
  const a = o.addr;
  if (info.fl >= 0) {
    const k = flKey(o, info);
    if (k >= 0 && flCount[k] < flCaps[k]) {
      flCount[k]++;
      give(flStacks[k], a);
      return;
    }
  }
  if (a !== 0 || named !== 0) giveClass(classOf(o, info), a);
}

/**
 * A str resized in place (PyUnicode_Append's realloc) from `oldSize` bytes:
 * pymalloc keeps the block while the new size stays in its size class;
 * otherwise the object moves to a block of the new class and the old one is
 * freed. Blocks above 512 bytes are the C library's, which here always
 * grows them in place.
 */
export function blockResize(o: PyObject, oldSize: number, newSize: number): void {
  if (queued !== 0) blockFlush();
  if (pending !== null) resolve();
  const oldCls = (oldSize + 15) >> 4;
  const newCls = (newSize + 15) >> 4;
  if (oldCls === newCls || (oldSize > 512 && newSize > 512)) return;
  const a = o.addr;
  o.addr = 0;
  if (named !== 0) take(o, stackOf(newCls));
  if (a !== 0 || named !== 0) giveClass(oldCls, a);
}

/** clear_freelists (a full collection): the free lists' blocks go back to pymalloc, newest first. */
export function blockClearFreelists(): void {
  if (queued !== 0) blockFlush();
  if (pending !== null) resolve();
  for (let k = 0; k < 30; k++) {
    const n = flCount[k];
    if (n === 0) continue;
    const s = flStacks[k];
    const cls = FL_CLASS[k] ?? (40 + 8 * (k - 10) + 15) >> 4;
    // The entries below the stack's named ones are anonymous.
    for (let i = 0; i < n; i++) {
      const a = s.length !== 0 ? s.pop()! : 0;
      if (a !== 0) named--;
      if (a === 0 && named === 0) break;
      giveClass(cls, a);
    }
    s.length = 0;
    flCount[k] = 0;
  }
}

/** The pymalloc class of each free list's objects (float 24, list 56 and dict 64 bytes; tuples by length). */
const FL_CLASS: Record<number, number> = { 1: 2, 2: 4, 3: 4 };

/** The address of o (its id()). */
export function addressOf(o: PyObject): number {
  if (queued !== 0) blockFlush();
  if (pending !== null) resolve();
  let a = o.addr;
  if (a === 0) {
    const t = o.type;
    const info = (t.blk as BlockInfo | null) ?? blockInfo(t);
    a = o.addr = fresh(info.skip ? 1 : classOf(o, info));
  }
  return (ORIGIN + a) * 16;
}

export function addressHex(o: PyObject): string {
  return '0x' + addressOf(o).toString(16);
}

/** The identity hash (_Py_HashPointer of the address): low 32 bits, high in HASH.hi. */
export function hashPointer(o: PyObject): number {
  const lo = hashPointerOf(addressOf(o));
  HASH.hi = hashHi;
  return lo;
}

// ---------------------------------------------------------------- allocation tracing
//
// tracemalloc sees every block CPython's allocator would be asked for, with
// the size requested: an object's own block (its GC header included) and the
// secondary blocks an object owns (a list's item array, a dict's key table, a
// set's table, a bytearray's buffer, ...). The runtime reports those blocks
// through the hooks below; they cost one test of `heapTrace.on` when no
// tracer is installed, which is the normal case.

/** What a tracer (the `_tracemalloc` module) implements. */
export interface AllocTracer {
  /**
   * An object's own block was allocated (its size is read once the object is
   * complete), or, with `fl`, the object came off that free list (objects of
   * size `n`): CPython allocates nothing then. `o` is null for an object
   * CPython makes that pyheap keeps inside another (a class's dict, a
   * closure tuple), which only takes its place off the free list.
   */
  newObject(o: PyObject | null, fl: Freelist | null, n: number): void;
  /** A float came off float's free list (the same JS object): its block's trace moves to the running code. */
  renew(o: PyObject): void;
  /** An object's own block was freed, or, with `fl`, the object went onto that free list. */
  freeObject(o: PyObject | null, fl: Freelist | null, n: number): void;
  /** A free list was emptied: its objects' blocks are freed. */
  freelistCleared(fl: Freelist): void;
  /**
   * Secondary block `slot` of `owner` was allocated or resized to `size`
   * bytes (0: freed). A resize is traced where it happens, as realloc is.
   */
  block(owner: PyObject, slot: number, size: number): void;
}

export const heapTrace: { on: boolean; tracer: AllocTracer | null } = { on: false, tracer: null };

/** Install (or remove, with null) the allocation tracer. */
export function setAllocTracer(t: AllocTracer | null): void {
  heapTrace.tracer = t;
  heapTrace.on = t !== null;
}

/** Report a secondary block's (re)allocation; see AllocTracer.block. */
export function traceBlock(owner: PyObject, slot: number, size: number): void {
  if (heapTrace.on) heapTrace.tracer!.block(owner, slot, size);
}
