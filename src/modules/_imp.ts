// _imp: the import machinery's native helpers that lib/importlib uses.

import { decref } from '../runtime/object.js';
import { newBuiltin, checkArgs } from '../runtime/types/builtinfunc.js';
import { PyModule } from '../runtime/types/module.js';
import { PyStr } from '../runtime/types/str.js';
import { newNone } from '../runtime/types/none.js';
import { newBool } from '../runtime/types/bool.js';
import { newInt } from '../runtime/types/int.js';
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
  // pyheap has no frozen modules: every module comes from lib/ or is built
  // in, so whether frozen ones are used is always moot.
  const override = newBuiltin('_override_frozen_modules_for_tests', (_s, a, k) => {
    checkArgs('_override_frozen_modules_for_tests', a, k, 1, 1);
    return newNone();
  }, '_imp');
  m.set('_override_frozen_modules_for_tests', override);
  decref(override);
  const isFrozen = newBuiltin('is_frozen', (_s, a, k) => (checkArgs('is_frozen', a, k, 1, 1), newBool(false)), '_imp');
  m.set('is_frozen', isFrozen);
  decref(isFrozen);
  const isBuiltin = newBuiltin('is_builtin', (_s, a, k) => {
    checkArgs('is_builtin', a, k, 1, 1);
    if (!(a[0] instanceof PyStr)) throw typeError(`is_builtin() argument must be str, not ${a[0].type.name}`);
    return newInt(interp.nativeModules.has(a[0].v) || a[0].v === 'builtins' ? 1 : 0);
  }, '_imp');
  m.set('is_builtin', isBuiltin);
  decref(isBuiltin);
}
