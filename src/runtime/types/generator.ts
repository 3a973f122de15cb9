// Generators (Objects/genobject.c) over JS generators.
//
// The compiler turns a generator function's body into a JS generator
// function; a PyGen drives it, pushing its frame on the frame stack for each
// resumption as CPython does, and maps JS completion to Python's protocol:
// `return v` is StopIteration(v), and a StopIteration escaping the body is the
// RuntimeError of PEP 479.

import { PyObject, objectAllocated, decref, releaseLocals } from '../object.js';
import { builtinType, ObjectType, PyType } from '../type.js';
import { PyFrame, ts, exposeFrame, dropFrame } from './frame.js';
import type { PyCode } from './function.js';
import { None, newNone } from './none.js';
import { PyStr, newStr } from './str.js';
import { newBool } from './bool.js';
import { newInt } from './int.js';
import { PyTuple } from './tuple.js';
import { PyTraceback } from './traceback.js';
import { checkArgs } from './builtinfunc.js';
import { defGetSet, defMethod, exposeSlots, reportUnraisable } from './typeobject.js';
import { FINALIZED } from '../gc.js';
import { PyBaseException, BaseExceptionType, StopIterationType, GeneratorExitType, RuntimeErrorType,
  newException } from './exceptions.js';
import { call, setStopIteration } from '../abstract.js';
import { tr, callEvent, returnEvent } from '../trace.js';
import { addressHex, registerBlockSize } from '../heap.js';
import { typeError, valueError, stopIteration } from '../errors.js';

export const GeneratorType = builtinType('generator', ObjectType, { basicsize: 152, itemsize: 8, gc: true, baseType: false });

/** gen_sizeof: the generator and its frame's slots (co_nlocalsplus + co_stacksize), the size make_gen allocates. */
export function genSizeof(g: PyGen): number {
  return GeneratorType.basicsize + 8 * g.code.frameSlots;
}
registerBlockSize(GeneratorType, (o) => 16 + genSizeof(o as PyGen));

/**
 * A generator body's variables once it has started (genStarted): called
 * without an argument it returns their values in the frame's locals order (the
 * frame's snapshot); called with `true` it releases them, once the generator
 * has finished.
 */
export type GenVars = (release?: true) => (PyObject | null)[] | null;

/** A generator function's compiled body: given its frame and the locals the call made (PyGen.args). */
export type GenBody = (fr: PyFrame, args: (PyObject | null)[]) => Generator<PyObject, PyObject, PyObject>;

export class PyGen extends PyObject {
  running: boolean;
  finished: boolean;
  started: boolean;
  /** The value of the body's `return` once finished (StopIteration.value), until reported. */
  retval: PyObject | null;
  /** __name__ and __qualname__: the function's when the generator was made. */
  name: PyStr;
  qualname: PyStr;
  /** gi_code, which outlives the frame. */
  code: PyCode;
  /**
   * The frame, owned while the generator can run; a finished generator lets
   * go of it (gi_frame is None), so locals that an exception's traceback
   * moved into the frame live only as long as that traceback.
   */
  frame: PyFrame | null;
  /** The body's variables once it has started; until then `args` are the frame's locals. */
  vars: GenVars | null;
  body: Generator<PyObject, PyObject, PyObject>;
  /** The frame's locals until the body starts (owned): the arguments, the other locals unbound, the cells. */
  args: (PyObject | null)[] | null;
  constructor(frame: PyFrame, body: Generator<PyObject, PyObject, PyObject>, args: (PyObject | null)[] | null) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = GeneratorType;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    this.gcList = null;
    this.gcIdx = 0;
    this.gcFlags = 0;
    objectAllocated(this, GeneratorType);
    this.body = body;
    this.args = args;
    this.running = false;
    this.finished = false;
    this.started = false;
    this.retval = null;
    this.vars = null;
    this.frame = frame;
    // f_locals until the body starts.
    frame.live = args;
    this.code = frame.code;
    this.code.rc++;
    this.name = frame.func.name;
    this.qualname = frame.func.qualname;
    this.name.rc++;
    this.qualname.rc++;
  }
}

/** The generator whose body is starting: its prologue hands its variables over (genStarted). */
let starting: PyGen | null = null;

/**
 * A body's first act: from now on its own variables, which took over the
 * references in `args`, are the frame's locals.
 */
export function genStarted(vars: GenVars): void {
  const g = starting!;
  starting = null;
  g.args = null;
  g.vars = vars;
  const fr = g.frame!;
  fr.live = null;
  fr.snapshot = vars as () => (PyObject | null)[];
}

/**
 * Resume with `mode`: 0 next/send(value), 1 throw(value); value is borrowed.
 * Returns the yielded value or null when finished (retval set).
 */
