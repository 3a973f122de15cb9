// The _weakref module (Modules/_weakref.c): the primitives lib/weakref.py builds on.

import { PyObject, decref } from '../runtime/object.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { newInt } from '../runtime/types/int.js';
import { newNone } from '../runtime/types/none.js';
import { newList } from '../runtime/types/list.js';
import { PyDict, dictGet, dictDel } from '../runtime/types/dict.js';
import { PyModule } from '../runtime/types/module.js';
import { WeakrefType, ProxyType, CallableProxyType, PyWeakref, newWeakref, weakrefCount,
  weakrefsOf } from '../runtime/types/weakref.js';
import { typeError } from '../runtime/errors.js';
import type { Interpreter } from '../runtime/interp.js';

export function initWeakrefModule(m: PyModule, _interp: Interpreter): void {
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, '_weakref');
    m.set(name, f);
    decref(f);
  };
  m.set('ref', WeakrefType);
  m.set('ReferenceType', WeakrefType);
  m.set('ProxyType', ProxyType);
  m.set('CallableProxyType', CallableProxyType);
  def('getweakrefcount', (_s, a, k) => {
    checkArgs('getweakrefcount', a, k, 1, 1);
    return newInt(a[0].type.hasWeakref ? weakrefCount(a[0]) : 0);
  });
  def('getweakrefs', (_s, a, k) => {
    checkArgs('getweakrefs', a, k, 1, 1);
    const refs = a[0].type.hasWeakref ? weakrefsOf(a[0]) : [];
    for (const r of refs) r.rc++;
    return newList(refs);
  });
  def('proxy', (_s, a, k) => {
    if (k !== null && k.length > 0) throw typeError('proxy() takes no keyword arguments');
    if (a.length < 1 || a.length > 2) {
      throw typeError(`proxy expected ${a.length < 1 ? 'at least 1' : 'at most 2'} argument${a.length < 1 ? '' : 's'}, got ${a.length}`);
    }
    const ob = a[0];
    const type = ob.type.call !== null ? CallableProxyType : ProxyType;
    return newWeakref(type, ob, a.length > 1 ? a[1] : null);
  });
  def('_remove_dead_weakref', (_s, a, k) => {
    checkArgs('_remove_dead_weakref', a, k, 2, 2);
    const d = a[0];
    if (!(d instanceof PyDict)) throw typeError(`_remove_dead_weakref() argument 1 must be dict, not ${d.type.name}`);
    const v: PyObject | null = dictGet(d, a[1]);
    if (v instanceof PyWeakref && v.obj === null) dictDel(d, a[1]);
    return newNone();
  });
}
