// Frame objects (Objects/frameobject.c) and the thread state's frame stack.
//
// A frame is made for every call of Python code. Its locals live in the JS
// function's variables while it runs; `snapshot` reads them when something
// needs them as objects (a traceback's tb_frame.f_locals, locals()), and an
// exception that leaves the frame moves them into `captured`, which the frame
// then owns, as a CPython frame that a traceback keeps alive owns its locals.

import { PyObject, decref, xdecref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import type { PyFunction, PyCode } from './function.js';
import type { PyDict } from './dict.js';

export const FrameType = builtinType('frame', ObjectType, { basicsize: 72, gc: true, baseType: false });

export class PyFrame extends PyObject {
  /** The current position index into code.positions (set by generated code). */
  p = -1;
  /** The exception being re-raised in this frame, which must not get a second traceback entry. */
  rr: PyObject | null = null;
  /** Locals moved out of the JS function when an exception left the frame. */
  captured: (PyObject | null)[] | null = null;
  /** Exceptions being handled in this frame's except clauses (innermost last). */
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

  /** f_lineno: the line of the current position (the first line before any operation). */
  get lineno(): number {
    if (this.p < 0) return this.code.firstlineno;
    return this.code.positions[this.p * 4];
  }
}

FrameType.dealloc = (o) => {
  const f = o as PyFrame;
  if (f.captured) {
    const c = f.captured;
    f.captured = null;
    for (const v of c) xdecref(v);
  }
  xdecref(f.ns);
  decref(f.func);
};

/** The interpreter's thread state: the running frame and the recursion count. */
export const ts = {
  frame: null as PyFrame | null,
  depth: 0,
  recursionLimit: 1000,
  /** Exceptions being handled (sys.exc_info), innermost last. */
  excStack: [] as PyObject[],
};
