// Tracing and profiling hooks (CPython's c_tracefunc / c_profilefunc).
//
// The hook API, for modules written in TypeScript (_lsprof, _line_profiler):
//
//   setTrace(fn, obj) / setProfile(fn, obj)
//       Install (or, with fn null, remove) the thread's trace or profile
//       function, as PyEval_SetTrace / PyEval_SetProfile do. obj is borrowed
//       (the hook keeps a reference); it is what sys.gettrace() /
//       sys.getprofile() return. fn(obj, frame, what, arg) receives:
//         TRACE_CALL        a Python frame starts or resumes (a generator); arg null
//         TRACE_RETURN      it returns or yields: arg the value, null when an exception leaves it
//         TRACE_LINE        (trace only) a new line starts in the frame; arg null
//         TRACE_EXCEPTION   (trace only) an exception passes through the frame: arg (type, value, tb)
//         TRACE_C_CALL / TRACE_C_RETURN / TRACE_C_EXCEPTION
//                           (profile only) Python code calls a built-in function
//                           (or method): arg the builtin; frame is the caller
//       Every argument is borrowed. A hook that throws ends the event as
//       CPython's does: the exception propagates into the traced program.
//       No event is delivered while a hook runs (tr.tracing).
//   tr.on   true while any hook is installed and none is running: generated
//           code tests it once per call (call/return events), and rt.call per
//           call of a non-Python callable (c_call events).
//   tr.ln   the same for the trace function alone: generated code tests it
//           once per statement (line events).
//
// sys.settrace / sys.setprofile install pyTraceTrampoline / pyProfileTrampoline
// with the Python callable as obj (sysmodule.c's trace_trampoline and
// profile_trampoline): the callable gets (frame, event, arg) and, for the trace
// function, its result becomes the frame's local trace function (f_trace).

import { PyObject, decref, xdecref } from './object.js';
import { PyFrame, frameLocals, ts } from './types/frame.js';
import { None, newNone } from './types/none.js';
import { internStr } from './types/str.js';
import { newTuple } from './types/tuple.js';
import { PyBaseException, StopIterationType } from './types/exceptions.js';
import { call } from './abstract.js';

export const TRACE_CALL = 0;
export const TRACE_EXCEPTION = 1;
export const TRACE_LINE = 2;
export const TRACE_RETURN = 3;
export const TRACE_C_CALL = 4;
export const TRACE_C_EXCEPTION = 5;
export const TRACE_C_RETURN = 6;

const EVENT_NAMES = ['call', 'exception', 'line', 'return', 'c_call', 'c_exception', 'c_return', 'opcode'];

export type TraceFunc = (obj: PyObject | null, frame: PyFrame, what: number, arg: PyObject | null) => void;

export const tr = {
  on: false,
  ln: false,
  /** Non-zero while a hook runs: its own calls are not traced. */
  tracing: 0,
  traceFn: null as TraceFunc | null,
  traceObj: null as PyObject | null,
  profileFn: null as TraceFunc | null,
  profileObj: null as PyObject | null,
};

function update(): void {
  const idle = tr.tracing === 0;
  tr.ln = idle && tr.traceFn !== null;
  tr.on = idle && (tr.traceFn !== null || tr.profileFn !== null);
}

export function setTrace(fn: TraceFunc | null, obj: PyObject | null): void {
  const old = tr.traceObj;
  if (obj !== null) obj.rc++;
  tr.traceFn = fn;
  tr.traceObj = fn === null ? null : obj;
  if (fn === null && obj !== null) obj.rc--;
  update();
  xdecref(old);
}

export function setProfile(fn: TraceFunc | null, obj: PyObject | null): void {
  const old = tr.profileObj;
  if (obj !== null) obj.rc++;
  tr.profileFn = fn;
  tr.profileObj = fn === null ? null : obj;
  if (fn === null && obj !== null) obj.rc--;
  update();
  xdecref(old);
}

function dispatch(fn: TraceFunc, obj: PyObject | null, fr: PyFrame, what: number, arg: PyObject | null): void {
  tr.tracing++;
  update();
  try {
    fn(obj, fr, what, arg);
  } finally {
    tr.tracing--;
    update();
  }
}

// ---------------------------------------------------------------- events (called by generated code and the runtime)

/** 'call' of a frame just entered; live: its JS-held locals, for f_locals during the event. */
export function callEvent(fr: PyFrame, live?: (PyObject | null)[]): void {
  const prev = showLive(fr, live);
  try {
    if (tr.traceFn !== null) dispatch(tr.traceFn, tr.traceObj, fr, TRACE_CALL, null);
    if (tr.profileFn !== null) dispatch(tr.profileFn, tr.profileObj, fr, TRACE_CALL, null);
  } finally {
    fr.live = prev;
  }
}

/**
 * The locals an event shows (f_locals) when the frame keeps them in JS
 * variables; without, the frame's own `live` stays (a generator's arguments
 * until its body starts). Returns what to restore after the event.
 */
function showLive(fr: PyFrame, live: (PyObject | null)[] | undefined): (PyObject | null)[] | null {
  const prev = fr.live;
  if (live !== undefined) fr.live = live;
  return prev;
}

/**
 * 'return' of a frame about to be left: value undefined (or null) when an
 * exception leaves it. A hook's exception is returned, for the caller to raise
 * in place of the return (after it has popped the frame).
 */
