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
//
// The tracer runs at every allocation and free of the traced program, so it
// finds an object's trace in the object's own `tm` field (object.ts) rather
// than in a table keyed by the object, keeps the traces to report in one
// array (each trace knows its index there, so removing one is a swap with
// the last), and reuses the traceback of the previous allocation when it
// comes from the same line at the same depth.

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

/**
 * The trace of one block. The trace an object's `tm` field holds is that of
 * its own block, and holds the traces of the object's secondary blocks too;
 * an object whose own block is not traced (made before tracing started, or
 * never allocated by CPython) but that has secondary blocks gets one with no
 * block (index -1) to hold them.
 */
class Trace {
  /** Index in `live` while the block is traced; -1 for a holder, or while parked on a free list's stack. */
  i = -1;
  /** The traces of the object's secondary blocks, by slot (own traces only). */
  slots: (Trace | undefined)[] | null = null;
  /** The tracing session it belongs to: a trace from before the last reset is no longer one. */
  readonly epoch = epoch;
  constructor(
    /** Bytes; -1 until the object is complete (see `pending`). */
    public size: number,
    /** Where the block was allocated; a block taken off a free list moves to where it is reused. */
    public tb: Traceback,
  ) {}
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

/** Bumped when the traces are dropped, which makes every `tm` field set before stale. */
let epoch = 0;
/** Every traced block (objects' own blocks and secondary blocks), but those parked on free lists. */
let live: Trace[] = [];
/** The traces of objects waiting on free lists, per free list and size: mirrors of the lists while tracing. */
let freelists = new Map<Freelist, Map<number, (Trace | null)[]>>();
/**
 * The object made at the last event, whose size is read at the next one
 * (every event settles it first, so there is never more than one), and its trace.
 */
let pending: PyObject | null = null;
let pendingTrace: Trace | null = null;
/** Interned tracebacks: by code object and line for one frame, by their text for more. */
let byCode = new WeakMap<PyCode, Map<number, Traceback>>();
let byKey = new Map<string, Traceback>();
/** The one-frame traceback found last, and what it was found for. */
let lastCode: PyCode | null = null;
let lastKey = -1;
let lastTb: Traceback = UNKNOWN;

function listTrace(t: Trace): void {
  t.i = live.length;
  live.push(t);
}

function unlistTrace(t: Trace): void {
  const last = live.pop()!;
  if (last !== t) {
    live[t.i] = last;
    last.i = t.i;
  }
  t.i = -1;
}

/** The trace o holds in this tracing session, or null. */
function traceOf(o: PyObject): Trace | null {
  const t = o.tm as Trace | null;
  return t !== null && t.epoch === epoch ? t : null;
}

/** Make t the trace of o's own block; secondary blocks o holds stay with it. */
function attach(o: PyObject, t: Trace): void {
  const old = traceOf(o);
  if (old !== null) {
    if (old.i >= 0) unlistTrace(old);
    t.slots = old.slots;
  }
  listTrace(t);
  o.tm = t;
}

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
    const lineno = top.lineno;
    const key = lineno * 65536 + total;
    if (code === lastCode && key === lastKey) return lastTb;
    let m = byCode.get(code);
    if (m === undefined) {
      m = new Map();
      byCode.set(code, m);
    }
    let tb = m.get(key);
    if (tb === undefined) {
      tb = new Traceback([code.filename], [lineno], total);
      m.set(key, tb);
    }
    lastCode = code;
    lastKey = key;
    lastTb = tb;
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
    if (typeof v === 'number') {
      if (Math.abs(v) < 2 ** 30) return 32;
    } else {
      if (v > -TWO_30 && v < TWO_30) return 32;
      // 30-bit digits after the 24-byte header, as objectBlockSize counts them.
      return 24 + 4 * Math.ceil(bigBitLength(v) / 30);
    }
  }
  return objectBlockSize(o);
}

const TWO_30 = 2n ** 30n;
const TWO_1020 = 2n ** 1020n;
const view = new DataView(new ArrayBuffer(8));
/** The bit length of the big int traced last: the next one is usually about as long. */
let lastBits = 0;

/**
 * The bit length of |v|, computed as tracing computes one for every big int
 * it sees: from the double nearest the number's top bits, which a shift
 * brings below 2**1020 when the length is close to the last one's, rather
 * than from a string of all its digits (which costs as much as arithmetic
 * on the number).
 */
