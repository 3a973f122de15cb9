// The gc module (Modules/gcmodule.c of CPython 3.11): the interface to the
// collector of src/runtime/gc.ts, with Argument Clinic's messages.

import { PyObject, decref } from '../runtime/object.js';
import { newBuiltin, checkArgs, type NativeFn } from '../runtime/types/builtinfunc.js';
import { newInt, unpackArgs, indexSsize } from '../runtime/types/int.js';
import { None, newNone } from '../runtime/types/none.js';
import { newBool } from '../runtime/types/bool.js';
import { newTuple } from '../runtime/types/tuple.js';
import { PyList, newList, listAppend } from '../runtime/types/list.js';
import { newDict, dictSet } from '../runtime/types/dict.js';
import { newStr, internStr } from '../runtime/types/str.js';
import { PyModule } from '../runtime/types/module.js';
import { reportUnraisable } from '../runtime/types/typeobject.js';
import { addressHex } from '../runtime/heap.js';
import { call } from '../runtime/abstract.js';
import { typeError, valueError } from '../runtime/errors.js';
import { gcState, gcHooks, gcCollect, gcFreeze, gcUnfreeze, gcFreezeCount, isTracked, isGC, trackedObjectsOf,
  FINALIZED, DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL } from '../runtime/gc.js';
import type { Interpreter } from '../runtime/interp.js';

/** A C int argument (PyLong_AsInt through __index__). */
function intArg(o: PyObject): number {
  const v = indexSsize(o);
  if (v > 2147483647 || v < -2147483648) throw typeError('Python int too large to convert to C int');
  return v;
}


function referents(o: PyObject): PyObject[] {
  const out: PyObject[] = [];
  const tr = o.type.traverse;
  if (tr !== null) tr(o, (r) => out.push(r));
  return out;
}

function listOf(objs: PyObject[]): PyList {
  for (const o of objs) o.rc++;
  return newList(objs);
}

