// complex: a pair of C doubles (Objects/complexobject.c).
//
// The operations follow CPython's formulas step by step (Smith's division,
// repeated squaring for small integer powers, the polar form otherwise), so
// that every intermediate rounding, and every inf and nan, is CPython's; the
// polar form takes C's pow, hypot, exp, log, atan2, cos and sin from
// float.ts, this file and libm.ts rather than from V8's Math, whose last bits
// differ. C's errno becomes the `domainError` flag: set where C sets EDOM,
// and read the way complex_pow reads errno.

import { PyObject, decref } from '../object.js';
import { builtinType, ObjectType, PyType } from '../type.js';
import { PyStr, newStr } from './str.js';
import { newTuple } from './tuple.js';
import { NotImplemented, None } from './none.js';
import { PyInt, smallInt, newBool, intHooks, unpackArgs, exposeNew, exposeTernaryPow, formatSpecArg,
  strOf } from './int.js';
import { PyFloat, newFloat, numberToFloat, libmPow, equalsReal } from './float.js';
import { checkArgs, type NativeFn } from './builtinfunc.js';
import { exposeSlots, defMethod, defGetSet, genericGetAttr, allocInstance, callBound } from './typeobject.js';
import { typeError, valueError, zeroDivisionError, overflowError } from '../errors.js';
import { HASH } from '../hashing.js';
import { addressOf } from '../heap.js';
import { Op, Bin } from '../abstract.js';
import { hashComplex, hashHi } from '../../common/hash.js';
import { reprComplex, reprStr } from '../../common/repr.js';
import { isSpace, decimalValue } from '../../common/unicode.js';
import { formatComplex, intToFloat } from '../../common/numfmt.js';
import { atan2, cos, exp, log, sin } from '../../common/libm.js';

export const ComplexType = builtinType('complex', ObjectType, { basicsize: 32 });

export class PyComplex extends PyObject {
  constructor(public re: number, public im: number, type: PyType = ComplexType) {
    super(type);
  }
}

/** Instances of complex subclasses: the value is set after allocation. */
class PyComplexInstance extends PyComplex {
  constructor(type: PyType) {
    super(0, 0, type);
  }
}

export function newComplex(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

function notImplemented(): PyObject {
  NotImplemented.rc++;
  return NotImplemented;
}

// Registers: the operands of the slot being run (set by operands()) and the
// result of the arithmetic helpers, so that nothing is allocated but the
// result object. (A typed array, because a module-level `let` boxes every
// double stored in it.)
const REG = new Float64Array(6);
const AR = 0;
const AI = 1;
const BR = 2;
const BI = 3;
const ZR = 4;
const ZI = 5;
/** C's errno == EDOM: a division by zero, 0 to a negative or complex power, or cos/sin of an infinity. */
let domainError = false;

/** TO_COMPLEX for an operand: false when it is not a complex, int or float. */
function toComplex(o: PyObject, second: boolean): boolean {
  let re: number;
  let im = 0;
  if (o instanceof PyComplex) {
    re = o.re;
    im = o.im;
  } else if (o instanceof PyFloat) {
    re = o.v;
  } else if (o instanceof PyInt) {
    re = intToFloat(o.v);
  } else {
    return false;
  }
  REG[second ? BR : AR] = re;
  REG[second ? BI : AI] = im;
  return true;
}

function operands(a: PyObject, b: PyObject): boolean {
  return toComplex(a, false) && toComplex(b, true);
}

// ---------------------------------------------------------------- arithmetic (into REG[ZR], REG[ZI])

function product(ar: number, ai: number, br: number, bi: number): void {
  REG[ZR] = ar * br - ai * bi;
  REG[ZI] = ar * bi + ai * br;
}

/** _Py_c_quot: Smith's division, dividing through by the larger part of the divisor. */
function quotient(ar: number, ai: number, br: number, bi: number): void {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  if (absBr >= absBi) {
    if (absBr === 0) {
      domainError = true;
      REG[ZR] = REG[ZI] = 0;
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      REG[ZR] = (ar + ai * ratio) / denom;
      REG[ZI] = (ai - ar * ratio) / denom;
    }
  } else if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    REG[ZR] = (ar * ratio + ai) / denom;
    REG[ZI] = (ai * ratio - ar) / denom;
  } else {
    // A nan in the divisor.
    REG[ZR] = REG[ZI] = NaN;
  }
}

