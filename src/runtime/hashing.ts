// The 64-bit Py_hash_t, carried as two 32-bit halves.
//
// A hash slot returns the low 32 bits as a JS number and leaves the high 32
// bits in HASH.hi: no allocation on the hot path, and exact 64-bit values for
// the set's probe sequence (which shifts the full hash) and for hash() itself.

import { hashToInt } from '../common/hash.js';

export const HASH = { hi: 0 };

/** The Python-level value of the hash a slot just returned (lo) with HASH.hi. */
export function hashValue(lo: number, hi: number): number | bigint {
  return hashToInt(lo, hi | 0);
}

/** Split a Python-level hash (from __hash__) into lo/hi, as CPython truncates it to Py_hash_t. */
export function splitHash(v: number | bigint): number {
  if (typeof v === 'number' && v >= -0x80000000 && v <= 0x7fffffff) {
    HASH.hi = v < 0 ? -1 : 0;
    return v | 0;
  }
  const b = BigInt.asIntN(64, BigInt(v));
  HASH.hi = Number(BigInt.asIntN(32, b >> 32n));
  return Number(BigInt.asIntN(32, b));
}
