// The math module (Modules/mathmodule.c of CPython 3.11).
//
// Floating-point functions get their bits from src/common/libm.ts (glibc's
// algorithms) and float.ts's libmPow; the error rules are CPython's math_1,
// math_1a and math_2: a NaN from a non-NaN argument is ValueError("math domain
// error"), an infinity from finite arguments OverflowError("math range error")
// or ValueError, depending on the function. gamma and lgamma are CPython's
// own Lanczos implementations, which report errors through errno.

import { PyObject, decref } from '../runtime/object.js';
import { newBuiltin, checkArgs, noKw, type NativeFn } from '../runtime/types/builtinfunc.js';
import { PyInt, IntType, newInt, newIntValue, numberIndex, bitLength, normInt, type Int } from '../runtime/types/int.js';
import { PyFloat, FloatType, newFloat, asDouble, libmPow } from '../runtime/types/float.js';
import { newTuple, PyTuple, TupleType, sequenceTuple } from '../runtime/types/tuple.js';
import { newBool } from '../runtime/types/bool.js';
import { None } from '../runtime/types/none.js';
import { PyModule } from '../runtime/types/module.js';
import { clinicArgs } from '../runtime/types/str.js';
import { unpackArgs } from '../runtime/types/int.js';
import { callBound } from '../runtime/types/typeobject.js';
import { typeError, valueError, overflowError } from '../runtime/errors.js';
import { getIter, iterNext, binaryOp, Bin } from '../runtime/abstract.js';
import { intToFloat } from '../common/numfmt.js';
import * as libm from '../common/libm.js';
import type { Interpreter } from '../runtime/interp.js';

const PI = 3.141592653589793;
const LOGPI = 1.1447298858494002;
const LONG_MAX = 9223372036854775807n;

// ---------------------------------------------------------------- error rules

const EDOM = 33;
const ERANGE = 34;
/** The errno of the last gamma/lgamma call (0, EDOM or ERANGE). */
let errno = 0;

function domainError(): PyObject {
  return valueError('math domain error');
}

function rangeError(): PyObject {
  return overflowError('math range error');
}

/** is_error: EDOM is ValueError; ERANGE is OverflowError unless the result underflowed (|r| < 1.5). */
function checkErrno(r: number): void {
  if (errno === EDOM) throw domainError();
  if (errno === ERANGE && Math.abs(r) >= 1.5) throw rangeError();
}

/** math_1: the result of a libm function of one argument, with CPython's checks. */
function math1(x: number, r: number, canOverflow: boolean): PyObject {
  if (r !== r && x === x) throw domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw canOverflow ? rangeError() : domainError();
  return newFloat(r);
}

/** math_2's checks for a function of two arguments. */
function math2(x: number, y: number, r: number): PyObject {
  if (r !== r) {
    if (x === x && y === y) throw domainError();
  } else if ((r === Infinity || r === -Infinity) && Number.isFinite(x) && Number.isFinite(y)) {
    throw rangeError();
  }
  return newFloat(r);
}

/** PyLong_FromDouble of an integral double. */
function intFromDouble(x: number): PyObject {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  return newIntValue(Number.isSafeInteger(x) ? x || 0 : BigInt(x));
}

/** ASSIGN_DOUBLE: an exact float or int directly, anything else through __float__/__index__. */
function toDouble(o: PyObject): number {
  if (o.type === FloatType) return (o as PyFloat).v;
  if (o.type === IntType) return intToFloat((o as PyInt).v);
  return asDouble(o);
}

// ---------------------------------------------------------------- gamma and lgamma (CPython's own)

/** sin(pi x), exact at integers and half-integers (for the reflection formula). */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0: r = libm.sin(PI * y); break;
    case 1: r = libm.cos(PI * (y - 0.5)); break;
    // -sin(pi (y - 1)) would give -0.0 at y == 1.
    case 2: r = libm.sin(PI * (1 - y)); break;
    case 3: r = -libm.cos(PI * (y - 1.5)); break;
    default: r = libm.sin(PI * (y - 2)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

// Lanczos approximation with N = 13 and g = 6.024680040776729583740234375
// (Boost's parameters), as a rational function.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408];
// The denominator x (x + 1) ... (x + 11) expanded.
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0,
  357423.0, 32670.0, 1925.0, 66.0, 1.0];
