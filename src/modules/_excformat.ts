// _excformat: the runtime's own exception printer, reachable from Python.
// unittest's result formatting needs the report of an exception with a
// trimmed traceback (its own frames removed); until lib/traceback.py offers
// TracebackException, this module gives that text, identical to what
// sys.excepthook prints.

import { PyObject, decref } from '../runtime/object.js';
import { newBuiltin, checkArgs } from '../runtime/types/builtinfunc.js';
import { PyBaseException } from '../runtime/types/exceptions.js';
import { PyTraceback } from '../runtime/types/traceback.js';
import { None } from '../runtime/types/none.js';
import { newStr } from '../runtime/types/str.js';
import { PyModule } from '../runtime/types/module.js';
import { typeError } from '../runtime/errors.js';
import { formatWithTraceback } from '../runtime/excprint.js';
import type { Interpreter } from '../runtime/interp.js';

export function initExcFormat(m: PyModule, interp: Interpreter): void {
  // format_exception(exc, tb) -> str: the full report, with tb (a traceback or None) as exc's traceback.
  const f = newBuiltin('format_exception', (_self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    checkArgs('format_exception', args, kw, 2, 2);
    const [e, tb] = args;
    if (!(e instanceof PyBaseException)) throw typeError('format_exception() argument 1 must be an exception');
    if (tb !== None && !(tb instanceof PyTraceback)) throw typeError('format_exception() argument 2 must be a traceback or None');
    return newStr(formatWithTraceback(e, tb === None ? null : tb as PyTraceback, (fn, n) => interp.getLine(fn, n)));
  }, '_excformat');
  m.set('format_exception', f);
  decref(f);
}