export function genResume(g: PyGen, mode: 0 | 1, value: PyObject): PyObject | null {
  if (g.running) throw valueError('generator already executing');
  if (g.finished) {
    if (mode === 1) {
      value.rc++;
      throw value;
    }
    return null;
  }
  if (!g.started && mode === 0 && value !== None) {
    throw typeError("can't send non-None value to a just-started generator");
  }
  const resumed = g.started;
  const fr = g.frame!;
  fr.back = ts.frame;
  ts.frame = fr;
  ts.depth++;
  g.running = true;
  g.started = true;
  let r: IteratorResult<PyObject, PyObject>;
  if (ts.profiler !== null) ts.profiler.call(fr.code);
  // A resumption is a call of the frame for the tracing hooks, a yield its return.
  let traced = false;
  try {
    if (tr.on) {
      traced = true;
      callEvent(fr);
    }
    if (mode === 1) {
      value.rc++;
      r = g.body.throw(value);
    } else {
      // The value of the `yield` the body resumes at is a new reference; a body not started yet has none.
      if (resumed) value.rc++;
      else starting = g;
      r = g.body.next(value);
    }
    if (traced && tr.on) {
      traced = false;
      const err = returnEvent(fr, r.value);
      if (err !== undefined) throw err;
    }
  } catch (e) {
    if (traced && tr.on) {
      const err = returnEvent(fr, null);
      if (err !== undefined) e = err;
    }
    // As gen_send_ex2, the frame is off the stack before it is cleared.
    leave(g, fr);
    finish(g);
    if (e instanceof PyBaseException && e.type === StopIterationType) {
      const err = newException(RuntimeErrorType, 'generator raised StopIteration');
      err.cause = e;
      err.context = e;
      e.rc++;
      err.suppressContext = true;
      throw err;
    }
    throw e;
  }
  leave(g, fr);
  if (r.done) {
    finish(g);
    g.retval = r.value;
    return null;
  }
  return r.value;
}

function leave(g: PyGen, fr: PyFrame): void {
  if (ts.profiler !== null) ts.profiler.ret(fr.code);
  g.running = false;
  ts.frame = fr.back;
  ts.depth--;
  fr.back = null;
}

function finish(g: PyGen): void {
  if (g.finished) return;
  g.finished = true;
  const vars = g.vars;
  const args = g.args;
  g.vars = null;
  g.args = null;
  if (vars !== null) vars(true);
  else releaseLocals(args!);
  const fr = g.frame!;
  g.frame = null;
  fr.live = null;
  dropFrame(fr);
}

/** generator.close(): throw GeneratorExit in; it must not yield again. */
export function genClose(g: PyGen): void {
  if (g.finished || !g.started) {
    finish(g);
    return;
  }
  const exit = newException(GeneratorExitType, null);
  try {
    const r = genResume(g, 1, exit);
    if (r !== null) {
      decref(r);
      throw newException(RuntimeErrorType, 'generator ignored GeneratorExit');
    }
  } catch (e) {
    if (e instanceof PyBaseException && (e.type === GeneratorExitType || e.type === StopIterationType)) {
      decref(e);
      return;
    }
    throw e;
  } finally {
    decref(exit);
  }
}

/**
 * gen_traverse: the code and names, then, until the frame is cleared, the
 * frame object (once Python code has had it), its f_locals dict (once read),
 * function, code, locals, cells and free variables (_PyFrame_Traverse).
 */
GeneratorType.traverse = (o, visit) => {
  const g = o as PyGen;
  visit(g.code);
  visit(g.name);
  visit(g.qualname);
  if (g.finished) return;
  const fr = g.frame!;
  if (fr.exposed) visit(fr);
  if (fr.localsDict !== null) visit(fr.localsDict);
  visit(fr.func);
  visit(fr.code);
  const locals = g.args ?? (fr.snapshot !== null ? fr.snapshot() : null);
  if (locals === null) return;
  for (let i = 0; i < locals.length; i++) {
    const v = locals[i];
    if (v !== null) visit(v);
  }
};
/** _PyGen_Finalize: a suspended generator is closed; what close raises is unraisable. */
GeneratorType.finalize = (o) => {
  const g = o as PyGen;
  if (g.finished) return;
  try {
    genClose(g);
  } catch (e) {
    reportUnraisable.f(e, g);
  }
};

GeneratorType.dealloc = (o) => {
  const g = o as PyGen;
  if (!g.finished && g.started && !(g.gcFlags! & FINALIZED)) {
    g.rc = 1;
    try {
      genClose(g);
    } catch (e) {
      if (e instanceof PyObject) decref(e);
    }
    g.rc--;
  }
  finish(g);
  if (g.retval !== null) decref(g.retval);
  decref(g.code);
  decref(g.name);
  decref(g.qualname);
};


// ---------------------------------------------------------------- the generator type's slots and methods

