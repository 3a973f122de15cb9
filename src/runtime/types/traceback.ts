// Traceback objects (Python/traceback.c): one entry per frame an exception
// passed through, newest frame last in the tb_next chain.

import { PyObject, decref, xdecref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import type { PyFrame } from './frame.js';

export const TracebackType = builtinType('traceback', ObjectType, { basicsize: 64, gc: true, baseType: false });

export class PyTraceback extends PyObject {
  constructor(public next: PyTraceback | null, public frame: PyFrame, /** position index */ public p: number) {
    super(TracebackType);
  }
  get lineno(): number {
    if (this.p < 0) return this.frame.code.firstlineno;
    return this.frame.code.positions[this.p * 4];
  }
}

TracebackType.dealloc = (o) => {
  const t = o as PyTraceback;
  xdecref(t.next);
  decref(t.frame);
};
