// int: arbitrary precision (Objects/longobject.c).
//
// The value is a JS number while it is a safe integer and a bigint beyond:
// the common case stays on V8's fast double arithmetic and only big values
// pay for BigInt. Every constructor below normalises, so `typeof v` tells the
// representation, and two equal ints always have the same representation.
// -5..256 are cached, as CPython's small ints are.
//
// The arithmetic is written on values (`Int`) so that other modules (range,
// math, the bytes types) can share it; the slots wrap it for objects.

import { registerBlockSize } from '../heap.js';
import { tpNewWrapper } from '../argtuple.js';
import { gcHeader } from '../gc.js';
import { PyObject, objectAllocated, decref } from '../object.js';
import { builtinType, ObjectType, PyType } from '../type.js';
import { PyStr, newStr } from './str.js';
import { newTuple } from './tuple.js';
import { NotImplemented, None } from './none.js';
import { ClassMethodDescrType, PyMethodDescr, PyBuiltin, checkArgs, wrapperUnpack, type NativeFn } from './builtinfunc.js';
import { exposeSlots, exposeSlot, defMethod, defGetSet, genericGetAttr, allocInstance, callBound,
  setIntFactories } from './typeobject.js';
import { newException, MemoryErrorType } from './exceptions.js';
import { typeError, valueError, zeroDivisionError, overflowError } from '../errors.js';
import { HASH } from '../hashing.js';
import { Op, Bin, call, isTrue } from '../abstract.js';
import { hashInt, hashHi, hashToInt } from '../../common/hash.js';
import { formatInt, intToStr, intToFloat, parseInt as parseIntText, intRound } from '../../common/numfmt.js';
import { reprBytes } from '../../common/repr.js';
import { newFloat, floatPow } from './float.js';

export const IntType = builtinType('int', ObjectType, { basicsize: 24, itemsize: 4 });

export class PyInt extends PyObject {
  v: number | bigint;
  constructor(v: number | bigint, type: PyType = IntType) {
    super();
    // The header, written here rather than by PyObject's constructor (object.ts says why).
    this.type = type;
    this.rc = 1;
    this.addr = 0;
    this.tm = null;
    // An instance of a Python subclass has a GC header.
    if (type.gc) gcHeader(this);
    objectAllocated(this, type);
    this.v = v;
  }
}

// An int's block: the header and one 4-byte digit per 30 bits of the magnitude (none for 0).
registerBlockSize(IntType, (o) => {
  const v = (o as PyInt).v;
  if (typeof v === 'number') return v === 0 ? 24 : v < 0x40000000 && v > -0x40000000 ? 28 : 32;
  const hex = (v < 0n ? -v : v).toString(16);
  const bits = 4 * (hex.length - 1) + (32 - Math.clz32(parseInt(hex[0], 16)));
  return 24 + 4 * Math.ceil(bits / 30);
});

// bool's type and its two instances are made here rather than in bool.ts:
// bool derives from int and int's operations return them, so they must exist
// as soon as int does, whatever order a module cycle evaluates the files in.
// bool.ts re-exports them and installs bool's own behaviour.
export const BoolType = builtinType('bool', IntType, { basicsize: 32, itemsize: 4, baseType: false });

export const True = new PyInt(1, BoolType);
export const False = new PyInt(0, BoolType);
True.rc = False.rc = 1 << 30;

/** A new reference to True or False. */
export function newBool(b: boolean): PyInt {
  const o = b ? True : False;
  o.rc++;
  return o;
}

/** Instances of int subclasses (the JS class a class statement derives from): the value is set after allocation. */
class PyIntInstance extends PyInt {
  constructor(type: PyType) {
    super(0, type);
  }
}

/** A Python int value: a safe-integer number, or a bigint outside the safe range. */
export type Int = number | bigint;

const SMALL_MIN = -5;
const SMALL_MAX = 256;
const small: PyInt[] = [];
for (let i = SMALL_MIN; i <= SMALL_MAX; i++) {
  const o = new PyInt(i);
  o.rc = 1 << 30;
  small.push(o);
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const MAX_SAFE_BIG = BigInt(MAX_SAFE);

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
  if (v >= -MAX_SAFE_BIG && v <= MAX_SAFE_BIG) return newInt(Number(v));
  return new PyInt(v);
}

export function newIntAny(v: number | bigint): PyInt {
  return typeof v === 'number' ? (Number.isSafeInteger(v) ? newInt(v) : newIntBig(BigInt(v))) : newIntBig(v);
}

/** A new reference to an already normalised value (what every function below returns). */
export function newIntValue(v: Int): PyInt {
  return typeof v === 'number' ? newInt(v) : new PyInt(v);
}

export function smallInt(v: number): PyInt {
  return small[v - SMALL_MIN];
}