/** The return value of a finished generator as the StopIteration that reports it (once). */
function takeStop(g: PyGen): PyBaseException | null {
  const v = g.retval;
  g.retval = null;
  if (v === null || v === None) {
    if (v !== null) decref(v);
    return null;
  }
  const e = stopIteration(v);
  decref(v);
  return e;
}

/** tp_iternext: a for loop ignores the return value; next() raises the StopIteration recorded for it. */
function genNext(o: PyObject): PyObject | null {
  const g = o as PyGen;
  const r = genResume(g, 0, None);
  if (r === null) setStopIteration(takeStop(g));
  return r;
}

/** send()/throw(): a finished generator raises StopIteration(return value). */
function resumeOrStop(g: PyGen, mode: 0 | 1, value: PyObject): PyObject {
  const r = genResume(g, mode, value);
  if (r !== null) return r;
  throw takeStop(g) ?? stopIteration(null);
}

/**
 * The exception generator.throw(typ, val, tb) raises in the generator
 * (_gen_throw): a class is instantiated with val (a tuple: its items), an
 * instance is used as it is; tb becomes its traceback.
 */
function throwArgs(typ: PyObject, val: PyObject | null, tb: PyObject | null): PyBaseException {
  if (tb === None) tb = null;
  if (tb !== null && !(tb instanceof PyTraceback)) throw typeError('throw() third argument must be a traceback object');
  let e: PyObject;
  if (typ instanceof PyBaseException) {
    if (val !== null && val !== None) throw typeError('instance exception may not have a separate value');
    e = typ;
    e.rc++;
  } else if (typ instanceof PyType && typ.isSubtype(BaseExceptionType)) {
    if (val !== null && val.type.isSubtype(typ)) {
      e = val;
      e.rc++;
    } else {
      const args = val === null || val === None ? [] : val instanceof PyTuple ? val.items : [val];
      e = call(typ, args);
      if (!(e instanceof PyBaseException)) {
        const n = e.type.name;
        decref(e);
        throw typeError(`calling ${typ.name} should have returned an instance of BaseException, not ${n}`);
      }
    }
  } else {
    throw typeError(`exceptions must be classes or instances deriving from BaseException, not ${typ.type.name}`);
  }
  const x = e as PyBaseException;
  if (tb !== null) {
    tb.rc++;
    const old = x.traceback;
    x.traceback = tb;
    if (old !== null) decref(old);
  }
  return x;
}

export function initGenerator(): void {
  const G = GeneratorType;
  G.iter = (o) => (o.rc++, o);
  G.next = genNext;
  G.repr = (o) => newStr(`<generator object ${(o as PyGen).qualname.v} at ${addressHex(o)}>`);
  defMethod(G, 'send', (s, a, k) => {
    checkArgs('generator.send', a, k, 1, 1);
    return resumeOrStop(s as PyGen, 0, a[0]);
  });
  defMethod(G, 'throw', (s, a, k) => {
    checkArgs('throw', a, k, 1, 3);
    const e = throwArgs(a[0], a[1] ?? null, a[2] ?? null);
    try {
      return resumeOrStop(s as PyGen, 1, e);
    } finally {
      decref(e);
    }
  });
  defMethod(G, 'close', (s, a, k) => {
    checkArgs('generator.close', a, k, 0, 0);
    genClose(s as PyGen);
    return newNone();
  });
  const nameSetter = (key: 'name' | 'qualname') => (o: PyObject, v: PyObject | null) => {
    if (!(v instanceof PyStr)) throw typeError(`__${key}__ must be set to a string object`);
    const g = o as PyGen;
    const old = g[key];
    v.rc++;
    g[key] = v;
    decref(old);
  };
  defMethod(G, '__sizeof__', (s, a, k) => (checkArgs('generator.__sizeof__', a, k, 0, 0), newInt(genSizeof(s as PyGen))));
  defGetSet(G, '__name__', (o) => ((o as PyGen).name.rc++, (o as PyGen).name), nameSetter('name'));
  defGetSet(G, '__qualname__', (o) => ((o as PyGen).qualname.rc++, (o as PyGen).qualname), nameSetter('qualname'));
  defGetSet(G, 'gi_frame', (o) => {
    const f = (o as PyGen).frame;
    return f === null ? newNone() : exposeFrame(f);
  });
  defGetSet(G, 'gi_running', (o) => newBool((o as PyGen).running));
  defGetSet(G, 'gi_suspended', (o) => {
    const g = o as PyGen;
    return newBool(g.started && !g.finished && !g.running);
  });
  defGetSet(G, 'gi_code', (o) => {
    const c = (o as PyGen).code;
    c.rc++;
    return c;
  });
  defGetSet(G, 'gi_yieldfrom', (o) => {
    const g = o as PyGen;
    const y = g.frame === null ? null : g.frame.yieldFrom;
    if (y === null) return newNone();
    y.rc++;
    return y;
  });
  exposeSlots(G);
}