/** c_powu: x ** n for 0 < n <= 100 by repeated squaring, in CPython's order. */
function powUnsigned(xr: number, xi: number, n: number): void {
  let rr = 1;
  let ri = 0;
  let pr = xr;
  let pi = xi;
  for (let mask = 1; n >= mask; mask <<= 1) {
    if (n & mask) {
      product(rr, ri, pr, pi);
      rr = REG[ZR];
      ri = REG[ZI];
    }
    product(pr, pi, pr, pi);
    pr = REG[ZR];
    pi = REG[ZI];
  }
  REG[ZR] = rr;
  REG[ZI] = ri;
}

/** _Py_c_pow: the polar form. */
function powPolar(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) {
    REG[ZR] = 1;
    REG[ZI] = 0;
  } else if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) domainError = true;
    REG[ZR] = REG[ZI] = 0;
  } else {
    const vabs = hypot(ar, ai);
    let len = libmPow(vabs, br);
    const at = atan2(ai, ar);
    let phase = at * br;
    if (bi !== 0) {
      len /= exp(at * bi);
      phase += bi * log(vabs);
    }
    if (phase === Infinity || phase === -Infinity) domainError = true;
    REG[ZR] = len * cos(phase);
    REG[ZI] = len * sin(phase);
  }
}

/** complex_pow without a modulus: a new complex, or CPython's error. */
function complexPow(ar: number, ai: number, br: number, bi: number): PyObject {
  domainError = false;
  // A small integer exponent uses the faster and more accurate repeated squaring.
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    if (br > 0) {
      powUnsigned(ar, ai, br);
    } else {
      powUnsigned(ar, ai, -br);
      quotient(1, 0, REG[ZR], REG[ZI]);
    }
  } else {
    powPolar(ar, ai, br, bi);
  }
  if (domainError) throw zeroDivisionError('0.0 to a negative or complex power');
  // C's pow and exp report ERANGE on overflow; CPython keeps it only if a part is infinite.
  if (REG[ZR] === Infinity || REG[ZR] === -Infinity || REG[ZI] === Infinity || REG[ZI] === -Infinity) {
    throw overflowError('complex exponentiation');
  }
  return newComplex(REG[ZR], REG[ZI]);
}

/** float ** float with a negative base and a fractional exponent (float_pow hands it over). */
export function newComplexPow(a: PyObject, b: PyObject): PyObject {
  operands(a, b);
  return complexPow(REG[AR], REG[AI], REG[BR], REG[BI]);
}

/**
 * hypot(x, y) as glibc computes it: sqrt(x*x + y*y) corrected by Borges's
 * method ("An Improved Algorithm for hypot(a,b)", 2019), scaling huge and
 * tiny arguments; correctly rounded in practice, unlike V8's Math.hypot.
 */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (x === Infinity || x === -Infinity || y === Infinity || y === -Infinity) return Infinity;
    return x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  // Parts whose squares would overflow or underflow are scaled; a smaller
  // part below half an ulp of the larger one cannot change the result.
  if (ax > HYPOT_HUGE) {
    if (ay <= ax * HYPOT_EPS) return ax + ay;
    return hypotKernel(ax * HYPOT_SCALE, ay * HYPOT_SCALE) / HYPOT_SCALE;
  }
  if (ay < HYPOT_TINY) {
    // (ay / EPS rather than ax * EPS, which would round for a subnormal product)
    if (ax >= ay / HYPOT_EPS) return ax + ay;
    return hypotKernel(ax / HYPOT_SCALE, ay / HYPOT_SCALE) * HYPOT_SCALE;
  }
  if (ay <= ax * HYPOT_EPS) return ax + ay;
  return hypotKernel(ax, ay);
}

const HYPOT_EPS = 2 ** -54;
const HYPOT_HUGE = 2 ** 511;
const HYPOT_TINY = 2 ** -459;
const HYPOT_SCALE = 2 ** -600;

