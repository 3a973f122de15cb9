// str: an immutable sequence of code points (Objects/unicodeobject.c).
//
// The value is a JS string. A code point above U+FFFF is a surrogate pair in
// it, so `cplen` (the length in code points) is computed once; when it equals
// the JS length the string has no pairs and indexing is direct.

import { PyObject } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';

export const StrType = builtinType('str', ObjectType, { basicsize: 40, itemsize: 1 });

export class PyStr extends PyObject {
  /** Cached hash (low/high 32 bits); `hashed` tells whether it is computed. */
  hashLo = 0;
  hashHi = 0;
  hashed = false;
  interned = false;
  /** Length in code points, -1 until needed. */
  private cp = -1;
  constructor(public v: string, type: PyType = StrType) {
    super(type);
  }
  get cplen(): number {
    if (this.cp < 0) this.cp = codePointLength(this.v);
    return this.cp;
  }
}

const SURROGATE = /[\uD800-\uDFFF]/;

export function codePointLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) i++;
    }
    n++;
  }
  return n;
}

/** True when the JS string has no surrogate pairs (JS index = code point index). */
export function isSimple(s: PyStr): boolean {
  return s.cplen === s.v.length;
}

/** The interned strings (sys.intern, identifiers in code, attribute names). */
const interned = new Map<string, PyStr>();

/** CPython keeps one object per 1-character latin-1 string. */
const latin1: PyStr[] = [];

export const EMPTY = new PyStr('');
EMPTY.rc = 1 << 30;

/** A new str object (a new reference). */
export function newStr(v: string): PyStr {
  if (v.length <= 1) {
    if (v.length === 0) {
      EMPTY.rc++;
      return EMPTY;
    }
    const c = v.charCodeAt(0);
    if (c < 256) {
      let s = latin1[c];
      if (s === undefined) {
        s = latin1[c] = new PyStr(v);
        s.rc = 1 << 30;
        s.interned = true;
        interned.set(v, s);
      }
      s.rc++;
      return s;
    }
  }
  return new PyStr(v);
}

/** sys.intern / PyUnicode_InternInPlace: the interned object equal to s (new reference). */
export function intern(s: PyStr): PyStr {
  if (s.interned) {
    s.rc++;
    return s;
  }
  const prev = interned.get(s.v);
  if (prev !== undefined) {
    prev.rc++;
    return prev;
  }
  if (s.type !== StrType) {
    s.rc++;
    return s;
  }
  // CPython's interned dict does not own its entries (they are "mortal"): it
  // drops them when the string dies.
  interned.set(s.v, s);
  s.interned = true;
  s.rc++;
  return s;
}

/** The interned str for an identifier-like JS string (a new reference). */
export function internStr(v: string): PyStr {
  const prev = interned.get(v);
  if (prev !== undefined) {
    prev.rc++;
    return prev;
  }
  const s = newStr(v);
  if (s.interned) return s;
  interned.set(v, s);
  s.interned = true;
  return s;
}

export function forgetInterned(s: PyStr): void {
  if (s.interned && interned.get(s.v) === s) interned.delete(s.v);
}

StrType.dealloc = (o) => forgetInterned(o as PyStr);

import { reprStr } from '../../common/repr.js';
import { hashStr, hashHi } from '../../common/hash.js';
import { HASH } from '../hashing.js';
import { newBool } from './bool.js';
import { NotImplemented } from './none.js';
import { typeError } from '../errors.js';
import { Op } from '../abstract.js';

/** The hash of a str, computed once (the low 32 bits; high in HASH.hi). */
export function strHash(o: PyObject): number {
  const s = o as PyStr;
  if (!s.hashed) {
    s.hashLo = hashStr(s.v);
    s.hashHi = hashHi;
    s.hashed = true;
  }
  HASH.hi = s.hashHi;
  return s.hashLo;
}

function strCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (!(a instanceof PyStr) || !(b instanceof PyStr)) {
    NotImplemented.rc++;
    return NotImplemented;
  }
  const x = a.v;
  const y = b.v;
  switch (op) {
    case Op.EQ: return newBool(x === y);
    case Op.NE: return newBool(x !== y);
    default: {
      const c = compareCodePoints(x, y);
      return newBool(op === Op.LT ? c < 0 : op === Op.LE ? c <= 0 : op === Op.GT ? c > 0 : c >= 0);
    }
  }
}

/** Order by code point (JS compares UTF-16 units, which misorders astral characters against U+E000..U+FFFF). */
export function compareCodePoints(x: string, y: string): number {
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    let a = x.charCodeAt(i);
    let b = y.charCodeAt(i);
    if (a === b) continue;
    if (a >= 0xd800 && a < 0xe000) a += 0x10000;
    if (b >= 0xd800 && b < 0xe000) b += 0x10000;
    return a < b ? -1 : 1;
  }
  return x.length - y.length;
}

export function initStr(): void {
  StrType.repr = (o) => newStr(reprStr((o as PyStr).v));
  StrType.str = (o) => {
    if (o.type === StrType) {
      o.rc++;
      return o;
    }
    return newStr((o as PyStr).v);
  };
  StrType.hash = strHash;
  StrType.richcompare = strCompare;
  StrType.len = (o) => (o as PyStr).cplen;
  StrType.concat = (a, b) => {
    if (!(b instanceof PyStr)) throw typeError(`can only concatenate str (not "${b.type.name}") to str`);
    return newStr((a as PyStr).v + b.v);
  };
}
