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
import { newStr, PyStr } from '../runtime/types/str.js';
import { newInt } from '../runtime/types/int.js';
import * as ab from '../runtime/abstract.js';
import { PyModule } from '../runtime/types/module.js';
import { typeError } from '../runtime/errors.js';
import { formatWithTraceback } from '../runtime/excprint.js';
import type { Interpreter } from '../runtime/interp.js';

export function initExcFormat(m: PyModule, interp: Interpreter): void {
  // format_exception(exc, tb[, getline]) -> str: the full report, with tb (a traceback or None) as
  // exc's traceback. getline(filename, lineno) -> str gives the source lines when passed (doctest
  // passes linecache.getline, which knows its examples' sources, as traceback.py's printing would).
  const f = newBuiltin('format_exception', (_self: PyObject, args: PyObject[], kw: string[] | null): PyObject => {
    checkArgs('format_exception', args, kw, 2, 3);
    const [e, tb] = args;
    if (!(e instanceof PyBaseException)) throw typeError('format_exception() argument 1 must be an exception');
    if (tb !== None && !(tb instanceof PyTraceback)) throw typeError('format_exception() argument 2 must be a traceback or None');
    const getline = args.length === 3 && args[2] !== None ? args[2] : null;
    const lineOf = getline === null
      ? (fn: string, n: number) => interp.getLine(fn, n)
      : (fn: string, n: number): string | null => {
        const fnObj = newStr(fn);
        const nObj = newInt(n);
        try {
          const r = ab.call(getline, [fnObj, nObj]);
          try {
            return r instanceof PyStr && r.v !== '' ? r.v : null;
          } finally {
            decref(r);
          }
        } finally {
          decref(fnObj);
          decref(nObj);
        }
      };
    return newStr(formatWithTraceback(e, tb === None ? null : tb as PyTraceback, lineOf));
  }, '_excformat');
  m.set('format_exception', f);
  decref(f);
}
