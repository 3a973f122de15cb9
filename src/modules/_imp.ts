// _imp: the import machinery's native helpers that lib/importlib uses.

import { decref } from '../runtime/object.js';
import { newBuiltin, checkArgs } from '../runtime/types/builtinfunc.js';
import { PyModule } from '../runtime/types/module.js';
import { PyStr } from '../runtime/types/str.js';
import { newNone } from '../runtime/types/none.js';
import { typeError } from '../runtime/errors.js';
import type { Interpreter } from '../runtime/interp.js';

export function initImp(m: PyModule, interp: Interpreter): void {
  const reload = newBuiltin('reload', (_s, a, k) => {
    checkArgs('reload', a, k, 1, 1);
    const mod = a[0];
    if (!(mod instanceof PyModule)) throw typeError('reload() argument must be a module');
    const file = mod.get('__file__');
    if (!(file instanceof PyStr)) throw typeError('reload() needs a module loaded from a file');
    interp.reloadModule(mod, file.v);
    return newNone();
  }, '_imp');
  m.set('reload', reload);
  decref(reload);
}
