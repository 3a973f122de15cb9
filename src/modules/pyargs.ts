// Argument binding with the messages of a function written in Python.
//
// Some functions that CPython's standard library writes in Python (heapq's
// nlargest, random.Random's methods) are native here; a wrong call must still
// fail as the Python function does ("f() missing 1 required positional
// argument: 'b'"), not as a C function would.

import type { PyObject } from '../runtime/object.js';
import { typeError } from '../runtime/errors.js';

/** A Python signature: positional-or-keyword names, then keyword-only names. */
export interface PySignature {
  /** The qualified name used in messages: 'nlargest', 'Random.randint'. */
  name: string;
  params: string[];
  kwonly: string[];
  /** How many leading params have no default. */
  required: number;
  /** 1 for methods: messages count `self` among the positional arguments. */
  self: 0 | 1;
}

/** The quoted list of a message: 'a', 'a' and 'b', 'a', 'b', and 'c'. */
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Bind args (positional values, then keyword values named by kwnames) to the
 *  signature: one borrowed value per parameter, null for defaults not given. */
export function bindPyArgs(sig: PySignature, args: PyObject[], kwnames: string[] | null): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const np = sig.params.length;
  if (npos > np) {
    const total = np + sig.self;
    const given = npos + sig.self;
    const takes = sig.required === np ? `${total}` : `from ${sig.required + sig.self} to ${total}`;
    throw typeError(`${sig.name}() takes ${takes} positional argument${total === 1 && takes === '1' ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  // Native methods with Python signatures bind at every call: no temporary arrays on the way.
  const n = np + sig.kwonly.length;
  // Made at its size (pushes onto [] would reserve 17 slots).
  const out = new Array<PyObject | null>(n);
  for (let i = 0; i < n; i++) out[i] = i < npos ? args[i] : null;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i];
    let j = sig.params.indexOf(k);
    if (j < 0) {
      j = sig.kwonly.indexOf(k);
      if (j < 0) throw typeError(`${sig.name}() got an unexpected keyword argument '${k}'`);
      j += np;
    }
    if (out[j] !== null) throw typeError(`${sig.name}() got multiple values for argument '${k}'`);
    out[j] = args[npos + i];
  }
  for (let i = npos; i < sig.required; i++) {
    if (out[i] === null) {
      const missing = sig.params.slice(0, sig.required).filter((_, m) => out[m] === null);
      throw typeError(`${sig.name}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${nameList(missing)}`);
    }
  }
  return out;
}
