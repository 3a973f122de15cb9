// Frame objects (Objects/frameobject.c) and the thread state's frame stack.
//
// A frame is made for every call of Python code. Its locals live in the JS
// function's variables while it runs; `snapshot` reads them when something
// needs them as objects (a traceback's tb_frame.f_locals, locals()), and an
// exception that leaves the frame moves them into `captured`, which the frame
// then owns, as a CPython frame that a traceback keeps alive owns its locals.

import type { ProfileHook } from '../profhook.js';
import { PyObject, decref, xdecref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { type PyFunction, type PyCode, PyCell } from './function.js';
import { PyDict, newDict, dictSet, dictDel } from './dict.js';

// pyheap makes a frame for every call; CPython only when something asks for one: frames are not counted nor tracked.
export const FrameType = builtinType('frame', ObjectType, { basicsize: 120, itemsize: 8, gc: true, baseType: false, gcMode: 2 });

export class PyFrame extends PyObject {
  /** The current position index into code.positions (set by generated code). */
  p = -1;
  /** The exception being re-raised in this frame, which must not get a second traceback entry. */
  rr: PyObject | null = null;
  /** Locals moved out of the JS function when an exception left the frame. */
  captured: (PyObject | null)[] | null = null;
  /** The iterator a `yield from` in this (generator) frame delegates to, borrowed: gi_yieldfrom. */
  yieldFrom: PyObject | null = null;
  /** f_locals of a function frame: one dict, refreshed on each read (owned). */
  localsDict: PyDict | null = null;
  /** f_trace (owned): the local trace function. */
  trace: PyObject | null = null;
  /** f_trace_lines. */
  traceLines = true;
  /** The line of the last statement started while line events were on (trace.ts), -1 at first. */
  tl = -1;
  /**
   * The locals (borrowed) f_locals shows of a frame without a snapshot: during
   * a trace event, those a function keeps in JS variables; a generator's
   * arguments until its body starts.
   */
  live: (PyObject | null)[] | null = null;
  /**
   * Python code has been handed this frame (gi_frame, f_back, sys._getframe,
   * a traceback, a trace function): CPython has made its frame object then,
   * which a generator's referents include from that moment.
   */
  exposed = false;
  constructor(
    public func: PyFunction,
    public code: PyCode,
    public back: PyFrame | null,
    /** Names of the fast locals, cells and free variables, in snapshot order. */
    public localNames: string[],
    public snapshot: (() => (PyObject | null)[]) | null,
    /** The locals mapping of module and class frames. */
    public ns: PyDict | null,
  ) {
    super(FrameType);
  }

  /** Make a pooled frame (see rt.ts enter/leave) the new frame of a call, as the constructor does. */
  reuse(func: PyFunction, back: PyFrame | null, localNames: string[], snapshot: (() => (PyObject | null)[]) | null, ns: PyDict | null): void {
    this.rc = 1;
    this.func = func;
    this.code = func.code;
    this.back = back;
    this.localNames = localNames;
    this.snapshot = snapshot;
    this.ns = ns;
    this.p = -1;
    this.rr = null;
    this.yieldFrom = null;
    this.traceLines = true;
    this.tl = -1;
    this.live = null;
    this.exposed = false;
  }

  /** f_lineno: the line of the current position (before any operation, the first line; 0 for a module, whose RESUME has none). */
  get lineno(): number {
    if (this.p < 0) return this.code.name === '<module>' ? 0 : this.code.firstlineno;
    return this.code.positions[this.p * 4];
  }
}

/** A new reference to fr for Python code, which now has its frame object (see `exposed`). */
export function exposeFrame(fr: PyFrame): PyFrame {
  fr.exposed = true;
  fr.rc++;
  return fr;
}

/**
 * Frames that ended with nothing else referring to them, for the next calls
 * and generators: one then costs no new frame object. pyheap's frames are not
 * counted nor traced as memory (CPython makes frame objects only on demand),
 * so reusing them changes nothing a program can see.
 */
const framePool: PyFrame[] = [];
/**
 * Deep enough for the default recursion limit: a recursion that goes up and
 * down by hundreds of frames (Ackermann's) makes no new frames either.
 */
const FRAME_POOL_SIZE = 1000;

/** A frame for a call of func (a new reference; func gains one): a pooled one when there is one. */
export function takeFrame(func: PyFunction, back: PyFrame | null, localNames: string[], snapshot: (() => (PyObject | null)[]) | null, ns: PyDict | null): PyFrame {
  const fr = framePool.pop();
  func.rc++;
  if (fr === undefined) return new PyFrame(func, func.code, back, localNames, snapshot, ns);
  fr.reuse(func, back, localNames, snapshot, ns);
  return fr;
}

/** Release a frame that has stopped running (off the stack): into the pool when nothing else refers to it. */
export function dropFrame(fr: PyFrame): void {
  if (fr.rc === 1 && fr.captured === null && fr.localsDict === null && fr.trace === null && framePool.length < FRAME_POOL_SIZE) {
    // Released as its dealloc would, and kept for the next call.
    fr.rc = 0;
    fr.snapshot = null;
    const ns = fr.ns;
    if (ns !== null) {
      fr.ns = null;
      decref(ns);
    }
    decref(fr.func);
    framePool.push(fr);
    return;
  }
  decref(fr);
}

FrameType.dealloc = (o) => {
  const f = o as PyFrame;
  if (f.captured) {
    const c = f.captured;
    f.captured = null;
    for (const v of c) xdecref(v);
  }
  xdecref(f.ns);
  xdecref(f.localsDict);
  xdecref(f.trace);
  decref(f.func);
};

/** The interpreter's thread state: the running frame and the recursion count. */
export const ts = {
  frame: null as PyFrame | null,
  depth: 0,
  recursionLimit: 1000,
  /** Exceptions being handled (sys.exc_info), innermost last. */
  excStack: [] as PyObject[],
  /** Set to non-zero from outside (Ctrl-C) to raise KeyboardInterrupt at the next check; null when nothing can interrupt. */
  interrupt: null as Int32Array | null,
  /** Loop iterations left before the step budget (pyheap --max-steps) stops the program. */
  stepsLeft: Infinity,
  /** The profiler receiving call events (profhook.ts), or null. */
  profiler: null as ProfileHook | null,
};

// ---------------------------------------------------------------- f_locals and the frame's attributes

import { internStr, newStr } from './str.js';
import { newInt } from './int.js';
import { newBool, BoolType, True } from './bool.js';
import { None, newNone } from './none.js';
import { defGetSet, defMethod, exposeSlots } from './typeobject.js';
import { checkArgs } from './builtinfunc.js';
import { addressHex } from '../heap.js';
import { reprStr } from '../../common/repr.js';
import { runtimeError, typeError } from '../errors.js';

/**
 * The names of a function frame's locals in CPython's localsplus order:
 * co_varnames, then the cell variables that are not arguments, then the free ones.
 */
function localsOrder(code: PyCode): string[] {
  const out = [...code.varnames];
  for (const c of code.cellvars) if (!out.includes(c)) out.push(c);
  out.push(...code.freevars);
  return out;
}

/**
 * f_locals / locals() (PyFrame_FastToLocalsWithError): the namespace of a
 * module or class frame; for a function frame its one locals dict, updated
 * from the variables (a cell's contents; an unbound name is removed). A new reference.
 */
export function frameLocals(fr: PyFrame): PyDict {
  if (fr.ns !== null) {
    fr.ns.rc++;
    return fr.ns;
  }
  const d = (fr.localsDict ??= newDict());
  const values = fr.captured ?? (fr.snapshot !== null ? fr.snapshot() : fr.live);
  if (values !== null) {
    const names = fr.localNames;
    const firstCell = names.length - fr.code.cellvars.length - fr.code.freevars.length;
    for (const name of localsOrder(fr.code)) {
      const i = names.indexOf(name);
      let v = i < 0 ? null : values[i];
      if (i >= firstCell && v instanceof PyCell) v = v.ref;
      const k = internStr(name);
      if (v === null) dictDel(d, k);
      else dictSet(d, k, v);
      decref(k);
    }
  }
  d.rc++;
  return d;
}

/** A frame on the running stack (ts.frame and its callers). */
function isExecuting(fr: PyFrame): boolean {
  for (let f = ts.frame; f !== null; f = f.back) if (f === fr) return true;
  return false;
}

/** The offset f_lasti reports: pyheap counts operations, each one 2-byte code unit. */
function lasti(p: number): number {
  return p < 0 ? -1 : p * 2;
}

export function initFrame(): void {
  const F = FrameType;
  F.repr = (o) => {
    const f = o as PyFrame;
    return newStr(`<frame at ${addressHex(o)}, file ${reprStr(f.code.filename)}, line ${f.lineno}, code ${f.code.name}>`);
  };
  const ref = (get: (f: PyFrame) => PyObject | null) => (o: PyObject) => {
    const v = get(o as PyFrame);
    if (v === null) return newNone();
    v.rc++;
    return v;
  };
  defGetSet(F, 'f_code', ref((f) => f.code));
  defGetSet(F, 'f_back', (o) => {
    const b = (o as PyFrame).back;
    return b === null ? newNone() : exposeFrame(b);
  });
  defGetSet(F, 'f_globals', ref((f) => f.func.globals));
  defGetSet(F, 'f_builtins', ref((f) => f.func.builtins));
  defGetSet(F, 'f_locals', (o) => frameLocals(o as PyFrame));
  defGetSet(F, 'f_lineno', (o) => newInt((o as PyFrame).lineno));
  defGetSet(F, 'f_lasti', (o) => newInt(lasti((o as PyFrame).p)));
  defGetSet(F, 'f_trace', ref((f) => f.trace), (o, v) => {
    const f = o as PyFrame;
    const old = f.trace;
    f.trace = v === null || v === None ? null : (v.rc++, v);
    xdecref(old);
  });
  defGetSet(F, 'f_trace_lines', (o) => newBool((o as PyFrame).traceLines), (o, v) => {
    if (v === null) throw typeError("can't delete numeric/char attribute");
    if (v.type !== BoolType) throw typeError('attribute value type must be bool');
    (o as PyFrame).traceLines = v === True;
  });
  defGetSet(F, 'f_trace_opcodes', () => newBool(false));
  // frame_sizeof: the frame object and its frame's slots (co_nlocalsplus + co_stacksize).
  defMethod(F, '__sizeof__', (s, a, k) => (checkArgs('frame.__sizeof__', a, k, 0, 0), newInt(F.basicsize + 8 * (s as PyFrame).code.frameSlots)));
  defMethod(F, 'clear', (s, a, k) => {
    checkArgs('frame.clear', a, k, 0, 0);
    const f = s as PyFrame;
    if (isExecuting(f)) throw runtimeError('cannot clear an executing frame');
    const c = f.captured;
    f.captured = null;
    f.snapshot = null;
    f.live = null;
    if (c !== null) for (const v of c) xdecref(v);
    const d = f.localsDict;
    f.localsDict = null;
    xdecref(d);
    return newNone();
  });
  exposeSlots(F);
}