export function toBig(v: number | bigint): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

/** The canonical form of a bigint result: a number when it is a safe integer. */
export function normInt(v: bigint): Int {
  return v >= -MAX_SAFE_BIG && v <= MAX_SAFE_BIG ? Number(v) : v;
}

function notImplemented(): PyObject {
  NotImplemented.rc++;
  return NotImplemented;
}

/** V8 refuses BigInts beyond about 2**30 bits, where CPython would still try: its MemoryError. */
function bigOrMemoryError(f: () => bigint): Int {
  try {
    return normInt(f());
  } catch (e) {
    if (e instanceof RangeError) throw newException(MemoryErrorType, null);
    throw e;
  }
}

// ---------------------------------------------------------------- arithmetic on values

export function intAdd(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    // Both below 2**53 in magnitude: a sum that rounds to a safe integer is exact.
    const r = a + b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normInt(toBig(a) + toBig(b));
}

export function intSub(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  return normInt(toBig(a) - toBig(b));
}

export function intMul(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    // A product below 2**53 is representable, so the rounded one is exact.
    const r = a * b;
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r === 0 ? 0 : r;
  }
  return normInt(toBig(a) * toBig(b));
}

function isZero(v: Int): boolean {
  return v === 0 || v === 0n;
}

/** a // b with Python's rounding toward minus infinity. */
export function intFloorDiv(a: Int, b: Int): Int {
  if (isZero(b)) throw zeroDivisionError('integer division or modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    // % is exact on doubles, and a - r is a multiple of b no larger than a.
    const r = a % b;
    const q = (a - r) / b;
    return (r !== 0 && (r < 0) !== (b < 0) ? q - 1 : q) || 0;
  }
  const x = toBig(a);
  const y = toBig(b);
  const q = x / y;
  const r = x % y;
  return normInt(r !== 0n && (r < 0n) !== (y < 0n) ? q - 1n : q);
}

/** a % b, with the sign of b. */
export function intMod(a: Int, b: Int): Int {
  if (isZero(b)) throw zeroDivisionError('integer modulo by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a % b;
    return (r !== 0 && (r < 0) !== (b < 0) ? r + b : r) || 0;
  }
  const y = toBig(b);
  const r = toBig(a) % y;
  return normInt(r !== 0n && (r < 0n) !== (y < 0n) ? r + y : r);
}

export function intNeg(a: Int): Int {
  return typeof a === 'number' ? -a || 0 : -a;
}

export function intAbs(a: Int): Int {
  return typeof a === 'number' ? Math.abs(a) : a < 0n ? -a : a;
}

export function intInvert(a: Int): Int {
  if (typeof a === 'number') {
    const r = -a - 1;
    if (r >= -MAX_SAFE) return r;
  }
  return normInt(-toBig(a) - 1n);
}

/** a ** b for b >= 0: exact, in doubles while every partial product is a safe integer. */
export function intPow(a: Int, b: Int): Int {
  if (typeof a === 'number' && typeof b === 'number') {
    if (a === 0 || a === 1) return b === 0 ? 1 : a;
    if (a === -1) return b % 2 === 0 ? 1 : -1;
    let r = 1;
    let x = a;
    let e = b;
    for (;;) {
      if (e % 2 === 1) {
        r *= x;
        if (r > MAX_SAFE || r < -MAX_SAFE) break;
      }
      e = Math.floor(e / 2);
      if (e === 0) return r;
      // x*x is a factor of the result from here on: once it is unsafe, so is the result.
      x *= x;
      if (x > MAX_SAFE) break;
    }
  }
  const x = toBig(a);
  if (x === 0n || x === 1n) return isZero(b) ? 1 : normInt(x);
  if (x === -1n) return toBig(b) % 2n === 0n ? 1 : -1;
  if (typeof b === 'bigint') throw newException(MemoryErrorType, null);
  return bigOrMemoryError(() => x ** BigInt(b));
}

/** pow(a, b, m) for ints; a negative b takes the modular inverse of a. */
export function intPowMod(a: Int, b: Int, m: Int): Int {
  if (isZero(m)) throw valueError('pow() 3rd argument cannot be 0');
  const negativeOutput = m < 0;
  let mod = toBig(m);
  if (negativeOutput) mod = -mod;
  let base = toBig(a) % mod;
  if (base < 0n) base += mod;
  let exp = toBig(b);
  if (exp < 0n) {
    base = modInverse(base, mod);
    exp = -exp;
  }
  if (mod === 1n) return 0;
  let r: bigint;
  if (mod <= 94906265n) {
    // Products of residues stay below 2**53: the loop runs on doubles.
    r = BigInt(powModSmall(Number(base), exp, Number(mod)));
  } else {
    r = 1n;
    while (exp > 0n) {
      if (exp & 1n) r = (r * base) % mod;
      exp >>= 1n;
      if (exp > 0n) base = (base * base) % mod;
    }
  }
  if (negativeOutput && r !== 0n) r -= mod;
  return normInt(r);
}

