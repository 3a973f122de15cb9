// Fast paths of the binary operators for exact ints (small enough to be JS
// numbers) and floats, which skip the slot dispatch of the abstract protocol.
//
// Each `xxxFast` returns the result CPython computes, or null when the
// operands are anything else or the case needs the general code (a zero
// divisor, a result beyond 2**53, big ints): the caller then goes through
// the protocol, which stays the only place that raises. An int operand of a
// float operation is converted exactly (it is below 2**53), as float_add and
// its siblings convert it. Ints and floats have no in-place slots, so
// `x += y` on them is the same operation.

import type { PyObject } from './object.js';
import * as ab from './abstract.js';
import { PyInt, IntType, newInt } from './types/int.js';
import { PyFloat, FloatType, newFloat } from './types/float.js';

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** The JS number of an exact int that is one, else NaN (which no fast path accepts). */
function smallInt(o: PyObject): number {
  if (o.type !== IntType) return NaN;
  const v = (o as PyInt).v;
  return typeof v === 'number' ? v : NaN;
}

// The operands floatPair accepted (scratch slots instead of an array per operation).
let fx = 0;
let fy = 0;

/** Whether a and b are exact floats, or one is and the other an exact small int; their values in fx, fy. */
function floatPair(a: PyObject, b: PyObject): boolean {
  const ta = a.type;
  const tb = b.type;
  if (ta === FloatType) {
    fx = (a as PyFloat).v;
    fy = tb === FloatType ? (b as PyFloat).v : smallInt(b);
    return fy === fy || tb === FloatType;
  }
  if (tb === FloatType) {
    fx = smallInt(a);
    fy = (b as PyFloat).v;
    return fx === fx;
  }
  return false;
}

/** A new int for an exact integer result, unless it left the safe range. */
function intResult(r: number): PyObject | null {
  if (r > MAX_SAFE || r < -MAX_SAFE) return null;
  return newInt(r === 0 ? 0 : r);
}

function addFast(a: PyObject, b: PyObject): PyObject | null {
  if (a.type === IntType && b.type === IntType) {
    const x = (a as PyInt).v;
    const y = (b as PyInt).v;
    return typeof x === 'number' && typeof y === 'number' ? intResult(x + y) : null;
  }
  if (a.type === FloatType && b.type === FloatType) return newFloat((a as PyFloat).v + (b as PyFloat).v);
  return floatPair(a, b) ? newFloat(fx + fy) : null;
}

function subFast(a: PyObject, b: PyObject): PyObject | null {
  if (a.type === IntType && b.type === IntType) {
    const x = (a as PyInt).v;
    const y = (b as PyInt).v;
    return typeof x === 'number' && typeof y === 'number' ? intResult(x - y) : null;
  }
  if (a.type === FloatType && b.type === FloatType) return newFloat((a as PyFloat).v - (b as PyFloat).v);
  return floatPair(a, b) ? newFloat(fx - fy) : null;
}

function mulFast(a: PyObject, b: PyObject): PyObject | null {
  if (a.type === IntType && b.type === IntType) {
    const x = (a as PyInt).v;
    const y = (b as PyInt).v;
    return typeof x === 'number' && typeof y === 'number' ? intResult(x * y) : null;
  }
  if (a.type === FloatType && b.type === FloatType) return newFloat((a as PyFloat).v * (b as PyFloat).v);
  return floatPair(a, b) ? newFloat(fx * fy) : null;
}

function trueDivFast(a: PyObject, b: PyObject): PyObject | null {
  const x = smallInt(a);
  const y = smallInt(b);
  // Both below 2**53: one correctly rounded division, as long_true_divide's fast path.
  if (x === x && y === y) return y === 0 ? null : newFloat(x / y);
  return floatPair(a, b) && fy !== 0 ? newFloat(fx / fy) : null;
}

function floorDivFast(a: PyObject, b: PyObject): PyObject | null {
  const x = smallInt(a);
  const y = smallInt(b);
  if (x === x && y === y) {
    if (y === 0) return null;
    const r = x % y;
    // x - r is a multiple of y below 2**53, so the division is exact; then round toward -inf.
    const q = (x - r) / y;
    return intResult(r !== 0 && (r < 0) !== (y < 0) ? q - 1 : q);
  }
  return floatPair(a, b) && fy !== 0 ? newFloat(floatFloorDiv(fx, fy)) : null;
}

