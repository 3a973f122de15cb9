// The argument tuples and keyword dicts CPython builds for a call through
// tp_call (see typeobject.ts typeCall): pyheap passes arguments in arrays and
// makes these objects only where CPython would, for the collector's counts,
// the free lists, tracemalloc and the arguments' reference counts.

import { PyObject, decref } from './object.js';
import { PyTuple } from './types/tuple.js';
import { PyDict, newDict, dictSet } from './types/dict.js';
import { internStr } from './types/str.js';
import type { NativeFn } from './types/builtinfunc.js';

/** The tuple of the first n arguments (borrowed), made as _PyObject_MakeTpCall makes it. */
export function argTuple(args: PyObject[], n: number): PyTuple {
  const items = args.slice(0, n);
  for (let i = 0; i < n; i++) items[i].rc++;
  return new PyTuple(items);
}

/** The dict of the keyword arguments (the last kw.length of args, borrowed), as _PyStack_AsDict makes it. */
export function kwDict(args: PyObject[], kw: string[]): PyDict {
  const d = newDict();
  const base = args.length - kw.length;
  for (let i = 0; i < kw.length; i++) {
    const k = internStr(kw[i]);
    dictSet(d, k, args[base + i]);
    decref(k);
  }
  return d;
}

/**
 * A slot written in Python (__init__, __new__, __call__) passes the call's
 * keyword dict on to the method as a vectorcall: _PyStack_UnpackDict copies
 * the arguments, the first (self or the class) included, into a new array
 * with a reference each, and builds a tuple of the keyword names. Returns
 * that tuple (null without keywords, when nothing is copied); release with
 * releaseUnpacked.
 */
export function unpackKeywords(first: PyObject, args: PyObject[], kw: string[] | null): PyTuple | null {
  if (kw === null || kw.length === 0) return null;
  first.rc++;
  for (let i = 0; i < args.length; i++) args[i].rc++;
  return new PyTuple(kw.map((k) => internStr(k)));
}

export function releaseUnpacked(names: PyTuple | null, first: PyObject, args: PyObject[]): void {
  if (names === null) return;
  decref(first);
  for (let i = 0; i < args.length; i++) decref(args[i]);
  decref(names);
}

/**
 * tp_new_wrapper is a METH_VARARGS built-in: called with the arguments'
 * tuple (the subtype first), it passes the rest on as a tuple of their own.
 */
export function tpNewWrapper(fn: NativeFn): NativeFn {
  return (s, a, k) => {
    const npos = k === null ? a.length : a.length - k.length;
    const tup = npos > 0 ? argTuple(a, npos) : null;
    const kwd = npos < a.length ? kwDict(a, k!) : null;
    const rest = npos > 1 ? new PyTuple(a.slice(1, npos).map((x) => (x.rc++, x))) : null;
    try {
      return fn(s, a, k);
    } finally {
      if (rest !== null) decref(rest);
      if (tup !== null) decref(tup);
      if (kwd !== null) decref(kwd);
    }
  };
}
