// _tracemalloc (Modules/_tracemalloc.c): the traces of the memory blocks the
// program allocates, for lib/tracemalloc.py.
//
// The tracer is installed on the heap (heap.ts setAllocTracer) while tracing
// is on. It keeps one trace per live block: the size CPython would have
// requested for it and the traceback of the Python frames that allocated it
// (most recent first, up to the limit given to start()). Tracebacks are
// interned, as CPython's tracemalloc shares equal ones, so that a snapshot of
// a million traces holds a handful of traceback tuples.
//
// An object's own block is traced when it is made and untraced when it is
// freed. Objects that CPython keeps on a free list stay allocated there: the
// trace of a list, dict or tuple that goes onto its free list waits on a stack
// that mirrors the list, and the object that later comes off the list takes
// it back unchanged (CPython allocates nothing then, so the block keeps its
// first traceback); a freed float stays the same JS object on float.ts's list
// and so keeps its trace. Secondary blocks (item arrays, key tables, ...) are
// reported by the types through heap.ts traceBlock; a resize moves the trace
// to the current frame, as CPython's realloc hook does.
//
// An object's size is read when the next tracer event or query comes: the JS
// constructor of an object runs the heap hook before its own fields (an int's
// value, a str's text) are set, and nothing else is allocated in between.

import { PyObject, decref } from '../runtime/object.js';
import { setAllocTracer, type AllocTracer } from '../runtime/heap.js';
import type { Freelist } from '../runtime/gc.js';
import { PyModule } from '../runtime/types/module.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { newInt, newIntAny, indexSsize, PyInt, IntType } from '../runtime/types/int.js';
import { newTuple, PyTuple } from '../runtime/types/tuple.js';
import { newStr, PyStr, StrType } from '../runtime/types/str.js';
import { newList } from '../runtime/types/list.js';
import { PyBytes, BytesType } from '../runtime/types/bytes.js';
import { PyInstance } from '../runtime/types/typeobject.js';
import { objectBlockSize } from '../runtime/sizes.js';
import { FloatType, floatIsFree } from '../runtime/types/float.js';
import { ts, PyFrame } from '../runtime/types/frame.js';
import type { PyCode } from '../runtime/types/function.js';
import { newNone } from '../runtime/types/none.js';
import { newBool } from '../runtime/types/bool.js';
import { raise } from '../common/pyerror.js';
import type { Interpreter } from '../runtime/interp.js';

const MAX_NFRAME = 65535;

/** An interned traceback: frames most recent first, and the depth of the stack it was taken from. */
class Traceback {
  constructor(
    readonly filenames: string[],
    readonly linenos: number[],
    readonly total: number,
  ) {}

  /** A new Python tuple ((filename, lineno), ...): CPython builds one at each request. */
  toTuple(): PyTuple {
    const frames: PyObject[] = [];
    for (let i = 0; i < this.filenames.length; i++) frames.push(newTuple([newStr(this.filenames[i]), newInt(this.linenos[i])]));
    return newTuple(frames);
  }
}

interface Trace {
  /** Bytes; -1 until the object is complete (see `pending`). */
  size: number;
  tb: Traceback;
}

/** The traceback of an allocation made with no Python frame running. */
const UNKNOWN = new Traceback(['<unknown>'], [0], 1);

const state = {
  tracing: false,
  /** Allocations are not traced (set_reentrant): blocks taken off free lists keep their traces. */
  reentrant: false,
  nframe: 1,
  traced: 0,
  peak: 0,
};

/** Object blocks: the trace of each live traced object. */
let objects = new Map<PyObject, Trace>();
/** Secondary blocks, by owner and slot. */
let blocks = new Map<PyObject, Map<number, Trace>>();
/** The traces of objects waiting on free lists, per free list and size: mirrors of the lists while tracing. */
let freelists = new Map<Freelist, Map<number, (Trace | null)[]>>();
/** Objects made since the last event, whose size is read at the next one. */
let pendingObjects: PyObject[] = [];
let pendingTraces: Trace[] = [];
/** Interned tracebacks: by code object and line for one frame, by their text for more. */
let byCode = new WeakMap<PyCode, Map<number, Traceback>>();
let byKey = new Map<string, Traceback>();

function stackDepth(f: PyFrame | null): number {
  let n = 0;
  for (; f !== null; f = f.back) n++;
  return n > MAX_NFRAME ? MAX_NFRAME : n;
}

/** The traceback of the running frames, interned. */
function currentTraceback(): Traceback {
  const top = ts.frame;
  if (top === null) return UNKNOWN;
  const total = stackDepth(top);
  if (state.nframe === 1) {
    const code = top.code;
    let m = byCode.get(code);
    if (m === undefined) {
      m = new Map();
      byCode.set(code, m);
    }
    const lineno = top.lineno;
    const key = lineno * 65536 + total;
    let tb = m.get(key);
    if (tb === undefined) {
      tb = new Traceback([code.filename], [lineno], total);
      m.set(key, tb);
    }
    return tb;
  }
  const filenames: string[] = [];
  const linenos: number[] = [];
  for (let f: PyFrame | null = top; f !== null && filenames.length < state.nframe; f = f.back) {
    filenames.push(f.code.filename);
    linenos.push(f.lineno);
  }
  let key = String(total);
  for (let i = 0; i < filenames.length; i++) key += '\0' + filenames[i] + '\0' + linenos[i];
  let tb = byKey.get(key);
  if (tb === undefined) {
    tb = new Traceback(filenames, linenos, total);
    byKey.set(key, tb);
  }
  return tb;
}

