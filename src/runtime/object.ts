// The object header and reference counting.
//
// Every Python object is an instance of a JS class derived from PyObject. The
// header is what CPython's PyObject is: a reference count and a type. The
// count is maintained by the generated code and the runtime by CPython's
// ownership rules (new versus borrowed references); when it reaches zero the
// object is deallocated at once through its type's dealloc, which releases the
// object's referents and returns its block to the heap. JavaScript's GC only
// reclaims the JS memory afterwards.

import type { PyType } from './type.js';
import { gcHeader, gcLink, dealloc } from './gc.js';
import { blockNew, heapTrace } from './heap.js';

export { dealloc };

export class PyObject {
  /** ob_refcnt. A new object starts owned by its creator. */
  declare rc: number;
  /** The block's number once chosen or observed (heap.ts: its address in 16-byte units), 0 before. */
  declare addr: number;
  /**
   * tracemalloc's trace of the object's blocks while tracing
   * (modules/_tracemalloc.ts): a field, not a table keyed by the object, so
   * that tracing every allocation stays cheap.
   */
  declare tm: object | null;
  declare type: PyType;
  /**
   * The header: rc 1, addr 0, tm null, the type, and for a type with a GC
   * header gcList null, gcIdx 0 and gcFlags 0; then objectAllocated. The classes of
   * the objects programs make most (int, str, tuple, list, iterators, ...)
   * write their header themselves in their own constructor, after `super()`
   * with no type, which makes this constructor write nothing: V8 keeps type
   * feedback per function, and the stores here see every class of object
   * (megamorphic: a stub-cache probe per store, about 5 ns each, where the
   * constructor is not inlined at a site that knows the class), while the
   * same stores in a class's own constructor see that class only. Such a
   * constructor writes the header before any other field (no parameter
   * properties, no field initializers, which TypeScript emits first): with the
   * header at the same offsets in objects of every class, V8 turns an access
   * to rc or type that sees several classes into one map check and one load.
   */
  constructor(type?: PyType | null) {
    if (type === undefined) return;
    this.type = type!;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    if (type !== null && type.gc && type.gcMode !== 2) gcHeader(this);
    objectAllocated(this, type!);
  }
}

/**
 * An object of type t was made, its header written: the collector's and the
 * heap's accounting. `type` is null only for the first types.
 */
export function objectAllocated(o: PyObject, type: PyType): void {
  // gcLink reports GC objects to the allocation tracer once it knows whether a free list had one.
  if (type !== null && type.gc) gcLink(o, type);
  else if (heapTrace.on) heapTrace.tracer!.newObject(o, null, 0);
  blockNew(o, type);
}

/** Take a new reference. Returns its argument so that it can wrap an expression. */
export function incref<T extends PyObject>(o: T): T {
  o.rc++;
  return o;
}

/** Release a reference; deallocate when it was the last one. */
export function decref(o: PyObject): void {
  if (--o.rc === 0) dealloc(o);
}

export function xdecref(o: PyObject | null | undefined): void {
  if (o != null && --o.rc === 0) dealloc(o);
}

/** Replace the reference held in a slot: the new value is owned by the caller. */
export function releaseAll(items: ArrayLike<PyObject | null>): void {
  // CPython releases container items from last to first (list_dealloc, tupledealloc).
  for (let i = items.length - 1; i >= 0; i--) {
    const o = items[i];
    if (o != null && --o.rc === 0) dealloc(o);
  }
}

/** Release references first to last, as _PyFrame_Clear releases a frame's locals. */
export function releaseLocals(items: ArrayLike<PyObject | null>): void {
  for (let i = 0; i < items.length; i++) {
    const o = items[i];
    if (o !== null && --o.rc === 0) dealloc(o);
  }
}

/**
 * The recursion count of C-level calls (Py_EnterRecursiveCall): repr() and
 * built-in functions count one level while they run, as Python frames do.
 * rt.ts, which owns the frame stack and its count, installs the functions.
 */
export const recursion = {
  enter: (_where: string): void => {},
  leave: (): void => {},
};