/** float_floor_div: the quotient of float_divmod, computed from fmod as CPython does. */
function floatFloorDiv(vx: number, wx: number): number {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1;
    }
  }
  if (div === 0) {
    // A zero quotient takes the sign of the true quotient.
    const q = vx / wx;
    return q < 0 || Object.is(q, -0) ? -0 : 0;
  }
  let floordiv = Math.floor(div);
  if (div - floordiv > 0.5) floordiv += 1;
  return floordiv;
}

function modFast(a: PyObject, b: PyObject): PyObject | null {
  const x = smallInt(a);
  const y = smallInt(b);
  if (x === x && y === y) {
    if (y === 0) return null;
    const r = x % y;
    return newInt(r !== 0 && (r < 0) !== (y < 0) ? r + y : r === 0 ? 0 : r);
  }
  if (!floatPair(a, b) || fy === 0) return null;
  const wx = fy;
  let mod = fx % wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    // A zero remainder takes the divisor's sign.
    mod = wx < 0 ? -0 : 0;
  }
  return newFloat(mod);
}

/** Bitwise operators on ints that fit JS's 32-bit operators. */
function int32Pair(a: PyObject, b: PyObject): boolean {
  const x = smallInt(a);
  const y = smallInt(b);
  return (x | 0) === x && (y | 0) === y;
}

function andFast(a: PyObject, b: PyObject): PyObject | null {
  return int32Pair(a, b) ? newInt(((a as PyInt).v as number) & ((b as PyInt).v as number)) : null;
}

function orFast(a: PyObject, b: PyObject): PyObject | null {
  return int32Pair(a, b) ? newInt(((a as PyInt).v as number) | ((b as PyInt).v as number)) : null;
}

function xorFast(a: PyObject, b: PyObject): PyObject | null {
  return int32Pair(a, b) ? newInt(((a as PyInt).v as number) ^ ((b as PyInt).v as number)) : null;
}

// The operators generated code calls: a new reference to a op b, both borrowed.
// The number is the operator's index in abstract.ts's binary-op table.

export const add = (a: PyObject, b: PyObject): PyObject => addFast(a, b) ?? ab.binaryOp(a, b, 0);
export const sub = (a: PyObject, b: PyObject): PyObject => subFast(a, b) ?? ab.binaryOp(a, b, 1);
export const mul = (a: PyObject, b: PyObject): PyObject => mulFast(a, b) ?? ab.binaryOp(a, b, 2);
export const trueDiv = (a: PyObject, b: PyObject): PyObject => trueDivFast(a, b) ?? ab.binaryOp(a, b, 4);
export const floorDiv = (a: PyObject, b: PyObject): PyObject => floorDivFast(a, b) ?? ab.binaryOp(a, b, 5);
export const mod = (a: PyObject, b: PyObject): PyObject => modFast(a, b) ?? ab.binaryOp(a, b, 6);
export const and = (a: PyObject, b: PyObject): PyObject => andFast(a, b) ?? ab.binaryOp(a, b, 10);
export const xor = (a: PyObject, b: PyObject): PyObject => xorFast(a, b) ?? ab.binaryOp(a, b, 11);
export const or = (a: PyObject, b: PyObject): PyObject => orFast(a, b) ?? ab.binaryOp(a, b, 12);

export const iadd = (a: PyObject, b: PyObject): PyObject => addFast(a, b) ?? ab.inplaceOp(a, b, 0);
export const isub = (a: PyObject, b: PyObject): PyObject => subFast(a, b) ?? ab.inplaceOp(a, b, 1);
export const imul = (a: PyObject, b: PyObject): PyObject => mulFast(a, b) ?? ab.inplaceOp(a, b, 2);
export const itrueDiv = (a: PyObject, b: PyObject): PyObject => trueDivFast(a, b) ?? ab.inplaceOp(a, b, 4);
export const ifloorDiv = (a: PyObject, b: PyObject): PyObject => floorDivFast(a, b) ?? ab.inplaceOp(a, b, 5);
export const imod = (a: PyObject, b: PyObject): PyObject => modFast(a, b) ?? ab.inplaceOp(a, b, 6);
export const iand = (a: PyObject, b: PyObject): PyObject => andFast(a, b) ?? ab.inplaceOp(a, b, 10);
export const ixor = (a: PyObject, b: PyObject): PyObject => xorFast(a, b) ?? ab.inplaceOp(a, b, 11);
export const ior = (a: PyObject, b: PyObject): PyObject => orFast(a, b) ?? ab.inplaceOp(a, b, 12);