// ---------------------------------------------------------------- block sizes

/**
 * The bytes CPython requests for an object's own block: the memory model's
 * objectBlockSize, but 0 for the objects CPython never allocates (the empty
 * str and bytes, and the latin-1 characters and single bytes, are static
 * singletons in 3.11), and a whole PyLongObject (32 bytes) for a one-digit
 * int, which comes from the "medium int" path.
 */
function blockSize(o: PyObject): number {
  const t = o.type;
  if (o instanceof PyStr) {
    if (t === StrType && o.v.length <= 1 && (o.v.length === 0 || o.v.charCodeAt(0) < 256)) return 0;
  } else if (o instanceof PyBytes) {
    if (t === BytesType && o.bytes.length <= 1) return 0;
  } else if (o instanceof PyInt && t === IntType) {
    const v = o.v;
    if (typeof v === 'number' ? Math.abs(v) < 2 ** 30 : v > -(2n ** 30n) && v < 2n ** 30n) return 32;
  }
  return objectBlockSize(o);
}

// ---------------------------------------------------------------- the tracer

function add(size: number): void {
  state.traced += size;
  if (state.traced > state.peak) state.peak = state.traced;
}

/** Read the sizes of the objects made since the last event. */
function settle(): void {
  const n = pendingObjects.length;
  if (n === 0) return;
  for (let i = 0; i < n; i++) {
    const t = pendingTraces[i];
    if (t.size < 0) {
      const o = pendingObjects[i];
      t.size = blockSize(o);
      // A size of 0: an object CPython never allocates (a static singleton).
      if (t.size === 0) objects.delete(o);
      else add(t.size);
    }
  }
  pendingObjects = [];
  pendingTraces = [];
}

function stackOf(fl: Freelist, n: number): (Trace | null)[] {
  let bySize = freelists.get(fl);
  if (bySize === undefined) {
    bySize = new Map();
    freelists.set(fl, bySize);
  }
  let s = bySize.get(n);
  if (s === undefined) {
    s = [];
    bySize.set(n, s);
  }
  return s;
}

function release(t: Trace | null | undefined): void {
  if (t != null) state.traced -= t.size;
}

const tracer: AllocTracer = {
  newObject(o, fl, n) {
    settle();
    if (fl !== null) {
      // Off a free list: CPython allocates nothing, and _Py_NewReference moves the block's trace, if it
      // has one, to the running code's traceback (_PyTraceMalloc_NewReference).
      const t = stackOf(fl, n).pop();
      if (t != null && o !== null) {
        t.tb = currentTraceback();
        objects.set(o, t);
      } else {
        release(t);
      }
      return;
    }
    if (o === null || state.reentrant) return;
    const t: Trace = { size: -1, tb: currentTraceback() };
    objects.set(o, t);
    pendingObjects.push(o);
    pendingTraces.push(t);
  },

  renew(o) {
    settle();
    const t = objects.get(o);
    if (t !== undefined) t.tb = currentTraceback();
  },

  freeObject(o, fl, n) {
    settle();
    let t: Trace | null = null;
    if (o !== null) {
      if (o.type === FloatType && floatIsFree(o)) return;
      t = objects.get(o) ?? null;
      if (t !== null) objects.delete(o);
      const owned = blocks.get(o);
      if (owned !== undefined) {
        for (const b of owned.values()) state.traced -= b.size;
        blocks.delete(o);
      }
    }
    if (fl !== null) stackOf(fl, n).push(t);
    else release(t);
  },

  freelistCleared(fl) {
    settle();
    const bySize = freelists.get(fl);
    if (bySize === undefined) return;
    for (const s of bySize.values()) for (const t of s) release(t);
    freelists.delete(fl);
  },

  block(owner, slot, size) {
    settle();
    let owned = blocks.get(owner);
    const old = owned?.get(slot);
    if (old !== undefined) {
      state.traced -= old.size;
      owned!.delete(slot);
    }
    // With tracing suspended a reallocated block loses its trace (its address may have changed).
    if (size === 0 || state.reentrant) return;
    if (owned === undefined) {
      owned = new Map();
      blocks.set(owner, owned);
    }
    owned.set(slot, { size, tb: currentTraceback() });
    add(size);
  },
};

function resetTraces(): void {
  objects = new Map();
  blocks = new Map();
  freelists = new Map();
  pendingObjects = [];
  pendingTraces = [];
  state.traced = 0;
  state.peak = 0;
}