function bigBitLength(v: bigint): number {
  const neg = v < 0n;
  const s = lastBits > 1000 ? lastBits - 960 : 0;
  // For a negative v the shift rounds down, so x is |v| >> s rounded up; the two have one bit length but when x is a power of two.
  const x = s === 0 ? (neg ? -v : v) : neg ? -(v >> BigInt(s)) : v >> BigInt(s);
  let bits: number;
  if (x > 0n && x < TWO_1020 && !(neg && s > 0 && (x & (x - 1n)) === 0n)) {
    bits = s + modestBitLength(x);
  } else {
    const hex = (neg ? -v : v).toString(16);
    bits = (hex.length - 1) * 4 + 32 - Math.clz32(parseInt(hex[0], 16));
  }
  lastBits = bits;
  return bits;
}

/** The bit length of 0 < x < 2**1020, from the exponent of Number(x) (which may have rounded up to the next power of two). */
function modestBitLength(x: bigint): number {
  view.setFloat64(0, Number(x));
  const hi = view.getUint32(0);
  const e = ((hi >>> 20) & 0x7ff) - 1023;
  if ((hi & 0xfffff) === 0 && view.getUint32(4) === 0 && x >> BigInt(e) === 0n) return e;
  return e + 1;
}

// ---------------------------------------------------------------- the tracer

function add(size: number): void {
  state.traced += size;
  if (state.traced > state.peak) state.peak = state.traced;
}

/** Read the size of the object made at the last event. */
function settle(): void {
  const o = pending;
  if (o === null) return;
  const t = pendingTrace!;
  pending = null;
  pendingTrace = null;
  if (t.size >= 0) return;
  t.size = blockSize(o);
  // A size of 0: an object CPython never allocates (a static singleton); its trace stays only as a holder.
  if (t.size === 0) {
    if (t.i >= 0) unlistTrace(t);
  } else {
    add(t.size);
  }
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
        attach(o, t);
      } else {
        release(t);
      }
      return;
    }
    if (o === null || state.reentrant) return;
    const t = new Trace(-1, currentTraceback());
    attach(o, t);
    pending = o;
    pendingTrace = t;
  },

  renew(o) {
    settle();
    const t = traceOf(o);
    if (t !== null && t.i >= 0) t.tb = currentTraceback();
  },

  freeObject(o, fl, n) {
    settle();
    let t: Trace | null = null;
    if (o !== null) {
      if (o.type === FloatType && floatIsFree(o)) return;
      const own = traceOf(o);
      if (own !== null) {
        o.tm = null;
        const slots = own.slots;
        if (slots !== null) {
          own.slots = null;
          for (const b of slots) {
            if (b === undefined) continue;
            state.traced -= b.size;
            unlistTrace(b);
          }
        }
        if (own.i >= 0) {
          unlistTrace(own);
          t = own;
        }
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
    let own = traceOf(owner);
    const old = own?.slots?.[slot];
    if (old !== undefined) {
      state.traced -= old.size;
      unlistTrace(old);
      own!.slots![slot] = undefined;
    }
    // With tracing suspended a reallocated block loses its trace (its address may have changed).
    if (size === 0 || state.reentrant) return;
    if (own === null) {
      own = new Trace(0, UNKNOWN);
      owner.tm = own;
    }
    own.slots ??= [];
    const t = new Trace(size, currentTraceback());
    listTrace(t);
    own.slots[slot] = t;
    add(size);
  },
};

function resetTraces(): void {
  epoch++;
  live = [];
  freelists = new Map();
  pending = null;
  pendingTrace = null;
  state.traced = 0;
  state.peak = 0;
}

function dropTracebacks(): void {
  byKey = new Map();
  byCode = new WeakMap();
  lastCode = null;
  lastKey = -1;
  lastTb = UNKNOWN;
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
  for (const t of live) copy(t);
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
  const t = traceOf(o);
  if (t === null || t.i < 0) return newNone();
  return t.tb.toTuple();
}

/** An estimate of the memory the traces themselves take, as CPython counts its hash tables. */
function tracemallocMemory(): number {
  return 4096 + (live.length + (pending === null ? 0 : 1)) * 48;
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
