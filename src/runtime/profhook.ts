// The profiling hook (CPython's PyEval_SetProfile with a C function, as
// _lsprof installs it): the events a profiler sees, called by the runtime
// only while ts.profiler is set, so that unprofiled code pays one null check.
//
// call/ret: a Python frame starts or resumes (a generator's next()) and ends
//   or suspends; ret comes for a return, a yield and an exception alike.
// cCall/cRet: the code of a Python frame calls a built-in function (a
//   builtin_function_or_method, or a method_descriptor given its self), as
//   CPython's CALL instruction reports C calls; calls made by built-ins
//   themselves are not seen.

import type { PyObject } from './object.js';
import type { PyCode } from './types/function.js';

export interface ProfileHook {
  call(code: PyCode): void;
  ret(code: PyCode): void;
  /** f is the builtin or method descriptor called; self the descriptor's self (null for a builtin). */
  cCall(f: PyObject, self: PyObject | null): void;
  cRet(f: PyObject): void;
}