function powModSmall(base: number, exp: bigint, mod: number): number {
  let r = 1;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) r = (r * base) % mod;
    e >>= 1n;
    base = (base * base) % mod;
  }
  return r;
}

/** The inverse of a modulo m (0 <= a < m), by the extended Euclidean algorithm. */
function modInverse(a: bigint, m: bigint): bigint {
  let [r0, r1] = [m, a];
  let [s0, s1] = [0n, 1n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  if (r0 !== 1n) throw valueError('base is not invertible for the given modulus');
  return s0 < 0n ? s0 + m : s0;
}

/** 2**n for the shifts that stay in doubles. */
const POW2 = new Float64Array(54).map((_, n) => 2 ** n);

export function intLshift(a: Int, n: Int): Int {
  if (n < 0) throw valueError('negative shift count');
  if (isZero(a)) return 0;
  if (typeof a === 'number' && n < 53) {
    const r = a * POW2[n as number];
    if (r <= MAX_SAFE && r >= -MAX_SAFE) return r;
  }
  // V8's BigInts end near 2**30 bits; far beyond, CPython fails one of two ways.
  if (n > 0x40000000) throw hugeShiftError(a, toBig(n));
  return bigOrMemoryError(() => toBig(a) << BigInt(n));
}

/**
 * The error of a << n for a count no int can hold: CPython splits n into
 * 30-bit digits (clipping the count to PY_SSIZE_T_MAX / 4 digits) and
 * fails to allocate, with OverflowError beyond its digit-count limit.
 */
function hugeShiftError(a: Int, n: bigint): PyObject {
  const SSIZE_MAX = 0x7fffffffffffffffn;
  let words = n / 30n;
  let rem = n % 30n;
  if (words >= SSIZE_MAX / 4n) {
    words = SSIZE_MAX / 4n;
    rem = 0n;
  }
  const digits = BigInt(Math.ceil(bitLength(a) / 30)) + words + (rem !== 0n ? 1n : 0n);
  const maxDigits = (SSIZE_MAX - 24n) / 4n;
  if (digits > maxDigits) return overflowError('too many digits in integer');
  return newException(MemoryErrorType, null);
}

export function intRshift(a: Int, n: Int): Int {
  if (n < 0) throw valueError('negative shift count');
  if (typeof a === 'number') {
    if (typeof n === 'number' && n < 53) return (a | 0) === a && n < 32 ? a >> n : Math.floor(a / POW2[n]) || 0;
    return a < 0 ? -1 : 0;
  }
  if (typeof n === 'bigint') return a < 0n ? -1 : 0;
  return normInt(a >> BigInt(n));
}

function isInt32(v: Int): v is number {
  return typeof v === 'number' && (v | 0) === v;
}

export function intAnd(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(toBig(a) & toBig(b));
}

export function intOr(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(toBig(a) | toBig(b));
}

export function intXor(a: Int, b: Int): Int {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(toBig(a) ^ toBig(b));
}

/** 2**n as a double, exactly, for -1074 <= n <= 1023. */
export function pow2(n: number): number {
  // Two factors keep each one a normal double, so both products are exact.
  return n < -1022 ? 2 ** (n + 64) * 2 ** -64 : 2 ** n;
}

/** a / b, correctly rounded as CPython's long_true_divide. */
export function intTrueDiv(a: Int, b: Int): number {
  if (isZero(b)) throw zeroDivisionError('division by zero');
  // Both operands are exact doubles: IEEE division rounds correctly.
  if (typeof a === 'number' && typeof b === 'number') return a / b;
  return bigTrueDiv(toBig(a), toBig(b));
}

function bigTrueDiv(a: bigint, b: bigint): number {
  const negative = (a < 0n) !== (b < 0n);
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  if (a === 0n) return negative ? -0 : 0;
  const diff = bitLength(a) - bitLength(b);
  // a / b lies in (2**(diff-1), 2**(diff+1)).
  if (diff - 1 >= 1024) throw overflowError('integer division result too large for a float');
  if (diff < -1076) return negative ? -0 : 0;
  // Scale so that the integer quotient q has at least 55 bits (3 more than
  // the result keeps), or sits 3 bits below the subnormal range's last bit.
  const e = Math.max(diff, -1021) - 55;
  let q: bigint;
  let rem: bigint;
  if (e >= 0) {
    const d = b << BigInt(e);
    q = a / d;
    rem = a % d;
  } else {
    const n = a << BigInt(-e);
    q = n / b;
    rem = n % b;
  }
  const ulpExp = Math.max(bitLength(q) - 1 + e - 52, -1074);
  const k = BigInt(ulpExp - e);
  const low = q & ((1n << k) - 1n);
  const half = 1n << (k - 1n);
  q >>= k;
  // Round half to even; a nonzero remainder means "above the half".
  if (low > half || (low === half && (rem !== 0n || (q & 1n) === 1n))) q += 1n;
  const r = Number(q) * pow2(ulpExp);
  if (r === Infinity) throw overflowError('integer division result too large for a float');
  return negative ? -r : r;
}

export function intCompare(a: Int, b: Int): number {
  // JS compares a number with a bigint by exact value.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** int.bit_length(). */
export function bitLength(v: Int): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    if (a < 0x100000000) return 32 - Math.clz32(a);
    return 64 - Math.clz32(Math.floor(a / 0x100000000));
  }
  const hex = (v < 0n ? -v : v).toString(16);
  return (hex.length - 1) * 4 + 32 - Math.clz32(parseInt(hex[0], 16));
}

