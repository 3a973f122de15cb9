// The bisect module (Modules/_bisect.c of CPython 3.11): binary search and
// insertion with lo/hi bounds and key=. Each probe is one `<` comparison
// with CPython's operand order (item < a[mid] for the right variants,
// a[mid] < item for the left ones).

import { PyObject, decref } from '../runtime/object.js';
import { newBuiltin, type NativeFn } from '../runtime/types/builtinfunc.js';
import { newInt, unpackArgs, indexSsize } from '../runtime/types/int.js';
import { None, newNone } from '../runtime/types/none.js';
import { PyList, ListType, listInsert } from '../runtime/types/list.js';
import { internStr } from '../runtime/types/str.js';
import { PyModule } from '../runtime/types/module.js';
import { DictType } from '../runtime/types/dict.js';
import { typeError, valueError } from '../runtime/errors.js';
import * as ab from '../runtime/abstract.js';
import { Op } from '../runtime/abstract.js';
import type { Interpreter } from '../runtime/interp.js';

interface Args {
  a: PyObject;
  x: PyObject;
  lo: number;
  /** -1: up to len(a) (also when -1 is passed explicitly, as in CPython). */
  hi: number;
  key: PyObject | null;
}

const NAMES = ['a', 'x', 'lo', 'hi', 'key'];

/** (a, x, lo=0, hi=None, *, key=None) with Argument Clinic's messages. */
function parseArgs(name: string, args: PyObject[], kw: string[] | null): Args {
  const [a, x, lo, hi, key] = unpackArgs(name, args, kw, NAMES, 0, 4, 2);
  return {
    a: a!,
    x: x!,
    lo: lo === null ? 0 : indexSsize(lo),
    hi: hi === null || hi === None ? -1 : indexSsize(hi),
    key: key === null || key === None ? null : key,
  };
}

/** a[i] (PySequence_GetItem), mapped through key when given. */
function probe(a: PyObject, i: number, key: PyObject | null): PyObject {
  if (a.type.isSubtype(DictType)) throw typeError(`${a.type.name} is not a sequence`);
  const index = newInt(i);
  let item: PyObject;
  try {
    item = ab.getitem(a, index);
  } finally {
    decref(index);
  }
  if (key === null) return item;
  try {
    return ab.call(key, [item]);
  } finally {
    decref(item);
  }
}

/** The insertion point of item (already mapped through key) in a[lo:hi]. */
function bisect(a: PyObject, item: PyObject, lo: number, hi: number, key: PyObject | null, right: boolean): number {
  if (lo < 0) throw valueError('lo must be non-negative');
  if (hi === -1) hi = ab.len(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const litem = probe(a, mid, key);
    let before: boolean;
    try {
      before = right ? ab.compareBool(item, litem, Op.LT) : ab.compareBool(litem, item, Op.LT);
    } finally {
      decref(litem);
    }
    if (right === before) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function bisectFn(name: string, right: boolean): NativeFn {
  return (_s, args, kw) => {
    const p = parseArgs(name, args, kw);
    return newInt(bisect(p.a, p.x, p.lo, p.hi, p.key, right));
  };
}

function insortFn(name: string, right: boolean): NativeFn {
  return (_s, args, kw) => {
    const p = parseArgs(name, args, kw);
    let index: number;
    if (p.key === null) {
      index = bisect(p.a, p.x, p.lo, p.hi, null, right);
    } else {
      const kx = ab.call(p.key, [p.x]);
      try {
        index = bisect(p.a, kx, p.lo, p.hi, p.key, right);
      } finally {
        decref(kx);
      }
    }
    if (p.a.type === ListType) {
      listInsert(p.a as PyList, index, p.x);
    } else {
      const insert = ab.getattr(p.a, internStr('insert'));
      const i = newInt(index);
      try {
        decref(ab.call(insert, [i, p.x]));
      } finally {
        decref(i);
        decref(insert);
      }
    }
    return newNone();
  };
}

/** _bisect: the C accelerator's four functions, without bisect.py's aliases. */
export function initBisectC(m: PyModule, interp: Interpreter): void {
  initBisectParts(m, interp, false);
}

export function initBisect(m: PyModule, interp: Interpreter): void {
  initBisectParts(m, interp, true);
}

function initBisectParts(m: PyModule, _interp: Interpreter, full: boolean): void {
  const def = (name: string, fn: NativeFn) => {
    const f = newBuiltin(name, fn, '_bisect');
    m.set(name, f);
    decref(f);
  };
  def('bisect_right', bisectFn('bisect_right', true));
  def('insort_right', insortFn('insort_right', true));
  def('bisect_left', bisectFn('bisect_left', false));
  def('insort_left', insortFn('insort_left', false));
  if (!full) return;
  // bisect.py's aliases.
  m.set('bisect', m.get('bisect_right')!);
  m.set('insort', m.get('insort_right')!);
}