function dropTracebacks(): void {
  byKey = new Map();
  byCode = new WeakMap();
}

function start(nframe: number): void {
  if (nframe < 1 || nframe > MAX_NFRAME) raise('ValueError', `the number of frames must be in range [1; ${MAX_NFRAME}]`);
  // As CPython: starting again while tracing changes nothing, not even the limit.
  if (state.tracing) return;
  state.nframe = nframe;
  resetTraces();
  state.tracing = true;
  setAllocTracer(tracer);
}

function stop(): void {
  if (!state.tracing) return;
  state.tracing = false;
  setAllocTracer(null);
  resetTraces();
  dropTracebacks();
}

/** Start tracing from the command line (-X tracemalloc[=N], PYTHONTRACEMALLOC). */
export function startTracemalloc(nframe: number): void {
  start(nframe);
}

/** _get_traces(): [(domain, size, traceback, total_nframe), ...] as of the call. */
function getTraces(): PyObject {
  // CPython makes the list, copies the traces, then builds a tuple per trace
  // (one traceback tuple per distinct traceback) with tracing suspended: the
  // snapshot sees the list's own block but nothing after it. Those objects
  // still take blocks off the free lists (which keep their traces) and count
  // for the collector, which may run meanwhile, as CPython's does.
  const list = newList([]);
  if (!state.tracing) return list;
  settle();
  // A copy of the traces: blocks taken off free lists meanwhile have their traces moved.
  const sizes: number[] = [];
  const tracebacks: Traceback[] = [];
  const copy = (t: Trace) => {
    sizes.push(t.size);
    tracebacks.push(t.tb);
  };
  for (const t of objects.values()) copy(t);
  for (const owned of blocks.values()) for (const t of owned.values()) copy(t);
  for (const bySize of freelists.values()) for (const s of bySize.values()) for (const t of s) if (t !== null) copy(t);
  const tbs = new Map<Traceback, PyTuple>();
  state.reentrant = true;
  try {
    for (let i = 0; i < sizes.length; i++) {
      const t = tracebacks[i];
      let tb = tbs.get(t);
      if (tb === undefined) {
        tb = t.toTuple();
        tbs.set(t, tb);
      }
      tb.rc++;
      list.items.push(newTuple([newInt(0), newIntAny(sizes[i]), tb, newInt(t.total)]));
    }
    list.allocated = list.items.length;
    list.block = list.items.length > 0;
    for (const tb of tbs.values()) decref(tb);
  } finally {
    state.reentrant = false;
  }
  return list;
}

/** The traceback tuple of the block of o, or None. */
function objectTraceback(o: PyObject): PyObject {
  if (!state.tracing) return newNone();
  // CPython 3.11 looks for the block just before the GC header, which misses
  // the objects whose dict pointers come before it (instances of classes with
  // a managed __dict__): their traceback is not found.
  if (o instanceof PyInstance && o.type.hasDict && o.type.itemsize === 0) return newNone();
  settle();
  const t = objects.get(o);
  if (t === undefined) return newNone();
  return t.tb.toTuple();
}

/** An estimate of the memory the traces themselves take, as CPython counts its hash tables. */
function tracemallocMemory(): number {
  let n = objects.size + pendingObjects.length;
  for (const owned of blocks.values()) n += owned.size;
  return 4096 + n * 48;
}

export function initTracemalloc(m: PyModule, _interp: Interpreter): void {
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, '_tracemalloc');
    m.set(name, f);
    decref(f);
  };
  const noArgs = (name: string, fn: () => PyObject): NativeFn => (_s, a, k) => {
    checkArgs(`_tracemalloc.${name}`, a, k, 0, 0);
    return fn();
  };
  def('is_tracing', noArgs('is_tracing', () => newBool(state.tracing)));
  def('clear_traces', noArgs('clear_traces', () => {
    if (state.tracing) resetTraces();
    return newNone();
  }));
  def('_get_object_traceback', (_s, a, k) => {
    checkArgs('_tracemalloc._get_object_traceback', a, k, 1, 1);
    return objectTraceback(a[0]);
  });
  def('_get_traces', noArgs('_get_traces', getTraces));
  def('get_traceback_limit', noArgs('get_traceback_limit', () => newInt(state.nframe)));
  def('get_tracemalloc_memory', noArgs('get_tracemalloc_memory', () => newInt(tracemallocMemory())));
  def('get_traced_memory', noArgs('get_traced_memory', () => {
    if (!state.tracing) return newTuple([newInt(0), newInt(0)]);
    settle();
    return newTuple([newIntAny(state.traced), newIntAny(state.peak)]);
  }));
  def('reset_peak', noArgs('reset_peak', () => {
    if (state.tracing) {
      settle();
      state.peak = state.traced;
    }
    return newNone();
  }));
  def('start', (_s, a, k) => {
    checkArgs('start', a, k, 0, 1);
    start(a.length === 0 ? 1 : indexSsize(a[0]));
    return newNone();
  });
  def('stop', noArgs('stop', () => {
    stop();
    return newNone();
  }));
}