const NIBBLE_BITS = [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4];

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** int.bit_count(): the number of ones in |v|. */
export function bitCount(v: Int): number {
  if (typeof v === 'number') {
    const a = Math.abs(v);
    return popcount32(a >>> 0) + popcount32(Math.floor(a / 0x100000000));
  }
  const hex = (v < 0n ? -v : v).toString(16);
  let n = 0;
  for (let i = 0; i < hex.length; i++) n += NIBBLE_BITS[parseInt(hex[i], 16)];
  return n;
}

/** PyLong_FromDouble for an integral double: the value as an Int, with CPython's errors for inf and nan. */
export function doubleToInt(x: number): Int {
  if (x !== x) throw valueError('cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw overflowError('cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return t <= MAX_SAFE && t >= -MAX_SAFE ? t || 0 : BigInt(t);
}

// ---------------------------------------------------------------- hooks

/**
 * What int needs from modules above it: warnings (the warnings module), and
 * the bytes type and the buffer protocol (bytes.ts).
 */
export const intHooks = {
  /** warnings.warn(message, DeprecationWarning, stacklevel=1). */
  deprecationWarning: (_message: string): void => {},
  /** The contents of a bytes-like object (bytes, bytearray, memoryview ...), or null when o is none. */
  bufferOf: (_o: PyObject): Uint8Array | null => null,
  /** Whether o is a bytes or bytearray (int(x, base) accepts only those as text). */
  isBytesOrBytearray: (_o: PyObject): boolean => false,
  /** A new bytes object. */
  newBytes: (_b: Uint8Array): PyObject => {
    throw typeError('bytes are not available');
  },
  /** bytes(o) for an object that is not bytes-like (PyObject_Bytes): an iterable of ints. */
  bytesFromObject: (o: PyObject): Uint8Array => {
    throw typeError(`cannot convert '${o.type.name}' object to bytes`);
  },
};

// ---------------------------------------------------------------- conversions (PyNumber_Long, PyNumber_Index)

/** An exact-int new reference with o's value (o is an int or a subclass). */
function exactInt(o: PyInt): PyInt {
  if (o.type === IntType) {
    o.rc++;
    return o;
  }
  return newIntValue(o.v);
}

/** The result of __int__ / __index__: an exact int; a subclass instance is accepted with CPython's warning. */
function checkIntResult(r: PyObject, method: string): PyInt {
  if (r.type === IntType) return r as PyInt;
  if (!(r instanceof PyInt)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`${method} returned non-int (type ${n})`);
  }
  intHooks.deprecationWarning(`${method} returned non-int (type ${r.type.name}).  The ability to return an instance ` +
    'of a strict subclass of int is deprecated, and may be removed in a future version of Python.');
  const v = newIntValue(r.v);
  decref(r);
  return v;
}

/** PyNumber_Index as an exact int (new reference). */
export function numberIndex(o: PyObject): PyInt {
  if (o.type === IntType) {
    o.rc++;
    return o as PyInt;
  }
  if (o instanceof PyInt) return newIntValue(o.v);
  const f = o.type.index;
  if (f === null) throw typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  return checkIntResult(f(o), '__index__');
}

/** PyNumber_AsSsize_t with no overflow exception: an index clipped to the Py_ssize_t range. */
export function indexClipped(o: PyObject): number {
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  if (typeof v === 'number') return v;
  return v < 0n ? -9223372036854775808 : 9223372036854775807;
}

