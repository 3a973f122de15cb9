// A Python function's generated code returns EXC when an exception leaves it.
// No imports but types: rt.ts imports this module first, so EXC exists when
// rt's table of operations is built (function.ts comes after rt.ts among the
// runtime's cyclic imports).

import type { PyObject } from './object.js';

/**
 * What a function's generated code returns when an exception leaves it
 * (codegen's epilogue): the exception waits in `pending` and the call path
 * throws it (callResult). The code returns rather than throws because V8
 * tiers a function up only on its returns and loop turns: a function that
 * always raised would stay in the interpreter, several times slower.
 * Module and class bodies throw as usual; generators throw from their JS
 * generator.
 */
export const EXC = Object.freeze({ exc: true }) as unknown as PyObject;
let pending: PyObject | null = null;

/** The epilogue of a function whose body raised x. */
export function fail(x: PyObject): PyObject {
  pending = x;
  return EXC;
}

/** The result of calling a code object's fn: its value, or its exception thrown. */
export function callResult(r: PyObject): PyObject {
  if (r === EXC) throw takePending();
  return r;
}

/** The exception of the call that returned EXC (owned by the caller now). */
export function takePending(): PyObject {
  const x = pending as PyObject;
  pending = null;
  return x;
}
