// Object sizes as CPython 3.11 on x86-64 lays objects out.
//
// Two figures per object: what sys.getsizeof reports (the object's
// __sizeof__ plus the header that precedes the object in memory) and the
// size of the block the allocator is asked for when the object is made
// (objectBlockSize, what tracemalloc records for the object itself). They
// differ for variable-size objects whose __sizeof__ counts secondary blocks
// (a list's item array, a dict's key table), which are allocated and traced
// separately (heap.ts traceBlock).

import type { PyObject } from './object.js';
import { decref } from './object.js';
import type { PyType } from './type.js';
import { typeError, valueError, overflowError } from './errors.js';
import { PyInt, IntType, BoolType, bitLength } from './types/int.js';
import { callBound } from './types/typeobject.js';
import { PyStr, StrType, strSizeof } from './types/str.js';
import { PyBytes, BytesType } from './types/bytes.js';
import { PyTuple, TupleType } from './types/tuple.js';
import { PyMemoryView } from './types/memoryview.js';
import { PyGen, genSizeof } from './types/generator.js';

/** sizeof(PyGC_Head): the two links in front of every object of a GC type. */
export const GC_HEAD_SIZE = 16;

/**
 * _PyType_PreHeaderSize: the bytes in front of an object: the GC links for
 * GC types, and the dict and inline-values pointers of a class with a
 * managed dict (Py_TPFLAGS_MANAGED_DICT).
 */
export function preHeaderSize(t: PyType): number {
  return (t.gc ? GC_HEAD_SIZE : 0) + (t.managedDict ? 16 : 0);
}

/** _PySys_GetSizeOf: type(o).__sizeof__(o) plus the pre-header, with CPython's errors for bad results. */
export function getSizeOf(o: PyObject): number {
  const m = o.type.lookup('__sizeof__');
  if (m === null) throw typeError(`Type ${o.type.name} doesn't define __sizeof__`);
  const r = callBound(m, o, []);
  let size: number;
  try {
    // PyLong_AsSsize_t: an int or an int subclass, no __index__.
    if (!(r instanceof PyInt)) throw typeError('an integer is required');
    const v = r.v;
    if (typeof v === 'bigint' && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
      throw overflowError('Python int too large to convert to C ssize_t');
    }
    size = Number(v);
  } finally {
    decref(r);
  }
  if (size < 0) throw valueError('__sizeof__() should return >= 0');
  return size + preHeaderSize(o.type);
}

/** sizeof(PyTypeObject): a built-in (static) type. */
export const STATIC_TYPE_SIZE = 408;
/** sizeof(PyHeapTypeObject): a class made by a class statement or type(). */
export const HEAP_TYPE_SIZE = 904;

/**
 * _PyDict_KeysSize of a key table of 2**log2 slots: the header, the index
 * array (1, 2, 4 or 8 bytes an index as the table grows) and the entries
 * (two thirds of the slots; 16 bytes for all-str tables, 24 with hashes).
 */
export function dictKeysSize(log2: number, unicode: boolean): number {
  const indexBytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
  const slots = 2 ** log2;
  return 32 + slots * indexBytes + Math.floor((slots * 2) / 3) * (unicode ? 16 : 24);
}

/** log2 of the size of the key table a class with a managed dict shares among its instances (3.11 allocates it once, full size). */
export const SHARED_KEYS_LOG2 = 6;
export const SHARED_KEYS_SIZE = dictKeysSize(SHARED_KEYS_LOG2, true);

/**
 * The size of the block CPython's allocator is asked for when `o` is made:
 * the pre-header, then the object. A variable-size built-in asks for its
 * items in the same block (an exact int's digits, a str's characters, a
 * bytes' bytes, a tuple's item pointers); the items of a subclass instance
 * are counted for one more item, as PyType_GenericAlloc reserves a sentinel.
 * Secondary blocks (a list's item array, a dict's key table, ...) are not
 * included: the types report them through heap.ts traceBlock.
 */
export function objectBlockSize(o: PyObject): number {
  const t = o.type;
  const pre = preHeaderSize(t);
  if (o instanceof PyStr) return t === StrType ? strSizeof(o) : pre + t.basicsize;
  if (o instanceof PyInt) {
    const digits = Math.max(1, Math.ceil(bitLength(o.v) / 30));
    return t === IntType || t === BoolType ? 24 + 4 * digits : pre + varSize(t, digits + 1);
  }
  if (o instanceof PyBytes) return t === BytesType ? 33 + o.bytes.length : pre + varSize(t, o.bytes.length + 1);
  if (o instanceof PyTuple) return pre + (t === TupleType ? varSize(t, o.items.length) : varSize(t, o.items.length + 1));
  if (o instanceof PyMemoryView) return pre + varSize(t, 3 * o.shape.length);
  if (o instanceof PyGen) return pre + genSizeof(o);
  return pre + t.basicsize;
}

/** _PyObject_VAR_SIZE: the basic size and n items, rounded up to a pointer. */
function varSize(t: PyType, n: number): number {
  return (t.basicsize + n * t.itemsize + 7) & ~7;
}