/** PyNumber_AsSsize_t with OverflowError: what length arguments take. */
export function indexSsize(o: PyObject): number {
  const r = numberIndex(o);
  const v = r.v;
  decref(r);
  if (typeof v === 'bigint' && (v > 0x7fffffffffffffffn || v < -0x8000000000000000n)) {
    throw overflowError('Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

/** PyNumber_Long: int(o) for one argument (new reference to an exact int). */
export function numberToInt(o: PyObject): PyInt {
  if (o.type === IntType) {
    o.rc++;
    return o as PyInt;
  }
  const t = o.type;
  if (t.int !== null) return checkIntResult(t.int(o), '__int__');
  if (t.index !== null) return numberIndex(o);
  const trunc = t.lookup('__trunc__');
  if (trunc !== null) return truncToInt(o, trunc);
  if (o instanceof PyStr) return newIntValue(parseIntText(o.v, 10));
  const buf = intHooks.bufferOf(o);
  if (buf !== null) return newIntValue(parseBytes(buf, 10));
  throw typeError(`int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

/** int() through __trunc__ (deprecated in 3.11). */
function truncToInt(o: PyObject, trunc: PyObject): PyInt {
  intHooks.deprecationWarning('The delegation of int() to __trunc__ is deprecated.');
  const r = callBound(trunc, o, []);
  if (r instanceof PyInt) {
    const v = exactInt(r);
    decref(r);
    return v;
  }
  if (r.type.index === null) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__trunc__ returned non-Integral (type ${n})`);
  }
  try {
    return numberIndex(r);
  } finally {
    decref(r);
  }
}

/**
 * int() of bytes: the text is read byte by byte, so only ASCII can be part of
 * a literal (str's Unicode digits and spaces do not apply); errors show the bytes.
 */
function parseBytes(b: Uint8Array, base: number): Int {
  let text = '';
  let ascii = true;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    // \x1c-\x1f are spaces to str.isspace() but not to bytes.
    if (c >= 0x80 || (c >= 0x1c && c <= 0x1f)) ascii = false;
    text += String.fromCharCode(c);
  }
  if (ascii && !text.includes('\0')) {
    try {
      return parseIntText(text, base);
    } catch (e) {
      if (!isValueError(e)) throw e;
      decref(e as PyObject);
    }
  }
  throw valueError(`invalid literal for int() with base ${base}: ${reprBytes(b).slice(0, 200)}`);
}

function isValueError(e: unknown): boolean {
  return e instanceof PyObject && e.type.name === 'ValueError';
}

// ---------------------------------------------------------------- argument parsing

/**
 * _PyArg_UnpackKeywords: match positional and keyword arguments to the
 * parameters `names` (the first `posOnly` positional-only, at most `maxPos`
 * positional, the first `required` required), with CPython's messages.
 * Missing optional arguments are null.
 */
export function unpackArgs(fname: string, args: PyObject[], kwnames: string[] | null, names: string[],
  posOnly: number, maxPos: number, required: number): (PyObject | null)[] {
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - nkw;
  const maxArgs = names.length;
  if (npos + nkw > maxArgs) {
    throw typeError(`${fname}() takes at most ${maxArgs} ${npos === 0 ? 'keyword ' : ''}argument${maxArgs === 1 ? '' : 's'} (${npos + nkw} given)`);
  }
  if (npos > maxPos) {
    throw typeError(`${fname}() takes at most ${maxPos} positional argument${maxPos === 1 ? '' : 's'} (${npos} given)`);
  }
  // Made at its size and written slot by slot: pushes onto [] would reserve
  // 17 slots, and new Array(n).fill is dearer.
  const out = new Array<PyObject | null>(maxArgs);
  for (let i = 0; i < maxArgs; i++) out[i] = i < npos ? args[i] : null;
  let used = 0;
  for (let i = npos; i < maxArgs; i++) {
    const k = i < posOnly || kwnames === null ? -1 : kwnames.indexOf(names[i]);
    if (k >= 0) {
      out[i] = args[npos + k];
      used++;
    } else if (i < required) {
      throw typeError(`${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
    }
  }
  if (used < nkw) {
    // A parameter given both ways is reported before an unknown keyword.
    for (let i = posOnly; i < npos; i++) {
      if (kwnames!.includes(names[i])) {
        throw typeError(`argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
      }
    }
    for (const k of kwnames!) {
      if (names.indexOf(k) < posOnly) throw typeError(`'${k}' is an invalid keyword argument for ${fname}()`);
    }
  }
  return out;
}

/**
 * T.__new__: as CPython's tp_new_wrapper, a built-in method bound to the type
 * (`<built-in method __new__ of type object>`) that checks its first argument
 * and calls T's own new_.
 */
export function exposeNew(t: PyType): void {
  const fn: NativeFn = (_self, a, k) => {
    if (a.length === 0) throw typeError(`${t.name}.__new__(): not enough arguments`);
    const sub = a[0];
    if (!(sub instanceof PyType)) throw typeError(`${t.name}.__new__(X): X is not a type object (${sub.type.name})`);
    if (!sub.isSubtype(t)) throw typeError(`${t.name}.__new__(${sub.name}): ${sub.name} is not a subtype of ${t.name}`);
    let staticBase: PyType = sub;
    while (staticBase.heapType && staticBase.base !== null) staticBase = staticBase.base;
    if (staticBase.new_ !== t.new_) {
      throw typeError(`${t.name}.__new__(${sub.name}) is not safe, use ${staticBase.name}.__new__()`);
    }
    return t.new_!(sub, a.slice(1), k);
  };
  t.rc++;
  const b = new PyBuiltin('__new__', tpNewWrapper(fn), t, `${t.name}.__new__`, null);
  // Marked as the wrapper of t's tp_new (typeobject.ts exposeSlot), so that subclasses inherit the slot itself.
  Object.assign(b, { owner: t, slotKey: 'new_' });
  t.attrs.set('__new__', b);
}

/** `X.__format__(spec)`: the spec must be a str; an empty spec is str(self). */
export function formatSpecArg(o: PyObject, args: PyObject[], kwnames: string[] | null): string | null {
  checkArgs(`${o.type.name}.__format__`, args, kwnames, 1, 1);
  const spec = args[0];
  if (!(spec instanceof PyStr)) throw typeError(`__format__() argument must be str, not ${spec.type.name}`);
  return spec.v.length === 0 ? null : spec.v;
}

/** str(o) as CPython's PyObject_Str (for the empty format spec). */
export function strOf(o: PyObject): PyObject {
  const f = o.type.str ?? o.type.repr!;
  return f(o);
}

/** A classmethod of a built-in type (int.from_bytes, float.fromhex). */
export function defClassMethod(t: PyType, name: string, fn: NativeFn): void {
  t.attrs.set(name, new PyMethodDescr(name, t, fn, ClassMethodDescrType));
}

// ---------------------------------------------------------------- slots

// Each binary slot is its own function (no shared wrapper taking the
// operation): V8 then keeps every slot's call of its operation monomorphic.
// Either operand may be the int; anything but two ints is NotImplemented.

function intAddSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intAdd(a.v, b.v)) : notImplemented();
}

function intSubSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intSub(a.v, b.v)) : notImplemented();
}

function intMulSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intMul(a.v, b.v)) : notImplemented();
}

function intFloorDivSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intFloorDiv(a.v, b.v)) : notImplemented();
}

function intModSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intMod(a.v, b.v)) : notImplemented();
}

function intLshiftSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intLshift(a.v, b.v)) : notImplemented();
}

function intRshiftSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intRshift(a.v, b.v)) : notImplemented();
}

function intAndSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intAnd(a.v, b.v)) : notImplemented();
}

function intXorSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intXor(a.v, b.v)) : notImplemented();
}

function intOrSlot(a: PyObject, b: PyObject): PyObject {
  return a instanceof PyInt && b instanceof PyInt ? newIntValue(intOr(a.v, b.v)) : notImplemented();
}

function intPowSlot(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  // A negative exponent makes it float pow.
  if (b.v < 0) return floatPow(intToFloat(a.v), intToFloat(b.v), a, b);
  return newIntValue(intPow(a.v, b.v));
}

function intTernaryPow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  if (m === None) return intPowSlot(a, b);
  if (!(m instanceof PyInt)) return notImplemented();
  return newIntValue(intPowMod(a.v, b.v, m.v));
}

function intDivmod(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  const x = a.v;
  const y = b.v;
  if (isZero(y)) throw zeroDivisionError('integer division or modulo by zero');
  return newTuple([newIntValue(intFloorDiv(x, y)), newIntValue(intMod(x, y))]);
}

function intTrueDivSlot(a: PyObject, b: PyObject): PyObject {
  if (!(a instanceof PyInt) || !(b instanceof PyInt)) return notImplemented();
  return newFloat(intTrueDiv(a.v, b.v));
}

function intRichCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (!(b instanceof PyInt)) return notImplemented();
  const x = (a as PyInt).v;
  const y = b.v;
  let r: boolean;
  switch (op) {
    case Op.LT: r = x < y; break;
    case Op.LE: r = x <= y; break;
    case Op.EQ: r = x === y; break;
    case Op.NE: r = x !== y; break;
    case Op.GT: r = x > y; break;
    default: r = x >= y;
  }
  return newBool(r);
}

function intHash(o: PyObject): number {
  const lo = hashInt((o as PyInt).v);
  HASH.hi = hashHi;
  return lo;
}

/** long_long: int(x), x.__index__(), +x and friends give an exact int. */
function intSelf(o: PyObject): PyObject {
  return exactInt(o as PyInt);
}

function intNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = type as PyType;
  const [x, base] = unpackArgs('int', args, kwnames, ['', 'base'], 1, 2, 0);
  const v = intFromArgs(x, base);
  if (t === IntType) return v;
  const o = allocInstance(t) as PyInt;
  o.v = v.v;
  decref(v);
  return o;
}

