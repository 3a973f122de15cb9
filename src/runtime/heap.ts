// The heap: where every block is accounted, and where id() comes from.
//
// An object's address is handed out the first time something observes it
// (id(), a default repr, an identity hash). Reusing the addresses of freed
// blocks as CPython's allocator does (`id([]) == id([])`) comes with the
// memory-model work; until then every observed object gets a fresh address.

import type { PyObject } from './object.js';
import type { Freelist } from './gc.js';
import { HASH } from './hashing.js';
import { hashPointer as hashPointerOf, hashHi } from '../common/hash.js';

const addresses = new WeakMap<PyObject, number>();
let nextAddress = 0x7f0000010000;

/** The address of o (its id()), assigned on first use. */
export function addressOf(o: PyObject): number {
  let a = addresses.get(o);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 16 * Math.ceil(Math.max(o.type.basicsize, 16) / 16);
    addresses.set(o, a);
  }
  return a;
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
