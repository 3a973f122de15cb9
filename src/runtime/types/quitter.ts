// exit and quit (Lib/_sitebuiltins.py's Quitter): a callable whose repr
// tells how to leave the interactive prompt; calling it closes sys.stdin and
// raises SystemExit(code).

import { PyObject, decref } from '../object.js';
import { builtinType, ObjectType } from '../type.js';
import { newStr } from './str.js';
import { newExceptionArgs, SystemExitType } from './exceptions.js';
import { checkArgs } from './builtinfunc.js';

export const QuitterType = builtinType('Quitter', ObjectType, { basicsize: 48, hasDict: true });
QuitterType.module = '_sitebuiltins';

export class PyQuitter extends PyObject {
  constructor(public name: string, public eof: string, public closeStdin: () => void) {
    super(QuitterType);
  }
}

export function initQuitter(): void {
  QuitterType.repr = (o) => {
    const q = o as PyQuitter;
    return newStr(`Use ${q.name}() or ${q.eof} to exit`);
  };
  QuitterType.call = (o, args, kw) => {
    checkArgs(`${(o as PyQuitter).name}`, args, kw, 0, 1);
    // Closing stdin can fail (it may be gone already); the exit happens anyway.
    try {
      (o as PyQuitter).closeStdin();
    } catch (e) {
      if (e instanceof PyObject) decref(e);
    }
    const code = args.length === 1 ? [args[0]] : [];
    for (const c of code) c.rc++;
    throw newExceptionArgs(SystemExitType, code);
  };
}