/** long_new_impl for the exact type. */
function intFromArgs(x: PyObject | null, baseArg: PyObject | null): PyInt {
  if (x === null) {
    if (baseArg !== null) throw typeError('int() missing string argument');
    return newInt(0);
  }
  if (baseArg === null) return numberToInt(x);
  const base = indexClipped(baseArg);
  if ((base !== 0 && base < 2) || base > 36) throw valueError('int() base must be >= 2 and <= 36, or 0');
  if (x instanceof PyStr) return newIntValue(parseIntText(x.v, base));
  if (intHooks.isBytesOrBytearray(x)) return newIntValue(parseBytes(intHooks.bufferOf(x)!, base));
  throw typeError("int() can't convert non-string with explicit base");
}

// ---------------------------------------------------------------- methods

function byteorderArg(fname: string, o: PyObject | null): boolean {
  if (o === null) return false;
  if (!(o instanceof PyStr)) throw typeError(`${fname}() argument 'byteorder' must be str, not ${o.type.name}`);
  if (o.v === 'little') return true;
  if (o.v === 'big') return false;
  throw valueError("byteorder must be either 'little' or 'big'");
}

/** int.to_bytes(length=1, byteorder='big', *, signed=False). */
function toBytes(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [lengthArg, orderArg, signedArg] = unpackArgs('to_bytes', args, kwnames, ['length', 'byteorder', 'signed'], 0, 2, 0);
  const length = lengthArg === null ? 1 : indexSsize(lengthArg);
  if (length < 0) throw valueError('length argument must be non-negative');
  const little = byteorderArg('to_bytes', orderArg);
  const signed = signedArg !== null && isTrue(signedArg);
  let v = toBig((self as PyInt).v);
  if (v < 0n) {
    if (!signed) throw overflowError("can't convert negative int to unsigned");
    // -1 is nothing but sign bits: CPython lets it fit even in zero bytes.
    if (length === 0 ? v !== -1n : v < -(1n << BigInt(length * 8 - 1))) throw overflowError('int too big to convert');
    v += 1n << BigInt(length * 8);
  } else if (v >> BigInt(length * 8 - (signed ? 1 : 0)) !== 0n || (length === 0 && v !== 0n)) {
    throw overflowError('int too big to convert');
  }
  const out = new Uint8Array(length);
  for (let i = 0; i < length && v !== 0n; i++) {
    out[little ? i : length - 1 - i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return intHooks.newBytes(out);
}

/** int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod. */
function fromBytes(cls: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const [src, orderArg, signedArg] = unpackArgs('from_bytes', args, kwnames, ['bytes', 'byteorder', 'signed'], 0, 2, 1);
  const little = byteorderArg('from_bytes', orderArg);
  const signed = signedArg !== null && isTrue(signedArg);
  // PyBytes_FromObject takes any iterable of ints but a str.
  if (src instanceof PyStr) throw typeError("cannot convert 'str' object to bytes");
  const bytes = intHooks.bufferOf(src!) ?? intHooks.bytesFromObject(src!);
  let hex = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[little ? bytes.length - 1 - i : i];
    hex += (c < 16 ? '0' : '') + c.toString(16);
  }
  let v = hex === '' ? 0n : BigInt('0x' + hex);
  if (signed && bytes.length > 0 && bytes[little ? bytes.length - 1 : 0] >= 0x80) v -= 1n << BigInt(bytes.length * 8);
  const r = newIntValue(normInt(v));
  if (cls === IntType) return r;
  try {
    return call(cls, [r]);
  } finally {
    decref(r);
  }
}

function intRoundMethod(self: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  checkArgs('__round__', args, kwnames, 0, 1);
  const s = self as PyInt;
  if (args.length === 0) return exactInt(s);
  const n = numberIndex(args[0]);
  const nd = n.v;
  decref(n);
  if (nd >= 0) return exactInt(s);
  return newIntValue(intRound(s.v, nd));
}

/** int.__sizeof__: a header and 30-bit digits, at least one (3.11 allocates a digit for 0). */
function intSizeof(v: Int): number {
  return IntType.basicsize + IntType.itemsize * Math.max(1, Math.ceil(bitLength(v) / 30));
}

function noArgs(name: string, f: (o: PyInt) => PyObject): NativeFn {
  return (s, a, k) => {
    checkArgs(name, a, k, 0, 0);
    return f(s as PyInt);
  };
}

// ---------------------------------------------------------------- init

export function initInt(): void {
  const T = IntType;
  T.jsClass = PyIntInstance as unknown as new (type: PyType) => PyObject;
  // long_to_decimal_string writes a new str: a one-digit result is not the 1-character singleton.
  T.repr = (o) => new PyStr(intToStr((o as PyInt).v));
  T.hash = intHash;
  T.richcompare = intRichCompare;
  T.getattro = genericGetAttr;
  T.bool = (o) => !isZero((o as PyInt).v);
  T.index = intSelf;
  T.int = intSelf;
  T.float = (o) => newFloat(intToFloat((o as PyInt).v));
  T.neg = (o) => newIntValue(intNeg((o as PyInt).v));
  T.pos = intSelf;
  T.abs = (o) => newIntValue(intAbs((o as PyInt).v));
  T.invert = (o) => newIntValue(intInvert((o as PyInt).v));
  T.new_ = intNew;
  T.nb[Bin.ADD] = intAddSlot;
  T.nb[Bin.SUB] = intSubSlot;
  T.nb[Bin.MUL] = intMulSlot;
  T.nb[Bin.TRUEDIV] = intTrueDivSlot;
  T.nb[Bin.FLOORDIV] = intFloorDivSlot;
  T.nb[Bin.MOD] = intModSlot;
  T.nb[Bin.DIVMOD] = intDivmod;
  T.nb[Bin.POW] = intPowSlot;
  T.nb[Bin.LSHIFT] = intLshiftSlot;
  T.nb[Bin.RSHIFT] = intRshiftSlot;
  T.nb[Bin.AND] = intAndSlot;
  T.nb[Bin.XOR] = intXorSlot;
  T.nb[Bin.OR] = intOrSlot;
  T.ternaryPow = intTernaryPow;
  setIntFactories(newInt, (lo, hi) => newIntValue(hashToInt(lo, hi)));

  const q = (n: string) => `int.${n}`;
  defMethod(T, 'conjugate', noArgs(q('conjugate'), exactInt));
  defMethod(T, 'bit_length', noArgs(q('bit_length'), (s) => newInt(bitLength(s.v))));
  defMethod(T, 'bit_count', noArgs(q('bit_count'), (s) => newInt(bitCount(s.v))));
  defMethod(T, 'to_bytes', toBytes);
  defClassMethod(T, 'from_bytes', fromBytes);
  defMethod(T, 'as_integer_ratio', noArgs(q('as_integer_ratio'), (s) => newTuple([exactInt(s), newInt(1)])));
  defMethod(T, '__trunc__', noArgs(q('__trunc__'), exactInt));
  defMethod(T, '__floor__', noArgs(q('__floor__'), exactInt));
  defMethod(T, '__ceil__', noArgs(q('__ceil__'), exactInt));
  defMethod(T, '__round__', intRoundMethod);
  defMethod(T, '__getnewargs__', noArgs(q('__getnewargs__'), (s) => newTuple([exactInt(s)])));
  defMethod(T, '__sizeof__', noArgs(q('__sizeof__'), (s) => newInt(intSizeof(s.v))));
  defMethod(T, '__format__', (s, a, k) => {
    const spec = formatSpecArg(s, a, k);
    if (spec === null) return strOf(s);
    return newStr(formatInt((s as PyInt).v, spec, s.type.name));
  });
  defGetSet(T, 'real', (o) => exactInt(o as PyInt));
  defGetSet(T, 'imag', () => newInt(0));
  defGetSet(T, 'numerator', (o) => exactInt(o as PyInt));
  defGetSet(T, 'denominator', () => newInt(1));
  exposeSlots(T);
  exposeNew(T);
  exposeTernaryPow(T);
  T.doc = INT_DOC;
}

/** __pow__ and __rpow__ take an optional modulus (wrap_ternaryfunc and its reflected form). */
export function exposeTernaryPow(t: PyType): void {
  const pow = t.nb[Bin.POW]!;
  const ternary = t.ternaryPow!;
  const wrap = (reflected: boolean): NativeFn => (s, a, k) => {
    wrapperUnpack(reflected ? '__rpow__' : '__pow__', a, k, 1, 2);
    const [x, y] = reflected ? [a[0], s] : [s, a[0]];
    return a.length === 2 && a[1] !== None ? ternary(x, y, a[1]) : pow(x, y);
  };
  exposeSlot(t, '__pow__', `nb${Bin.POW}`, wrap(false));
  exposeSlot(t, '__rpow__', `nb${Bin.POW}`, wrap(true));
}

const INT_DOC = `int([x]) -> integer
int(x, base=10) -> integer

Convert a number or string to an integer, or return 0 if no arguments
are given.  If x is a number, return x.__int__().  For floating point
numbers, this truncates towards zero.

If x is not a number or if base is given, then x must be a string,
bytes, or bytearray instance representing an integer literal in the
given base.  The literal can be preceded by '+' or '-' and be surrounded
by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.
Base 0 means to interpret the base from the string as an integer literal.
>>> int('0b100', base=0)
4`;