export function initGc(m: PyModule, interp: Interpreter): void {
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, 'gc');
    m.set(name, f);
    decref(f);
  };
  const noArgs = (name: string, fn: () => PyObject): NativeFn => (_s, a, k) => {
    checkArgs(`gc.${name}`, a, k, 0, 0);
    return fn();
  };
  const oneArg = (name: string, fn: (o: PyObject) => PyObject): NativeFn => (_s, a, k) => {
    checkArgs(`gc.${name}`, a, k, 1, 1);
    return fn(a[0]);
  };

  const garbage = newList([]);
  const callbacks = newList([]);
  m.set('garbage', garbage);
  m.set('callbacks', callbacks);

  gcHooks.writeStderr = (s) => interp.writeTo(interp.sysAttr('stderr'), s);
  gcHooks.describe = (o) => `${o.type.name} ${addressHex(o)}`;
  gcHooks.saveGarbage = (o) => listAppend(garbage, o);
  gcHooks.invokeCallbacks = (phase, gen, collected, uncollectable) => {
    if (callbacks.items.length === 0) return;
    const info = newDict();
    const put = (k: string, v: number) => {
      const key = internStr(k);
      const val = newInt(v);
      dictSet(info, key, val);
      decref(key);
      decref(val);
    };
    put('generation', gen);
    put('collected', collected);
    put('uncollectable', uncollectable);
    for (let i = 0; i < callbacks.items.length; i++) {
      const cb = callbacks.items[i];
      cb.rc++;
      const p = newStr(phase);
      try {
        decref(call(cb, [p, info]));
      } catch (e) {
        reportUnraisable.f(e, cb);
      } finally {
        decref(p);
        decref(cb);
      }
    }
    decref(info);
  };

  def('enable', noArgs('enable', () => ((gcState.enabled = true), newNone())));
  def('disable', noArgs('disable', () => ((gcState.enabled = false), newNone())));
  def('isenabled', noArgs('isenabled', () => newBool(gcState.enabled)));
  def('collect', (_s, a, k) => {
    const [g] = unpackArgs('collect', a, k, ['generation'], 0, 1, 0);
    const gen = g === null ? 2 : intArg(g);
    if (gen < 0 || gen > 2) throw valueError('invalid generation');
    return newInt(gcCollect(gen));
  });
  def('set_debug', oneArg('set_debug', (o) => ((gcState.debug = intArg(o)), newNone())));
  def('get_debug', noArgs('get_debug', () => newInt(gcState.debug)));
  def('get_count', noArgs('get_count', () => newTuple(gcState.gens.map((g) => newInt(g.count)))));
  def('set_threshold', (_s, a, k) => {
    if (k !== null && k.length > 0) throw typeError('set_threshold() takes no keyword arguments');
    if (a.length === 0) throw typeError('set_threshold() takes at least 1 argument (0 given)');
    if (a.length > 3) throw typeError(`set_threshold() takes at most 3 arguments (${a.length} given)`);
    const v = a.map(intArg);
    for (let i = 0; i < v.length; i++) gcState.gens[i].threshold = v[i];
    return newNone();
  });
  def('get_threshold', noArgs('get_threshold', () => newTuple(gcState.gens.map((g) => newInt(g.threshold)))));
  def('get_objects', (_s, a, k) => {
    const [g] = unpackArgs('get_objects', a, k, ['generation'], 0, 1, 0);
    const gen = g === null || g === None ? -1 : intArg(g);
    if (gen >= 3) throw valueError('generation parameter must be less than the number of available generations (3)');
    if (gen < -1) throw valueError('generation parameter cannot be negative');
    return listOf(trackedObjectsOf(gen));
  });
  def('get_stats', noArgs('get_stats', () => newList(gcState.stats.map((s) => {
    const d = newDict();
    for (const [key, v] of [['collections', s.collections], ['collected', s.collected], ['uncollectable', s.uncollectable]] as const) {
      const kk = internStr(key);
      const vv = newInt(v);
      dictSet(d, kk, vv);
      decref(kk);
      decref(vv);
    }
    return d;
  }))));
  def('get_referrers', (_s, a, k) => {
    if (k !== null && k.length > 0) throw typeError('get_referrers() takes no keyword arguments');
    const targets = new Set(a);
    const out: PyObject[] = [];
    for (const o of trackedObjectsOf(-1)) {
      const tr = o.type.traverse;
      if (tr === null) continue;
      let hit = false;
      tr(o, (r) => {
        if (targets.has(r)) hit = true;
      });
      if (hit) out.push(o);
    }
    return listOf(out);
  });
  def('get_referents', (_s, a, k) => {
    if (k !== null && k.length > 0) throw typeError('get_referents() takes no keyword arguments');
    const out: PyObject[] = [];
    for (const o of a) if (isGC(o)) out.push(...referents(o));
    return listOf(out);
  });
  def('is_tracked', oneArg('is_tracked', (o) => newBool(isTracked(o))));
  def('is_finalized', oneArg('is_finalized', (o) => newBool(isGC(o) && ((o.gcFlags ?? 0) & FINALIZED) !== 0)));
  def('freeze', noArgs('freeze', () => (gcFreeze(), newNone())));
  def('unfreeze', noArgs('unfreeze', () => (gcUnfreeze(), newNone())));
  def('get_freeze_count', noArgs('get_freeze_count', () => newInt(gcFreezeCount())));

  const setInt = (name: string, v: number) => {
    const o = newInt(v);
    m.set(name, o);
    decref(o);
  };
  setInt('DEBUG_STATS', DEBUG_STATS);
  setInt('DEBUG_COLLECTABLE', DEBUG_COLLECTABLE);
  setInt('DEBUG_UNCOLLECTABLE', DEBUG_UNCOLLECTABLE);
  setInt('DEBUG_SAVEALL', DEBUG_SAVEALL);
  setInt('DEBUG_LEAK', DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL);
  decref(garbage);
  decref(callbacks);
}