/** sqrt(ax*ax + ay*ay) for ax >= ay, with one Newton-like correction of the rounding errors. */
function hypotKernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number;
  let t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

/** abs(z) (_Py_c_abs): an infinite part wins over a nan. */
function complexAbs(re: number, im: number): number {
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (re === Infinity || re === -Infinity) return Infinity;
    if (im === Infinity || im === -Infinity) return Infinity;
    return NaN;
  }
  const r = hypot(re, im);
  if (r === Infinity) throw overflowError('absolute value too large');
  return r;
}

// ---------------------------------------------------------------- slots

type ComplexOp = () => void;

function binary(f: ComplexOp): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    if (!operands(a, b)) return notImplemented();
    f();
    return newComplex(REG[ZR], REG[ZI]);
  };
}

function divide(): void {
  domainError = false;
  quotient(REG[AR], REG[AI], REG[BR], REG[BI]);
  if (domainError) throw zeroDivisionError('complex division by zero');
}

function powSlot(a: PyObject, b: PyObject): PyObject {
  return operands(a, b) ? complexPow(REG[AR], REG[AI], REG[BR], REG[BI]) : notImplemented();
}

function ternaryPow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  if (!operands(a, b)) return notImplemented();
  if (m !== None) throw valueError('complex modulo');
  return complexPow(REG[AR], REG[AI], REG[BR], REG[BI]);
}

function complexRichCompare(a: PyObject, b: PyObject, op: Op): PyObject {
  if (op !== Op.EQ && op !== Op.NE) return notImplemented();
  const { re, im } = a as PyComplex;
  let equal: boolean;
  if (b instanceof PyInt) equal = im === 0 && equalsReal(re, b.v);
  else if (b instanceof PyFloat) equal = re === b.v && im === 0;
  else if (b instanceof PyComplex) equal = re === b.re && im === b.im;
  else return notImplemented();
  return newBool(equal === (op === Op.EQ));
}

function complexHash(o: PyObject): number {
  const { re, im } = o as PyComplex;
  // A nan part hashes by the object's identity.
  const lo = hashComplex(re, im, re !== re || im !== im ? addressOf(o) : 0);
  HASH.hi = hashHi;
  return lo;
}

/** complex_pos / __complex__: an exact complex with o's value (o itself when it is one). */
function exactComplex(o: PyObject): PyObject {
  if (o.type === ComplexType) {
    o.rc++;
    return o;
  }
  const c = o as PyComplex;
  return newComplex(c.re, c.im);
}

// ---------------------------------------------------------------- construction

/** complex(real=0, imag=0). */
function complexNew(type: PyObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const t = type as PyType;
  const [realArg, imagArg] = unpackArgs('complex', args, kwnames, ['real', 'imag'], 0, 2, 0);
  if (realArg !== null && realArg.type === ComplexType && imagArg === null && t === ComplexType) {
    realArg.rc++;
    return realArg;
  }
  if (realArg instanceof PyStr) {
    if (imagArg !== null) throw typeError("complex() can't take second arg if first is a string");
    parseComplex(realArg.v);
  } else {
    if (imagArg instanceof PyStr) throw typeError("complex() second arg can't be a string");
    complexFromNumbers(realArg, imagArg);
  }
  if (t === ComplexType) return newComplex(REG[ZR], REG[ZI]);
  const o = allocInstance(t) as PyComplex;
  o.re = REG[ZR];
  o.im = REG[ZI];
  return o;
}

/** A number for complex(): it has __float__ or __index__ or is a complex. */
function isNumberArg(o: PyObject): boolean {
  return o.type.float !== null || o.type.index !== null || o instanceof PyComplex;
}

