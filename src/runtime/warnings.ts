// The runtime's own warnings (PyErr_WarnEx, PyErr_WarnExplicit): they go
// through the warnings module (lib/warnings.py) so that its filters, its
// registries and a replaced showwarning apply to them as to warnings.warn().

import { PyObject, decref } from './object.js';
import type { PyType } from './type.js';
import type { Interpreter } from './interp.js';
import * as ab from './abstract.js';
import { newStr, internStr } from './types/str.js';
import { newInt, intHooks } from './types/int.js';
import { NotImplementedType } from './types/none.js';
import { bytesHooks } from './types/bytes.js';
import { PyBaseException, ModuleNotFoundErrorType, excTypes } from './types/exceptions.js';

let interpreter: Interpreter | null = null;

/**
 * A function of the warnings module (a new reference), or null when the
 * module cannot be found (an embedding without lib/): warnings are then lost.
 */
function warningsFunction(name: string): PyObject | null {
  let mod: PyObject;
  try {
    mod = interpreter!.importName(interpreter!.builtinsDict, 'warnings', null, 0);
  } catch (e) {
    if (!(e instanceof PyBaseException && e.type === ModuleNotFoundErrorType)) throw e;
    decref(e);
    return null;
  }
  try {
    return ab.getattr(mod, internStr(name));
  } finally {
    decref(mod);
  }
}

/** Call f with new references as arguments, releasing them and the result. */
function callAndRelease(f: PyObject, args: PyObject[]): void {
  try {
    decref(ab.call(f, args));
  } finally {
    decref(f);
    for (const a of args) decref(a);
  }
}

/**
 * warnings.warn(message, category, stacklevel): stacklevel 1 names the
 * innermost running Python frame (the one that called the native code).
 * Throws what the warning raises (under the 'error' action, for one).
 */
export function warn(category: PyType, message: string, stacklevel = 1): void {
  const f = warningsFunction('warn');
  if (f === null) return;
  category.rc++;
  callAndRelease(f, [newStr(message), category, newInt(stacklevel)]);
}

/** warnings.warn_explicit(message, category, filename, lineno): a warning about a place, not a frame. */
export function warnExplicit(category: PyType, message: string, filename: string, lineno: number): void {
  const f = warningsFunction('warn_explicit');
  if (f === null) return;
  category.rc++;
  callAndRelease(f, [newStr(message), category, newStr(filename), newInt(lineno)]);
}

/**
 * Make interp the one whose warnings module receives the warnings, and route
 * the warnings of the core types (which cannot import this file) through warn().
 */
export function installRuntimeWarnings(interp: Interpreter): void {
  interpreter = interp;
  const deprecation = excTypes.get('DeprecationWarning')!;
  intHooks.deprecationWarning = (message) => warn(deprecation, message);
  const bytesWarning = excTypes.get('BytesWarning')!;
  bytesHooks.warning = interp.flag('bytes_warning') > 0 ? (message) => warn(bytesWarning, message) : null;
  // object.c's notimplemented_bool: still true, but deprecated.
  NotImplementedType.bool = () => {
    warn(deprecation, 'NotImplemented should not be used in a boolean context');
    return true;
  };
}