/** gamma(n) for n = 1 .. 23, exactly. */
const GAMMA_INTEGRAL = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800,
  87178291200, 1307674368000, 20922789888000, 355687428096000, 6402373705728000, 121645100408832000,
  2432902008176640000, 51090942171709440000, 1124000727777607680000];

/** The Lanczos sum for x > 0; above 5 it is evaluated in 1/x to avoid overflow. */
function lanczosSum(x: number): number {
  let num = 0, den = 0;
  if (x < 5) {
    for (let i = 12; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i];
      den = den * x + LANCZOS_DEN[i];
    }
  } else {
    for (let i = 0; i < 13; i++) {
      num = num / x + LANCZOS_NUM[i];
      den = den / x + LANCZOS_DEN[i];
    }
  }
  return num / den;
}

function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (x !== x || x > 0) return x;
    errno = EDOM;
    return NaN;
  }
  if (x === 0) {
    errno = EDOM;
    return Object.is(x, -0) ? -Infinity : Infinity;
  }
  if (x === Math.floor(x)) {
    if (x < 0) {
      errno = EDOM;
      return NaN;
    }
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    if (r === Infinity || r === -Infinity) errno = ERANGE;
    return r;
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinpi(x);
    errno = ERANGE;
    return Infinity;
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, scaled into a correction factor 1 + z.
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    const q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    const q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = z * LANCZOS_G / y;
  let r: number;
  if (x < 0) {
    r = -PI / sinpi(absx) / absx * libm.exp(y) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) {
      r /= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140) {
      r *= libmPow(y, absx - 0.5);
    } else {
      const sqrtpow = libmPow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  if (r === Infinity || r === -Infinity) errno = ERANGE;
  return r;
}

function lgamma(x: number): number {
  if (!Number.isFinite(x)) return x !== x ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) {
    if (x <= 0) {
      errno = EDOM;
      return Infinity;
    }
    return 0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  // The reflection formula for negative x.
  if (x < 0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (r === Infinity || r === -Infinity) errno = ERANGE;
  return r;
}

// ---------------------------------------------------------------- other float helpers

/** atan2 with CPython's own special values (m_atan2). */
function mAtan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity || x === -Infinity) return copysign(x > 0 ? 0.25 * PI : 0.75 * PI, y);
    return copysign(0.5 * PI, y);
  }
  if (x === Infinity || x === -Infinity || y === 0) {
    return copysign(x > 0 || Object.is(x, 0) ? 0 : PI, y);
  }
  return libm.atan2(y, x);
}

const F64 = new Float64Array(1);
const U64 = new BigUint64Array(F64.buffer);

/** The sign bit of x, also of zeros and NaNs. */
function signBit(x: number): boolean {
  F64[0] = x;
  return U64[0] >> 63n === 1n;
}

function copysign(x: number, y: number): number {
  return signBit(y) ? -Math.abs(x) : Math.abs(x);
}

/** IEEE remainder: x - n y for the integer n nearest x / y (ties to even); always exact. */
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    // Compare m with absy - m rather than absy / 2, which may not be exact.
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (absx - m)) % absy);
    return copysign(1, x) * r;
  }
  if (x !== x) return x;
  if (y !== y) return y;
  if (x === Infinity || x === -Infinity) return NaN;
  return x;
}

/** nextafter(x, y): the next double from x toward y. */
function nextafter(x: number, y: number): number {
  if (x !== x || y !== y) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  F64[0] = x;
  if ((y > x) === (x > 0)) U64[0]++;
  else U64[0]--;
  return F64[0];
}

function ulp(x: number): number {
  if (x !== x) return x;
  x = Math.abs(x);
  if (x === Infinity) return x;
  const x2 = nextafter(x, Infinity);
  if (x2 === Infinity) return x - nextafter(x, -Infinity);
  return x2 - x;
}