/** The value of complex(r, i) for numbers (real + imag*1j, each possibly complex) into REG[ZR], REG[ZI]. */
function complexFromNumbers(realArg: PyObject | null, imagArg: PyObject | null): void {
  let r: PyObject = realArg ?? smallInt(0);
  const converted = complexSpecialMethod(r);
  if (converted !== null) r = converted;
  try {
    if (!isNumberArg(r)) {
      throw typeError(`complex() first argument must be a string or a number, not '${r.type.name}'`);
    }
    if (imagArg !== null && !isNumberArg(imagArg)) {
      throw typeError(`complex() second argument must be a number, not '${imagArg.type.name}'`);
    }
    // real + imag*1j where either may itself be complex: (a+bj) + (c+dj)*1j = (a-d) + (b+c)j.
    let re: number;
    let im = 0;
    const realIsComplex = r instanceof PyComplex;
    if (r instanceof PyComplex) {
      re = r.re;
      im = r.im;
    } else {
      re = floatValue(r);
    }
    if (imagArg instanceof PyComplex) {
      re -= imagArg.im;
      im = realIsComplex ? imagArg.re + im : imagArg.re;
    } else if (imagArg !== null) {
      const v = floatValue(imagArg);
      im = realIsComplex ? v + im : v;
    }
    REG[ZR] = re;
    REG[ZI] = im;
  } finally {
    if (converted !== null) decref(converted);
  }
}

function floatValue(o: PyObject): number {
  const f = numberToFloat(o);
  const v = f.v;
  decref(f);
  return v;
}

/** try_complex_special_method: o.__complex__() if its type has one (new reference), else null. */
function complexSpecialMethod(o: PyObject): PyObject | null {
  const m = o.type.lookup('__complex__');
  if (m === null) return null;
  const r = callBound(m, o, []);
  if (r.type === ComplexType) return r;
  if (!(r instanceof PyComplex)) {
    const n = r.type.name;
    decref(r);
    throw typeError(`__complex__ returned non-complex (type ${n})`);
  }
  intHooks.deprecationWarning(`__complex__ returned non-complex (type ${r.type.name}).  The ability to return an ` +
    'instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.');
  return r;
}

// ---------------------------------------------------------------- complex(str)

const NON_ASCII = /[^\0-\x7f]/;

/** The ASCII form CPython parses: Unicode spaces become ' ', Unicode decimal digits their ASCII digit. */
function asciiForm(s: string): string | null {
  if (!NON_ASCII.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 128) out += ch;
    else if (isSpace(cp)) out += ' ';
    else if (decimalValue(cp) >= 0) out += String(decimalValue(cp));
    else return null;
  }
  return out;
}

/** Remove the underscores of a numeric literal, or null when one is not between two digits. */
function withoutUnderscores(s: string): string | null {
  if (!s.includes('_')) return s;
  let out = '';
  let prev = '';
  for (const c of s) {
    // CPython's C loop stops at a NUL.
    if (c === '\0') break;
    const prevDigit = prev >= '0' && prev <= '9';
    if (c === '_') {
      if (!prevDigit) return null;
    } else {
      if (prev === '_' && !(c >= '0' && c <= '9')) return null;
      out += c;
    }
    prev = c;
  }
  return prev === '_' ? null : out;
}

/** A float as strtod reads it at the start of the rest of the string (sticky). */
const FLOAT_PREFIX = /[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN])/y;

/** Parse a float at s[pos]: its value, with the end in `prefixEnd` (pos when there is none). */
function floatPrefix(s: string, pos: number): number {
  FLOAT_PREFIX.lastIndex = pos;
  const m = FLOAT_PREFIX.exec(s);
  if (m === null) {
    prefixEnd = pos;
    return 0;
  }
  prefixEnd = pos + m[0].length;
  const text = m[0];
  const negative = text[0] === '-';
  const body = text[0] === '-' || text[0] === '+' ? text.slice(1) : text;
  const c = body[0];
  if (c === 'i' || c === 'I') return negative ? -Infinity : Infinity;
  if (c === 'n' || c === 'N') return NaN;
  return Number(text);
}
let prefixEnd = 0;

function isAsciiSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\v' || c === '\f' || c === '\r';
}

/** complex(s) for a str, into REG[ZR], REG[ZI]. */
function parseComplex(original: string): void {
  const ascii = asciiForm(original);
  const s = ascii === null ? null : withoutUnderscores(ascii);
  if (s === null) {
    if (ascii === null) throw valueError('complex() arg is a malformed string');
    throw valueError(`could not convert string to complex: ${reprStr(original)}`);
  }
  if (!parseComplexText(s)) throw valueError('complex() arg is a malformed string');
}

