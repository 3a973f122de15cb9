// int: arbitrary precision (Objects/longobject.c).
//
// The value is a JS number while it is a safe integer and a bigint beyond:
// the common case stays on V8's fast double arithmetic and only big values
// pay for BigInt. Every constructor below normalises, so `typeof v` tells the
// representation. -5..256 are cached, as CPython's small ints are.

import { PyObject } from '../object.js';
import { builtinType, ObjectType, type PyType } from '../type.js';

export const IntType = builtinType('int', ObjectType, { basicsize: 24, itemsize: 4 });

export class PyInt extends PyObject {
  constructor(public v: number | bigint, type: PyType = IntType) {
    super(type);
  }
}

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const small: PyInt[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = new PyInt(i);
  o.rc = 1 << 30;
  small.push(o);
}

/** A new reference to the int `v` (a safe-integer number). */
export function newInt(v: number): PyInt {
  if (v >= SMALL_MIN && v <= SMALL_MAX && (v | 0) === v) {
    const o = small[v - SMALL_MIN];
    o.rc++;
    return o;
  }
  return new PyInt(v === 0 ? 0 : v);
}

/** A new reference to the int `v`, normalised to a number when it is safe. */
export function newIntBig(v: bigint): PyInt {
  if (v >= -9007199254740991n && v <= 9007199254740991n) return newInt(Number(v));
  return new PyInt(v);
}

export function newIntAny(v: number | bigint): PyInt {
  return typeof v === 'number' ? (Number.isSafeInteger(v) ? newInt(v) : newIntBig(BigInt(v))) : newIntBig(v);
}

export function smallInt(v: number): PyInt {
  return small[v - SMALL_MIN];
}

export function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}