/** The scaled Euclidean norm of CPython's vector_norm: lossless power-of-two
 *  scaling, Veltkamp-Dekker squaring, compensated summation and a
 *  differential correction of the square root. */
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  const n = vec.length;
  if (max === Infinity) return max;
  if (foundNan) return NaN;
  if (max === 0 || n <= 1) return max;
  const T27 = 134217729;
  let csum = 1, frac1 = 0, frac2 = 0, frac3 = 0;
  libm.frexp(max);
  const maxE = libm.frexpExponent();
  if (maxE >= -1023) {
    const scale = libm.ldexp(1, -maxE);
    for (let i = 0; i < n; i++) {
      const x = vec[i] * scale;
      const t = x * T27;
      const hi = t - (t - x);
      const lo = x - hi;
      let sq = hi * hi;
      let old = csum;
      csum += sq;
      frac1 += (old - csum) + sq;
      sq = 2 * hi * lo;
      old = csum;
      csum += sq;
      frac2 += (old - csum) + sq;
      frac3 += lo * lo;
    }
    const h = Math.sqrt(csum - 1 + (frac1 + frac2 + frac3));
    const t = h * T27;
    const hi = t - (t - h);
    const lo = h - hi;
    let x = -hi * hi;
    let old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1 + (frac1 + frac2 + frac3);
    return (h + x / (2 * h)) / scale;
  }
  // Below the normal range a power-of-two scale would overflow: divide by max.
  for (let i = 0; i < n; i++) {
    let x = vec[i] / max;
    x = x * x;
    const old = csum;
    csum += x;
    frac1 += (old - csum) + x;
  }
  return max * Math.sqrt(csum - 1 + frac1);
}

/** math.fsum: Shewchuk's exact partial sums, rounded once at the end (msum). */
function fsum(seq: PyObject): number {
  const it = getIter(seq);
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  try {
    for (let item = iterNext(it); item !== null; item = iterNext(it)) {
      let x: number;
      try {
        x = toDouble(item);
      } finally {
        decref(item);
      }
      const xsave = x;
      let i = 0;
      for (let j = 0; j < p.length; j++) {
        let y = p[j];
        if (Math.abs(x) < Math.abs(y)) {
          const t = x;
          x = y;
          y = t;
        }
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo !== 0) p[i++] = lo;
        x = hi;
      }
      p.length = i;
      if (x !== 0) {
        if (!Number.isFinite(x)) {
          // An infinity or NaN summand, or intermediate overflow.
          if (Number.isFinite(xsave)) throw overflowError('intermediate overflow in fsum');
          if (xsave === Infinity || xsave === -Infinity) infSum += xsave;
          specialSum += xsave;
          p.length = 0;
        } else {
          p.push(x);
        }
      }
    }
  } finally {
    decref(it);
  }
  if (specialSum !== 0) {
    if (infSum !== infSum) throw valueError('-inf + inf in fsum');
    return specialSum;
  }
  let n = p.length;
  let hi = 0;
  if (n > 0) {
    hi = p[--n];
    let lo = 0;
    // Sum from the top until the sum becomes inexact.
    while (n > 0) {
      const x = hi;
      const y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // Round half-even across the remaining partials.
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}

// ---------------------------------------------------------------- integer functions

function absBig(v: Int): bigint {
  const b = BigInt(v);
  return b < 0n ? -b : b;
}

function gcdInt(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    let x = Math.abs(a), y = Math.abs(b);
    while (y !== 0) {
      const t = x % y;
      x = y;
      y = t;
    }
    return x;
  }
  let x = absBig(a), y = absBig(b);
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return normInt(x);
}

function intValueOf(o: PyObject): Int {
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  return v;
}

/** The product lo * (lo + 1) * ... * (hi - 1), by binary splitting (fast for long ranges). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

/** math.factorial's conversion of its argument: a C long, with CPython's errors. */
function factorialArg(o: PyObject): bigint {
  const v = BigInt(intValueOf(o));
  if (v > LONG_MAX) throw overflowError(`factorial() argument should not exceed ${LONG_MAX}`);
  if (v < 0n) throw valueError('factorial() not defined for negative values');
  return v;
}

function isqrt(n: Int): Int {
  if (typeof n === 'number') {
    let r = Math.floor(Math.sqrt(n));
    // The double square root can be one off near 2**53.
    while (r * r > n) r--;
    while ((r + 1) * (r + 1) <= n) r++;
    return r;
  }
  // Newton's iteration from above, in integers.
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return normInt(x);
    x = y;
  }
}

/** math.comb(n, k) and math.perm(n, k) for validated n >= k >= 0. */
function combOrPerm(n: bigint, k: bigint, comb: boolean): bigint {
  if (comb && n - k < k) k = n - k;
  const p = rangeProduct(n - k + 1n, n + 1n);
  return comb ? p / rangeProduct(1n, k + 1n) : p;
}

