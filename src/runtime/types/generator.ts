// Generators (Objects/genobject.c) over JS generators.
//
// The compiler turns a generator function's body into a JS generator
// function; a PyGen drives it, pushing its frame on the frame stack for each
// resumption as CPython does, and maps JS completion to Python's protocol:
// `return v` is StopIteration(v), and a StopIteration escaping the body is the
// RuntimeError of PEP 479.

import { PyObject, decref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { PyFrame, ts } from './frame.js';
import { None } from './none.js';
import { PyBaseException, StopIterationType, GeneratorExitType, RuntimeErrorType, newException } from './exceptions.js';
import { typeError, valueError } from '../errors.js';

export const GeneratorType = builtinType('generator', ObjectType, { basicsize: 80, gc: true, baseType: false });

export class PyGen extends PyObject {
  running = false;
  finished = false;
  started = false;
  /** The value of the body's `return` once finished (StopIteration.value). */
  retval: PyObject | null = null;
  constructor(public frame: PyFrame, public body: Generator<PyObject, PyObject, PyObject>, public release: () => void) {
    super(GeneratorType);
  }
}

/** Resume with `mode`: 0 next/send(value), 1 throw(value). Returns the yielded value or null when finished (retval set). */
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
  const fr = g.frame;
  fr.back = ts.frame;
  ts.frame = fr;
  ts.depth++;
  g.running = true;
  g.started = true;
  let r: IteratorResult<PyObject, PyObject>;
  try {
    if (mode === 1) {
      value.rc++;
      r = g.body.throw(value);
    } else {
      r = g.body.next(value);
    }
  } catch (e) {
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
  } finally {
    g.running = false;
    ts.frame = fr.back;
    ts.depth--;
    fr.back = null;
  }
  if (r.done) {
    finish(g);
    g.retval = r.value;
    return null;
  }
  return r.value;
}

function finish(g: PyGen): void {
  if (g.finished) return;
  g.finished = true;
  g.release();
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

GeneratorType.dealloc = (o) => {
  const g = o as PyGen;
  if (!g.finished && g.started) {
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
  decref(g.frame);
};