/** complex_from_string_inner: the forms <float>, <float>j, <float><signed-float>j, and j with an optional sign. */
function parseComplexText(s: string): boolean {
  let x = 0;
  let y = 0;
  let i = 0;
  while (isAsciiSpace(s[i])) i++;
  const bracket = s[i] === '(';
  if (bracket) {
    i++;
    while (isAsciiSpace(s[i])) i++;
  }
  const z = floatPrefix(s, i);
  if (prefixEnd !== i) {
    i = prefixEnd;
    if (s[i] === '+' || s[i] === '-') {
      x = z;
      const w = floatPrefix(s, i);
      if (prefixEnd !== i) {
        y = w;
        i = prefixEnd;
      } else {
        y = s[i] === '+' ? 1 : -1;
        i++;
      }
      if (s[i] !== 'j' && s[i] !== 'J') return false;
      i++;
    } else if (s[i] === 'j' || s[i] === 'J') {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (s[i] === '+' || s[i] === '-') {
      y = s[i] === '+' ? 1 : -1;
      i++;
    } else {
      y = 1;
    }
    if (s[i] !== 'j' && s[i] !== 'J') return false;
    i++;
  }
  while (isAsciiSpace(s[i])) i++;
  if (bracket) {
    if (s[i] !== ')') return false;
    i++;
    while (isAsciiSpace(s[i])) i++;
  }
  if (i !== s.length) return false;
  REG[ZR] = x;
  REG[ZI] = y;
  return true;
}

// ---------------------------------------------------------------- init

function noArgs(name: string, f: (o: PyComplex) => PyObject): NativeFn {
  return (s, a, k) => {
    checkArgs(`complex.${name}`, a, k, 0, 0);
    return f(s as PyComplex);
  };
}

export function initComplex(): void {
  const T = ComplexType;
  T.jsClass = PyComplexInstance as unknown as new (type: PyType) => PyObject;
  T.repr = (o) => newStr(reprComplex((o as PyComplex).re, (o as PyComplex).im));
  T.hash = complexHash;
  T.richcompare = complexRichCompare;
  T.getattro = genericGetAttr;
  T.bool = (o) => (o as PyComplex).re !== 0 || (o as PyComplex).im !== 0;
  T.neg = (o) => newComplex(-(o as PyComplex).re, -(o as PyComplex).im);
  T.pos = exactComplex;
  T.abs = (o) => newFloat(complexAbs((o as PyComplex).re, (o as PyComplex).im));
  T.new_ = complexNew;
  T.nb[Bin.ADD] = binary(() => {
    REG[ZR] = REG[AR] + REG[BR];
    REG[ZI] = REG[AI] + REG[BI];
  });
  T.nb[Bin.SUB] = binary(() => {
    REG[ZR] = REG[AR] - REG[BR];
    REG[ZI] = REG[AI] - REG[BI];
  });
  T.nb[Bin.MUL] = binary(() => product(REG[AR], REG[AI], REG[BR], REG[BI]));
  T.nb[Bin.TRUEDIV] = binary(divide);
  T.nb[Bin.POW] = powSlot;
  T.ternaryPow = ternaryPow;
  defMethod(T, 'conjugate', noArgs('conjugate', (c) => newComplex(c.re, -c.im)));
  defMethod(T, '__complex__', noArgs('__complex__', exactComplex));
  defMethod(T, '__getnewargs__', noArgs('__getnewargs__', (c) => newTuple([newFloat(c.re), newFloat(c.im)])));
  defMethod(T, '__format__', (s, a, k) => {
    const spec = formatSpecArg(s, a, k);
    if (spec === null) return strOf(s);
    return newStr(formatComplex((s as PyComplex).re, (s as PyComplex).im, spec, s.type.name));
  });
  defGetSet(T, 'real', (o) => newFloat((o as PyComplex).re));
  defGetSet(T, 'imag', (o) => newFloat((o as PyComplex).im));
  exposeSlots(T);
  exposeNew(T);
  exposeTernaryPow(T);
  T.doc = 'Create a complex number from a real part and an optional imaginary part.\n\n' +
    'This is equivalent to (real + imag*1j) where imag defaults to 0.';
}