export function returnEvent(fr: PyFrame, value: PyObject | null | undefined, live?: (PyObject | null)[]): PyBaseException | undefined {
  const prev = showLive(fr, live);
  try {
    const v = value ?? null;
    if (tr.traceFn !== null && tr.tracing === 0) dispatch(tr.traceFn, tr.traceObj, fr, TRACE_RETURN, v);
    if (tr.profileFn !== null && tr.tracing === 0) dispatch(tr.profileFn, tr.profileObj, fr, TRACE_RETURN, v);
    return undefined;
  } catch (e) {
    // The hook's error replaces the return: the value the frame was returning is dropped.
    if (value !== undefined && value !== null) decref(value);
    return e as PyBaseException;
  } finally {
    fr.live = prev;
  }
}

/** A statement starts at position p: a 'line' event when its line is not the one the frame is on. */
export function lineEvent(fr: PyFrame, p: number, live?: (PyObject | null)[]): void {
  const line = fr.code.positions[p * 4];
  if (line === fr.tl) return;
  fr.tl = line;
  fr.p = p;
  fireLine(fr, live);
}

/** A backward jump (a loop's next turn) to position p: always a 'line' event. */
export function jumpEvent(fr: PyFrame, p: number, live?: (PyObject | null)[]): void {
  fr.tl = fr.code.positions[p * 4];
  fr.p = p;
  fireLine(fr, live);
}

function fireLine(fr: PyFrame, live: (PyObject | null)[] | undefined): void {
  const fn = tr.traceFn;
  if (fn === null || !fr.traceLines || tr.tracing !== 0) return;
  const prev = showLive(fr, live);
  try {
    dispatch(fn, tr.traceObj, fr, TRACE_LINE, null);
  } finally {
    fr.live = prev;
  }
}

/** 'exception': x has just got fr's traceback entry. */
export function exceptionEvent(fr: PyFrame, x: PyBaseException): void {
  const fn = tr.traceFn;
  if (fn === null || tr.tracing !== 0) return;
  x.type.rc++;
  x.rc++;
  const tb = x.traceback ?? None;
  tb.rc++;
  const arg = newTuple([x.type, x, tb]);
  try {
    dispatch(fn, tr.traceObj, fr, TRACE_EXCEPTION, arg);
  } finally {
    decref(arg);
  }
}

/** 'exception' for the StopIteration(value) that ends a sub-iterator of `yield from` (value borrowed); it has no traceback. */
export function stopIterationEvent(fr: PyFrame, value: PyObject): void {
  const fn = tr.traceFn;
  if (fn === null || tr.tracing !== 0) return;
  const x = call(StopIterationType, [value]);
  StopIterationType.rc++;
  const arg = newTuple([StopIterationType, x, newNone()]);
  try {
    dispatch(fn, tr.traceObj, fr, TRACE_EXCEPTION, arg);
  } finally {
    decref(arg);
  }
}

/** A call of the built-in f (borrowed) by Python code while a profile function is set: c_call, then c_return or c_exception. */
export function profileCCall(f: PyObject, run: () => PyObject): PyObject {
  const fr = ts.frame;
  if (fr === null || tr.profileFn === null) return run();
  dispatch(tr.profileFn, tr.profileObj, fr, TRACE_C_CALL, f);
  let r: PyObject;
  try {
    r = run();
  } catch (e) {
    if (tr.profileFn !== null && tr.tracing === 0) dispatch(tr.profileFn, tr.profileObj, fr, TRACE_C_EXCEPTION, f);
    throw e;
  }
  if (tr.profileFn !== null && tr.tracing === 0) {
    try {
      dispatch(tr.profileFn, tr.profileObj, fr, TRACE_C_RETURN, f);
    } catch (e) {
      decref(r);
      throw e;
    }
  }
  return r;
}

// ---------------------------------------------------------------- the Python-level hooks of sys.settrace / sys.setprofile

/** Call a Python trace or profile function with (frame, event, arg), its f_locals brought up to date first. */
function callPython(callback: PyObject, fr: PyFrame, what: number, arg: PyObject | null): PyObject {
  decref(frameLocals(fr));
  fr.exposed = true;
  const ev = internStr(EVENT_NAMES[what]);
  try {
    return call(callback, [fr, ev, arg ?? None]);
  } finally {
    decref(ev);
  }
}

export const pyTraceTrampoline: TraceFunc = (obj, fr, what, arg) => {
  const callback = what === TRACE_CALL ? obj : fr.trace;
  if (callback === null) return;
  let r: PyObject;
  try {
    r = callPython(callback, fr, what, arg);
  } catch (e) {
    // A trace function that raises is removed, and so is the frame's local one.
    setTrace(null, null);
    const t = fr.trace;
    fr.trace = null;
    xdecref(t);
    throw e;
  }
  if (r !== None) {
    const old = fr.trace;
    fr.trace = r;
    xdecref(old);
  } else {
    decref(r);
  }
};

export const pyProfileTrampoline: TraceFunc = (obj, fr, what, arg) => {
  let r: PyObject;
  try {
    r = callPython(obj!, fr, what, arg);
  } catch (e) {
    setProfile(null, null);
    throw e;
  }
  decref(r);
};

/** sys.gettrace() / sys.getprofile(): the installed object or None (new reference). */
export function hookObject(obj: PyObject | null): PyObject {
  if (obj === null) return newNone();
  obj.rc++;
  return obj;
}