/** _PyLong_Frexp for ints too large for a double: (x, e) with n ~ x * 2**e, x in [0.5, 1) rounded to 53 bits. */
function bigFrexp(n: bigint): [number, number] {
  const nbits = n.toString(2).length;
  const shift = BigInt(nbits - 55);
  let m = n >> shift;
  // A sticky bit for everything shifted out, so that one rounding is exact.
  if ((m << shift) !== n) m |= 1n;
  let x = Number(m) / 2 ** 55;
  let e = nbits;
  if (x === 1) {
    x = 0.5;
    e++;
  }
  return [x, e];
}

/** loghelper: ints of any size (log(x) + log(2) e for those beyond a double), else math_1. */
function logHelper(o: PyObject, f: (x: number) => number): number {
  if (o instanceof PyInt) {
    const v = o.v;
    if (v <= 0) throw domainError();
    const x = Number(v);
    if (x !== Infinity) return f(x);
    const [m, e] = bigFrexp(v as bigint);
    return f(m) + f(2) * e;
  }
  const x = asDouble(o);
  const r = f(x);
  if (r !== r && x === x) throw domainError();
  if ((r === Infinity || r === -Infinity) && Number.isFinite(x)) throw domainError();
  return r;
}

/** m_log, m_log2, m_log10: special values handled before the C function. */
function logOf(f: (x: number) => number): (x: number) => number {
  return (x) => {
    if (Number.isFinite(x)) {
      if (x > 0) return f(x);
      return x === 0 ? -Infinity : NaN;
    }
    if (x !== x || x > 0) return x;
    return NaN;
  };
}
const mLog = logOf(libm.log);
const mLog2 = logOf(libm.log2);
const mLog10 = logOf(libm.log10);

/** math.pow: IEEE special values by hand, libm for finite arguments. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x !== x) return y === 0 ? 1 : x;
    if (y !== y) return x === 1 ? 1 : y;
    if (x === Infinity || x === -Infinity) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  const r = powFinite(x, y);
  if (r !== r) throw domainError();
  if (r === Infinity || r === -Infinity) throw x === 0 ? domainError() : rangeError();
  return r;
}

/** C's pow for finite arguments (libmPow takes the sign and zero cases from the caller). */
function powFinite(x: number, y: number): number {
  if (y === 0) return 1;
  if (x === 0) {
    const odd = Math.abs(y) % 2 === 1;
    if (y < 0) return odd ? (Object.is(x, -0) ? -Infinity : Infinity) : Infinity;
    return odd ? x : 0;
  }
  if (x < 0) {
    if (y !== Math.trunc(y)) return NaN;
    const r = libmPow(-x, y);
    return Math.abs(y) % 2 === 1 ? -r : r;
  }
  return libmPow(x, y);
}

// ---------------------------------------------------------------- the module

type Def = (name: string, fn: NativeFn) => void;

/** A one-argument function under math_1's rules. */
function defUnary(def: Def, name: string, f: (x: number) => number, canOverflow: boolean): void {
  const q = `math.${name}`;
  def(name, (_s, a, k) => {
    checkArgs(q, a, k, 1, 1);
    const x = asDouble(a[0]);
    return math1(x, f(x), canOverflow);
  });
}

/** A one-argument function that reports errors through errno (math_1a). */
function defUnaryErrno(def: Def, name: string, f: (x: number) => number): void {
  const q = `math.${name}`;
  def(name, (_s, a, k) => {
    checkArgs(q, a, k, 1, 1);
    const x = asDouble(a[0]);
    errno = 0;
    const r = f(x);
    checkErrno(r);
    return newFloat(r);
  });
}

/** A two-argument function under math_2's rules. */
function defBinary(def: Def, name: string, f: (x: number, y: number) => number): void {
  const q = `math.${name}`;
  def(name, (_s, a, k) => {
    clinicArgs(q, name, a, k, 2, 2);
    const x = asDouble(a[0]);
    const y = asDouble(a[1]);
    return math2(x, y, f(x, y));
  });
}

/** floor/ceil: __floor__/__ceil__ of anything but an exact float, else the double's. */
function roundingFunction(name: string, dunder: string, f: (x: number) => number): NativeFn {
  const q = `math.${name}`;
  return (_s, a, k) => {
    checkArgs(q, a, k, 1, 1);
    const o = a[0];
    if (o.type !== FloatType) {
      const method = o.type.lookup(dunder);
      if (method !== null) return callBound(method, o, []);
      // int.__floor__ and int.__ceil__ return the int itself.
      if (o instanceof PyInt) return newIntValue(o.v);
    }
    return intFromDouble(f(asDouble(o)));
  };
}

function gcdFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('math.gcd', k);
  if (a.length === 0) return newInt(0);
  let res = intValueOf(a[0]);
  if (a.length === 1) return newIntValue(typeof res === 'number' ? Math.abs(res) : normInt(absBig(res)));
  for (let i = 1; i < a.length; i++) {
    const x = intValueOf(a[i]);
    // Once the gcd is 1 the remaining arguments are only checked.
    if (res !== 1) res = gcdInt(res, x);
  }
  return newIntValue(res);
}

function lcmFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('math.lcm', k);
  if (a.length === 0) return newInt(1);
  let res = intValueOf(a[0]);
  if (a.length === 1) return newIntValue(typeof res === 'number' ? Math.abs(res) : normInt(absBig(res)));
  for (let i = 1; i < a.length; i++) {
    const x = intValueOf(a[i]);
    if (res === 0) continue;
    if (x === 0) {
      res = 0;
      continue;
    }
    const g = BigInt(gcdInt(res, x));
    res = normInt(absBig(BigInt(res) / g * BigInt(x)));
  }
  return newIntValue(res);
}

function factorialFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('math.factorial', a, k, 1, 1);
  return newIntValue(normInt(rangeProduct(1n, factorialArg(a[0]) + 1n)));
}

function combFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  clinicArgs('math.comb', 'comb', a, k, 2, 2);
  const n = BigInt(intValueOf(a[0]));
  let kk = BigInt(intValueOf(a[1]));
  if (n < 0n) throw valueError('n must be a non-negative integer');
  if (kk < 0n) throw valueError('k must be a non-negative integer');
  if (kk > n) return newInt(0);
  if (n - kk < kk) kk = n - kk;
  if (kk > LONG_MAX) throw overflowError(`min(n - k, k) must not exceed ${LONG_MAX}`);
  return newIntValue(normInt(combOrPerm(n, kk, true)));
}

function permFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  clinicArgs('math.perm', 'perm', a, k, 1, 2);
  if (a.length === 1 || a[1] === None) return newIntValue(normInt(rangeProduct(1n, factorialArg(a[0]) + 1n)));
  const n = BigInt(intValueOf(a[0]));
  const kk = BigInt(intValueOf(a[1]));
  if (n < 0n) throw valueError('n must be a non-negative integer');
  if (kk < 0n) throw valueError('k must be a non-negative integer');
  if (n < kk) return newInt(0);
  if (kk > LONG_MAX) throw overflowError(`k must not exceed ${LONG_MAX}`);
  return newIntValue(normInt(combOrPerm(n, kk, false)));
}

function isqrtFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('math.isqrt', a, k, 1, 1);
  const n = intValueOf(a[0]);
  if (n < 0) throw valueError('isqrt() argument must be nonnegative');
  return newIntValue(isqrt(n));
}

function truncFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('math.trunc', a, k, 1, 1);
  const o = a[0];
  if (o.type === FloatType) return intFromDouble(Math.trunc((o as PyFloat).v));
  const method = o.type.lookup('__trunc__');
  // int.__trunc__ returns the int itself.
  if (method === null && o instanceof PyInt) return newIntValue(o.v);
  if (method === null) throw typeError(`type ${o.type.name} doesn't define __trunc__ method`);
  return callBound(method, o, []);
}

function logFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('math.log', k);
  if (a.length < 1 || a.length > 2) throw typeError('math.log requires 1 to 2 arguments');
  const num = newFloat(logHelper(a[0], mLog));
  if (a.length === 1) return num;
  try {
    const den = newFloat(logHelper(a[1], mLog));
    try {
      return binaryOp(num, den, Bin.TRUEDIV);
    } finally {
      decref(den);
    }
  } finally {
    decref(num);
  }
}

function ldexpFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  clinicArgs('math.ldexp', 'ldexp', a, k, 2, 2);
  const x = asDouble(a[0]);
  const i = a[1];
  if (!(i instanceof PyInt)) throw typeError('Expected an int as second argument to ldexp.');
  let e = i.v;
  // Exponents beyond a C long are clamped, as PyLong_AsLongAndOverflow reports them.
  if (typeof e === 'bigint') e = e < 0n ? -(2 ** 63) : 2 ** 63;
  if (x === 0 || !Number.isFinite(x)) return newFloat(x);
  if (e > 2147483647) throw rangeError();
  const r = e < -2147483648 ? copysign(0, x) : libm.ldexp(x, e);
  if (r === Infinity || r === -Infinity) throw rangeError();
  return newFloat(r);
}

function fmodFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  clinicArgs('math.fmod', 'fmod', a, k, 2, 2);
  const x = asDouble(a[0]);
  const y = asDouble(a[1]);
  // fmod(x, +-inf) is x for finite x.
  if ((y === Infinity || y === -Infinity) && Number.isFinite(x)) return newFloat(x);
  const r = x % y;
  if (r !== r && x === x && y === y) throw domainError();
  return newFloat(r);
}

function modfFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('math.modf', a, k, 1, 1);
  const x = asDouble(a[0]);
  if (x === Infinity || x === -Infinity) return newTuple([newFloat(copysign(0, x)), newFloat(x)]);
  if (x !== x) return newTuple([newFloat(x), newFloat(x)]);
  const ip = Math.trunc(x);
  return newTuple([newFloat(copysign(x - ip, x)), newFloat(ip)]);
}

function frexpFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('math.frexp', a, k, 1, 1);
  const x = asDouble(a[0]);
  if (x !== x || x === Infinity || x === -Infinity || x === 0) return newTuple([newFloat(x), newInt(0)]);
  const m = libm.frexp(x);
  return newTuple([newFloat(m), newInt(libm.frexpExponent())]);
}

function hypotFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  noKw('math.hypot', k);
  const coords: number[] = [];
  let max = 0;
  let foundNan = false;
  for (const item of a) {
    const x = Math.abs(toDouble(item));
    coords.push(x);
    if (x !== x) foundNan = true;
    if (x > max) max = x;
  }
  return newFloat(vectorNorm(coords, max, foundNan));
}

/** PySequence_Tuple unless o is already a tuple (a new reference either way). */
function asTuple(o: PyObject): PyTuple {
  if (o instanceof PyTuple && o.type === TupleType) {
    o.rc++;
    return o;
  }
  return sequenceTuple(o);
}

function distFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  clinicArgs('math.dist', 'dist', a, k, 2, 2);
  const p = asTuple(a[0]);
  let q: PyTuple;
  try {
    q = asTuple(a[1]);
  } catch (e) {
    decref(p);
    throw e;
  }
  try {
    const n = q.items.length;
    if (p.items.length !== n) throw valueError('both points must have the same number of dimensions');
    const diffs: number[] = [];
    let max = 0;
    let foundNan = false;
    for (let i = 0; i < n; i++) {
      const px = toDouble(p.items[i]);
      const qx = toDouble(q.items[i]);
      const x = Math.abs(px - qx);
      diffs.push(x);
      if (x !== x) foundNan = true;
      if (x > max) max = x;
    }
    return newFloat(vectorNorm(diffs, max, foundNan));
  } finally {
    decref(p);
    decref(q);
  }
}

function iscloseFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  const npos = a.length - (k === null ? 0 : k.length);
  if (npos > 2) throw typeError(`isclose() takes exactly 2 positional arguments (${npos} given)`);
  const [ao, bo, relo, abso] = unpackArgs('isclose', a, k, ['a', 'b', 'rel_tol', 'abs_tol'], 0, 2, 2);
  const x = asDouble(ao!);
  const y = asDouble(bo!);
  const relTol = relo === null ? 1e-9 : asDouble(relo);
  const absTol = abso === null ? 0 : asDouble(abso);
  if (relTol < 0 || absTol < 0) throw valueError('tolerances must be non-negative');
  if (x === y) return newBool(true);
  if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return newBool(false);
  const diff = Math.abs(y - x);
  return newBool(diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol);
}

function prodFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  const npos = a.length - (k === null ? 0 : k.length);
  if (npos !== 1) throw typeError(`prod() takes exactly 1 positional argument (${npos} given)`);
  const [, start] = unpackArgs('prod', a, k, ['iterable', 'start'], 1, 1, 1);
  const it = getIter(a[0]);
  let result = start ?? newInt(1);
  if (start !== null) start.rc++;
  try {
    for (let item = iterNext(it); item !== null; item = iterNext(it)) {
      let next: PyObject;
      try {
        next = binaryOp(result, item, Bin.MUL);
      } finally {
        decref(item);
      }
      decref(result);
      result = next;
    }
  } catch (e) {
    decref(result);
    throw e;
  } finally {
    decref(it);
  }
  return result;
}

function fsumFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  checkArgs('math.fsum', a, k, 1, 1);
  return newFloat(fsum(a[0]));
}

function nextafterFn(_s: PyObject, a: PyObject[], k: string[] | null): PyObject {
  clinicArgs('math.nextafter', 'nextafter', a, k, 2, 2);
  return newFloat(nextafter(asDouble(a[0]), asDouble(a[1])));
}

/** A one-argument function of a double that cannot fail. */
function plain(def: Def, name: string, f: (x: number) => PyObject): void {
  const q = `math.${name}`;
  def(name, (_s, a, k) => {
    checkArgs(q, a, k, 1, 1);
    return f(asDouble(a[0]));
  });
}

export function initMath(m: PyModule, _interp: Interpreter): void {
  const def: Def = (name, fn) => {
    const f = newBuiltin(name, fn, 'math');
    m.set(name, f);
    decref(f);
  };
  const set = (name: string, v: PyObject) => {
    m.set(name, v);
    decref(v);
  };
  defUnary(def, 'acos', libm.acos, false);
  defUnary(def, 'acosh', libm.acosh, false);
  defUnary(def, 'asin', libm.asin, false);
  defUnary(def, 'asinh', libm.asinh, false);
  defUnary(def, 'atan', libm.atan, false);
  defBinary(def, 'atan2', mAtan2);
  defUnary(def, 'atanh', libm.atanh, false);
  defUnary(def, 'cbrt', libm.cbrt, false);
  def('ceil', roundingFunction('ceil', '__ceil__', Math.ceil));
  def('comb', combFn);
  defBinary(def, 'copysign', copysign);
  defUnary(def, 'cos', libm.cos, false);
  defUnary(def, 'cosh', libm.cosh, true);
  plain(def, 'degrees', (x) => newFloat(x * (180 / PI)));
  def('dist', distFn);
  defUnaryErrno(def, 'erf', libm.erf);
  defUnaryErrno(def, 'erfc', libm.erfc);
  defUnary(def, 'exp', libm.exp, true);
  defUnary(def, 'exp2', libm.exp2, true);
  defUnary(def, 'expm1', libm.expm1, true);
  defUnary(def, 'fabs', Math.abs, false);
  def('factorial', factorialFn);
  def('floor', roundingFunction('floor', '__floor__', Math.floor));
  def('fmod', fmodFn);
  def('frexp', frexpFn);
  def('fsum', fsumFn);
  defUnaryErrno(def, 'gamma', tgamma);
  def('gcd', gcdFn);
  def('hypot', hypotFn);
  def('isclose', iscloseFn);
  plain(def, 'isfinite', (x) => newBool(Number.isFinite(x)));
  plain(def, 'isinf', (x) => newBool(x === Infinity || x === -Infinity));
  plain(def, 'isnan', (x) => newBool(x !== x));
  def('isqrt', isqrtFn);
  def('lcm', lcmFn);
  def('ldexp', ldexpFn);
  defUnaryErrno(def, 'lgamma', lgamma);
  def('log', logFn);
  def('log10', (_s, a, k) => (checkArgs('math.log10', a, k, 1, 1), newFloat(logHelper(a[0], mLog10))));
  defUnary(def, 'log1p', libm.log1p, false);
  def('log2', (_s, a, k) => (checkArgs('math.log2', a, k, 1, 1), newFloat(logHelper(a[0], mLog2))));
  def('modf', modfFn);
  def('nextafter', nextafterFn);
  def('perm', permFn);
  def('pow', (_s, a, k) => {
    clinicArgs('math.pow', 'pow', a, k, 2, 2);
    return newFloat(mathPow(asDouble(a[0]), asDouble(a[1])));
  });
  def('prod', prodFn);
  plain(def, 'radians', (x) => newFloat(x * (PI / 180)));
  defBinary(def, 'remainder', remainder);
  defUnary(def, 'sin', libm.sin, false);
  defUnary(def, 'sinh', libm.sinh, true);
  defUnary(def, 'sqrt', Math.sqrt, false);
  defUnary(def, 'tan', libm.tan, false);
  defUnary(def, 'tanh', libm.tanh, false);
  def('trunc', truncFn);
  plain(def, 'ulp', (x) => newFloat(ulp(x)));
  set('pi', newFloat(PI));
  set('e', newFloat(Math.E));
  set('tau', newFloat(2 * PI));
  set('inf', newFloat(Infinity));
  set('nan', newFloat(NaN));
}
