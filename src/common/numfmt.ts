// Number formatting and parsing as CPython 3.11 does it, on plain values:
// format() of int, float and complex (Python/formatter_unicode.c), the float to
// decimal conversion under it (Python/pystrtod.c PyOS_double_to_string with
// dtoa.c's correct rounding), %-formatting (Objects/unicodeobject.c), round(),
// int() and float() of strings, str(int) with 3.11's digit limit, bin/oct/hex,
// float.hex / float.fromhex / float.as_integer_ratio.
//
// Python ints arrive as `number` (a safe integer) or `bigint`; results that are
// ints are numbers whenever they are safe integers.

import { raise } from './pyerror.js';
import { reprFloat, reprComplex, reprStr } from './repr.js';
import { decimalValue, isSpace } from './unicode.js';
import {
  type FormatSpec, SpecCache, cpLength, cpPrefix, fillRun, layoutNumber, padField, unknownFormatType,
} from './formatSpec.js';

const INT_MAX = 2147483647;

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

// ---------------------------------------------------------------------------
// The bits of a double

const bitsView = new DataView(new ArrayBuffer(8));

/** Set by decompose(): a positive finite double is mantissa * 2**exponent2 with
 *  an odd mantissa (below 2**53). Module state, so that no call allocates. */
let mantissa = 0;
let exponent2 = 0;

function trailingZeros32(v: number): number {
  return 31 - Math.clz32(v & -v);
}

function decompose(ax: number): void {
  bitsView.setFloat64(0, ax);
  const hi = bitsView.getUint32(0);
  const lo = bitsView.getUint32(4);
  const biased = hi >>> 20;
  const top = hi & 0xfffff;
  let e = biased === 0 ? -1074 : biased - 1075;
  const topWithHidden = biased === 0 ? top : top | 0x100000;
  const shift = lo !== 0 ? trailingZeros32(lo) : 32 + trailingZeros32(topWithHidden);
  e += shift;
  mantissa = (topWithHidden * 4294967296 + lo) / 2 ** shift;
  exponent2 = e;
}

/** 2**k as a double, exact for -1074 <= k <= 1023 (built from its bits). */
function pow2(k: number): number {
  if (k >= -1022) {
    bitsView.setUint32(0, (k + 1023) << 20);
    bitsView.setUint32(4, 0);
  } else if (k >= -1042) {
    bitsView.setUint32(0, 1 << (k + 1042));
    bitsView.setUint32(4, 0);
  } else {
    bitsView.setUint32(0, 0);
    bitsView.setUint32(4, 1 << (k + 1074));
  }
  return bitsView.getFloat64(0);
}

// ---------------------------------------------------------------------------
// Decimal digits of a double (dtoa's modes 2 and 3)
//
// JS's toExponential/toFixed are correctly rounded for up to 100 digits but
// break exact ties upwards, where CPython rounds half to even. A tie needs the
// decimal expansion of the double to end exactly one digit past the rounding
// point with a 5, which decompose() tells cheaply. Beyond JS's range the digits
// come from the exact expansion m * 5**k (a double is a finite decimal).

/** The result of the digit generators: significant digits without trailing
 *  zeros ('' when the value rounds to zero) and the decimal point position
 *  (value = 0.DIGITS * 10**digitsPoint). */
let digitsOut = '';
let digitsPoint = 0;

/**
 * Whether ax lies exactly halfway between two multiples of 10**-r (r may be
 * negative): then ax * 10**r * 2 is an odd integer, i.e. the binary exponent is
 * -r-1 and, for r < 0, 5**-r divides the odd mantissa.
 */
function isDecimalTie(ax: number, r: number): boolean {
  decompose(ax);
  if (exponent2 + 1 + r !== 0) return false;
  if (r >= 0) return true;
  return r >= -22 && mantissa % 5 ** -r === 0; // 5**23 exceeds any mantissa
}

/** A digit string ending in an odd digit that JS rounded up on a tie: the even
 *  neighbour is one unit lower, and no borrow is needed. */
function roundTieDown(ds: string): string {
  return ds.slice(0, -1) + String.fromCharCode(ds.charCodeAt(ds.length - 1) - 1);
}

function stripTrailingZeros(ds: string): string {
  let end = ds.length;
  while (end > 0 && ds.charCodeAt(end - 1) === 48) end--;
  return end === ds.length ? ds : ds.slice(0, end);
}

/** The exact decimal expansion of ax > 0: digits without trailing zeros and the
 *  point position, in exactDigits / exactPoint. */
let exactDigits = '';
let exactPoint = 0;

function expandExactly(ax: number): void {
  decompose(ax);
  if (exponent2 >= 0) {
    const s = (BigInt(mantissa) << BigInt(exponent2)).toString();
    exactDigits = stripTrailingZeros(s);
    exactPoint = s.length;
  } else {
    // m / 2**k == m * 5**k / 10**k; odd times odd has no trailing zero.
    exactDigits = (BigInt(mantissa) * 5n ** BigInt(-exponent2)).toString();
    exactPoint = exactDigits.length + exponent2;
  }
}

/** Rounds the exact expansion to its first `keep` digits, half to even. A
 *  result of zero gets the point dtoa gives it: just before digit `keep`. */
function roundExact(keep: number): void {
  const s = exactDigits;
  digitsPoint = exactPoint;
  if (keep >= s.length) {
    digitsOut = s;
    return;
  }
  // s has no trailing zeros, so anything after the digit at `keep` makes it more than half.
  const next = keep < 0 ? 0 : s.charCodeAt(keep) - 48;
  const up = next > 5 || (next === 5 && (keep + 1 < s.length || (keep > 0 && (s.charCodeAt(keep - 1) & 1) === 1)));
  if (!up) {
    digitsOut = keep <= 0 ? '' : stripTrailingZeros(s.slice(0, keep));
    if (digitsOut === '') digitsPoint = exactPoint - keep;
    return;
  }
  let i = keep - 1;
  while (i >= 0 && s.charCodeAt(i) === 57) i--;
  if (i < 0) {
    digitsOut = '1';
    digitsPoint = exactPoint + 1;
  } else {
    digitsOut = s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) + 1);
  }
}

/** dtoa mode 2: ax > 0 correctly rounded to `ndigits` >= 1 significant digits. */
function digitsSignificant(ax: number, ndigits: number): void {
  if (ndigits > 101) {
    expandExactly(ax);
    roundExact(ndigits);
    return;
  }
  const s = ax.toExponential(ndigits - 1);
  const e = s.indexOf('e');
  let ds = ndigits > 1 ? s[0]! + s.slice(2, e) : s.slice(0, e);
  const exp10 = Number(s.slice(e + 1));
  // An odd last digit cannot come from a carry into a new decade, so exp10 is
  // the value's own decimal exponent here.
  if ((ds.charCodeAt(ds.length - 1) & 1) === 1 && isDecimalTie(ax, ndigits - 1 - exp10)) ds = roundTieDown(ds);
  digitsOut = stripTrailingZeros(ds);
  digitsPoint = exp10 + 1;
}

/** dtoa mode 3 where toFixed cannot help: ax > 0 correctly rounded to `ndigits`
 *  digits after the point (ndigits < 0 rounds to tens, hundreds, ...). */
function digitsFixedExactly(ax: number, ndigits: number): void {
  expandExactly(ax);
  roundExact(exactPoint + ndigits);
}

// ---------------------------------------------------------------------------
// PyOS_double_to_string

/** Flags of floatToString (CPython's Py_DTSF_*). */
export const DTSF_ADD_DOT_0 = 2; // integral results in positional form get '.0'
export const DTSF_ALT = 4; // '#': keep the point and trailing zeros
export const DTSF_NO_NEG_0 = 8; // 'z': drop the sign of a result that rounds to zero

/**
 * The digits of format_float_short laid out: sign, zero padding around the
 * digit string, the decimal point, and for exponent form 'e+XX' (two digits at
 * least). `code` is 'e', 'f' or 'g'; `precision` is the digit count dtoa was
 * asked for ('e' counts the digit before the point).
 */
function layoutDigits(negative: boolean, digits: string, decpt: number, code: string, precision: number,
                      addDot0: boolean, alt: boolean, upper: boolean): string {
  const n = digits.length;
  let useExp = false;
  let end = n; // digits shown, counted from the first digit; zeros past n
  if (code === 'e') {
    useExp = true;
    end = precision;
  } else if (code === 'f') {
    end = decpt + precision;
  } else {
    if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
    if (alt) end = precision;
  }
  let exp = 0;
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  // The point must fall inside the digits shown (after one more with addDot0).
  const min = !useExp && addDot0 ? decpt + 1 : decpt;
  if (end < min) end = min;

  let out = negative ? '-' : '';
  if (decpt <= 0) out += '0.' + fillRun('0', -decpt) + digits + fillRun('0', end - n);
  else if (decpt <= n) out += digits.slice(0, decpt) + '.' + digits.slice(decpt) + fillRun('0', end - n);
  else out += digits + fillRun('0', decpt - n) + '.' + fillRun('0', end - decpt);
  if (!alt && out.charCodeAt(out.length - 1) === 46) out = out.slice(0, -1);
  return useExp ? out + exponentSuffix(exp, upper) : out;
}

/** 'e+05', 'E-123': C's "%+.02d" after the letter. */
function exponentSuffix(exp: number, upper: boolean): string {
  const ae = exp < 0 ? -exp : exp;
  return (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
}

/** The alternate form of a finite repr: its digits always show a point, so
 *  '1' and '1e+16' (digits ending at the point) become '1.' and '1.e+16'. */
function keepPoint(s: string): string {
  if (s.includes('.')) return s;
  const e = s.indexOf('e');
  return e < 0 ? s + '.' : s.slice(0, e) + '.' + s.slice(e);
}

/** Whether s is a '-' followed only by zeros and a point. */
function isNegativeZeroText(s: string): boolean {
  if (s.charCodeAt(0) !== 45) return false;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 48 && c !== 46) return false;
  }
  return true;
}

/** The common 'f' case straight from toFixed (|x| < 1e21, precision <= 100),
 *  with the tie and the sign of zero put right. */
function fixedDirect(x: number, precision: number, flags: number): string {
  let s = x.toFixed(precision);
  if ((s.charCodeAt(s.length - 1) & 1) === 1 && isDecimalTie(x < 0 ? -x : x, precision)) s = roundTieDown(s);
  if (x === 0 && 1 / x < 0) s = '-' + s; // toFixed drops the sign of -0.0
  if ((flags & DTSF_NO_NEG_0) !== 0 && isNegativeZeroText(s)) s = s.slice(1);
  return precision === 0 && (flags & DTSF_ALT) !== 0 ? s + '.' : s;
}

/** The common 'e' case straight from toExponential (precision <= 100): ties
 *  and -0.0 put right, the exponent given two digits at least. */
function exponentDirect(x: number, precision: number, flags: number, upper: boolean): string {
  const s = x.toExponential(precision);
  const e = s.indexOf('e');
  let digits = s.slice(0, e);
  const exp = Number(s.slice(e + 1));
  if ((digits.charCodeAt(digits.length - 1) & 1) === 1 && isDecimalTie(x < 0 ? -x : x, precision - exp)) {
    digits = roundTieDown(digits);
  }
  // Only zero itself rounds to zero here.
  if (x === 0 && 1 / x < 0 && (flags & DTSF_NO_NEG_0) === 0) digits = '-' + digits;
  if (precision === 0 && (flags & DTSF_ALT) !== 0) digits += '.';
  return digits + exponentSuffix(exp, upper);
}

/**
 * PyOS_double_to_string: x in format `code` ('e', 'E', 'f', 'F', 'g', 'G', or
 * 'r' for repr with precision 0) with the DTSF_* flags. Correctly rounded,
 * exact ties to even; 'nan', 'inf', '-inf' (upper case for E, F, G).
 */
export function floatToString(x: number, code: string, precision: number, flags: number): string {
  const upper = code === 'E' || code === 'F' || code === 'G';
  if (x !== x) return upper ? 'NAN' : 'nan';
  if (x === Infinity) return upper ? 'INF' : 'inf';
  if (x === -Infinity) return upper ? '-INF' : '-inf';
  if (code === 'r') {
    // Shortest round-trip digits come from repr.ts; only -0.0 rounds to zero.
    if ((flags & DTSF_NO_NEG_0) !== 0 && x === 0) x = 0;
    // repr of a complex with real part +0.0 is the bare repr of the imaginary part and 'j'.
    const s = (flags & DTSF_ADD_DOT_0) !== 0 ? reprFloat(x) : reprComplex(0, x).slice(0, -1);
    return (flags & DTSF_ALT) !== 0 ? keepPoint(s) : s;
  }
  const lower = upper ? code.toLowerCase() : code;
  if (precision <= 100) {
    if (lower === 'f' && x < 1e21 && x > -1e21) return fixedDirect(x, precision, flags);
    if (lower === 'e') return exponentDirect(x, precision, flags, upper);
  }
  let negative = x < 0 || Object.is(x, -0);
  const ax = negative ? -x : x;
  if (lower === 'e') precision++;
  else if (lower === 'g' && precision === 0) precision = 1;
  if (ax === 0) {
    digitsOut = '0';
    digitsPoint = 1;
  } else if (lower === 'f') {
    digitsFixedExactly(ax, precision);
  } else {
    digitsSignificant(ax, precision);
  }
  if (negative && (flags & DTSF_NO_NEG_0) !== 0 && (digitsOut === '' || digitsOut === '0')) negative = false;
  return layoutDigits(negative, digitsOut, digitsPoint, lower, precision,
    (flags & DTSF_ADD_DOT_0) !== 0, (flags & DTSF_ALT) !== 0, upper);
}

// ---------------------------------------------------------------------------
// str(int), bin/oct/hex, int -> float

/** sys.int_max_str_digits: the most decimal digits int <-> str converts (0: no limit). */
let maxStrDigits = 4300;

export function getIntMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits(n). */
export function setIntMaxStrDigits(n: number): void {
  if (n !== 0 && n < 640) raise('ValueError', 'maxdigits must be 0 or larger than 640');
  maxStrDigits = n;
}

function tooManyDigitsToStr(): never {
  raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ` +
    'use sys.set_int_max_str_digits() to increase the limit');
}

/** Decimal digits of |v| (no sign), under the digit limit. */
function decimalDigitsOf(v: number | bigint): string {
  if (typeof v === 'number') return String(v < 0 ? -v : v); // at most 16 digits
  const a = v < 0n ? -v : v;
  if (maxStrDigits > 0) {
    // A bound from the bit length first, so that huge ints fail without the
    // quadratic decimal conversion: 2**(b-1) has more than (b-1)*log10(2) digits.
    const hexLen = a.toString(16).length;
    if ((hexLen - 1) * 4 * Math.LOG10E * Math.LN2 > maxStrDigits + 1) tooManyDigitsToStr();
  }
  const s = a.toString();
  if (maxStrDigits > 0 && s.length > maxStrDigits) tooManyDigitsToStr();
  return s;
}

/** str(v) for an int, with 3.11's limit on decimal digits. */
export function intToStr(v: number | bigint): string {
  if (typeof v === 'number') return String(v);
  const s = decimalDigitsOf(v);
  return v < 0n ? '-' + s : s;
}

/** Digits of |v| in base 2, 8, 10 or 16 (lower case). */
function digitsInBase(v: number | bigint, base: number): string {
  if (base === 10) return decimalDigitsOf(v);
  if (typeof v === 'number') return (v < 0 ? -v : v).toString(base);
  return (v < 0n ? -v : v).toString(base);
}

const BASE_PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x', 10: '' };

/** bin(), oct(), hex() (base 2, 8, 16; also 10): '-0x1f'. `prefix` false drops the '0x'. */
export function intToBase(v: number | bigint, base: 2 | 8 | 10 | 16, prefix = true): string {
  const digits = digitsInBase(v, base);
  return (v < 0 ? '-' : '') + (prefix ? BASE_PREFIX[base]! : '') + digits;
}

/** float(v) for an int: correctly rounded (JS's BigInt -> Number rounds half to even). */
export function intToFloat(v: number | bigint): number {
  if (typeof v === 'number') return v;
  const x = Number(v);
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'int too large to convert to float');
  return x;
}

/** Python int from an integral double: a number when safe, else a bigint (never -0). */
function intFromIntegral(x: number): number | bigint {
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  return BigInt(x);
}

function intFromBigint(v: bigint): number | bigint {
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

// ---------------------------------------------------------------------------
// format() of int, float, complex

const INT_SPECS = new SpecCache('d', '>');
const FLOAT_SPECS = new SpecCache('', '>');

/** format(v, spec) for an int; `typeName` names a subclass in errors. */
export function formatInt(v: number | bigint, spec: string, typeName = 'int'): string {
  if (spec === '') return intToStr(v);
  const f = INT_SPECS.get(spec, typeName);
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatIntWith(v, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatWith(intToFloat(v), f);
    default:
      return unknownFormatType(f.type, typeName);
  }
}

function formatIntWith(v: number | bigint, f: FormatSpec): string {
  if (f.precision !== -1) raise('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNegZero) raise('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') raise('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) raise('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    const ch = charOfInt(v, true);
    return layoutNumber('', false, '', '', ch, 1, '', 3, f.fill, f.align, f.width);
  }
  const base = f.type === 'b' ? 2 : f.type === 'o' ? 8 : f.type === 'x' || f.type === 'X' ? 16 : 10;
  let digits = digitsInBase(v, base);
  let prefix = f.alternate ? BASE_PREFIX[base]! : '';
  if (f.type === 'X') {
    digits = digits.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  // 'n' groups as the C locale does: not at all.
  const sep = f.type === 'n' ? '' : f.grouping;
  return layoutNumber(f.sign, v < 0, prefix, digits, '', 0, sep, f.groupSize, f.fill, f.align, f.width);
}

/** chr(v) for format 'c' and '%c'. `longFirst`: format() converts to a C long
 *  first, so ints beyond 64 bits fail with that message instead. */
function charOfInt(v: number | bigint, longFirst: boolean): string {
  if (typeof v === 'bigint') {
    if (longFirst && (v > 9223372036854775807n || v < -9223372036854775808n)) {
      raise('OverflowError', 'Python int too large to convert to C long');
    }
    raise('OverflowError', '%c arg not in range(0x110000)'); // a bigint is beyond 2**53
  }
  if (v < 0 || v > 0x10ffff) raise('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(v);
}

/** format(x, spec) for a float; `typeName` names a subclass in errors. */
export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return reprFloat(x);
  const f = FLOAT_SPECS.get(spec, typeName);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatWith(x, f);
    default:
      return unknownFormatType(f.type, typeName);
  }
}

/** Resolves the spec's type and precision to floatToString's (format_float_internal
 *  and format_complex_internal share this); results in conversionCode / conversionPrecision. */
let conversionCode = '';
let conversionPrecision = 0;

function resolveConversion(f: FormatSpec): void {
  let code = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  if (code === '') {
    // No type: repr without a precision, else like 'g' (with '.0' kept for floats).
    code = 'r';
    defaultPrecision = 0;
  } else if (code === 'n') {
    code = 'g';
  } else if (code === '%') {
    code = 'f';
  }
  if (precision < 0) precision = defaultPrecision;
  else if (code === 'r') code = 'g';
  conversionCode = code;
  conversionPrecision = precision;
}

function formatFloatWith(x: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) raise('ValueError', 'precision too big');
  resolveConversion(f);
  let flags = f.alternate ? DTSF_ALT : 0;
  if (f.noNegZero) flags |= DTSF_NO_NEG_0;
  if (f.type === '') flags |= DTSF_ADD_DOT_0;
  let s = floatToString(f.type === '%' ? x * 100 : x, conversionCode, conversionPrecision, flags);
  if (f.type === '%') s += '%';
  if (f.width < 0 && f.grouping === '' && (f.sign === '' || f.sign === '-')) return s; // nothing to lay out
  return layoutFloatText(s, f.sign, f.type === 'n' ? '' : f.grouping, f.fill, f.align, f.width);
}

/** A formatted float ('-1234.5e+06', 'inf', '50%') signed, grouped and padded:
 *  only its leading digits are grouped and zero padded. */
function layoutFloatText(s: string, signMode: string, sep: string, fill: string, align: string,
                         width: number): string {
  const negative = s.charCodeAt(0) === 45;
  const start = negative ? 1 : 0;
  let intEnd = start;
  while (intEnd < s.length && isAsciiDigit(s.charCodeAt(intEnd))) intEnd++;
  return layoutNumber(signMode, negative, '', s.slice(start, intEnd), s.slice(intEnd), s.length - intEnd,
    sep, 3, fill, align, width);
}

const COMPLEX_SPECS = new SpecCache('', '>');

/** format(complex(re, im), spec); `typeName` names a subclass in errors. */
export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  if (spec === '') return reprComplex(re, im);
  const f = COMPLEX_SPECS.get(spec, typeName);
  switch (f.type) {
    case '': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      break;
    default:
      unknownFormatType(f.type, typeName);
  }
  if (f.precision > INT_MAX) raise('ValueError', 'precision too big');
  if (f.fill === '0') raise('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') raise('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  resolveConversion(f);
  let flags = f.alternate ? DTSF_ALT : 0;
  if (f.noNegZero) flags |= DTSF_NO_NEG_0;
  // Without a type the result reads like repr: a +0.0 real part is left out,
  // anything else gets parentheses.
  const skipReal = f.type === '' && re === 0 && !Object.is(re, -0);
  const parens = f.type === '' && !skipReal;
  const sep = f.type === 'n' ? '' : f.grouping;
  // Each part is signed and grouped without padding; the imaginary part always
  // shows its sign unless it stands alone. The whole is padded at the end.
  let body = parens ? '(' : '';
  if (!skipReal) {
    body += layoutFloatText(floatToString(re, conversionCode, conversionPrecision, flags), f.sign, sep, ' ', '<', -1);
  }
  body += layoutFloatText(floatToString(im, conversionCode, conversionPrecision, flags), skipReal ? f.sign : '+',
    sep, ' ', '<', -1);
  body += parens ? 'j)' : 'j';
  return padField(body, body.length, f.width, f.align, f.fill);
}

// ---------------------------------------------------------------------------
// %-formatting

/** Conversion flags of a %-spec, as CPython numbers them. */
export const F_LJUST = 1; // '-'
export const F_SIGN = 2; // '+'
export const F_BLANK = 4; // ' '
export const F_ALT = 8; // '#'
export const F_ZERO = 16; // '0'

/** One parsed conversion spec of a %-format string. */
export interface PercentSpec {
  /** The mapping key of '%(key)s', or null. */
  readonly key: string | null;
  /** F_* bits. */
  readonly flags: number;
  /** -1 when absent. */
  readonly width: number;
  /** -1 when absent. */
  readonly prec: number;
  /** The conversion character (one code point; not validated). */
  readonly type: string;
  /** Index (in UTF-16 units) of the conversion character. */
  readonly typeAt: number;
  /** Index just past the spec. */
  readonly end: number;
}

/** What the parser needs from the runtime, called in CPython's order so that
 *  errors come out in the same order. */
export interface PercentArgSource {
  /** '%(' was seen: raise TypeError('format requires a mapping') unless the args are one. */
  checkMapping(): void;
  /** The key of '%(key)': look it up (KeyError) and make it the current argument. */
  selectKey(key: string): void;
  /** A '*' width or precision: the next argument as a number, which must be an
   *  int ('* wants int', or an OverflowError for a C ssize_t / int). */
  star(what: 'width' | 'prec'): number;
}

/** A run of ASCII digits fmt[start, end) as a number, refused above `max`
 *  (INT_MAX, or 2**63-1 as a bigint: a double cannot hold it exactly). */
function digitRun(fmt: string, start: number, end: number, max: number | bigint, tooBig: string): number {
  let acc = 0;
  for (let i = start; i < end; i++) acc = acc * 10 + fmt.charCodeAt(i) - 48;
  if (typeof max === 'number' ? acc > max : acc > 9e18 && BigInt(fmt.slice(start, end)) > max) raise('ValueError', tooBig);
  return acc;
}

/**
 * Parses the conversion spec after a '%' at fmt[pos - 1], with CPython's errors
 * ('incomplete format', 'incomplete format key', 'width too big', ...).
 * Returns null for '%%', a literal percent sign. The caller then takes the
 * value argument and converts it by `type`, raising percentUnsupported() for
 * unknown characters.
 */
export function parsePercentSpec(fmt: string, pos: number, args: PercentArgSource): PercentSpec | null {
  const n = fmt.length;
  let i = pos;
  if (i < n && fmt.charCodeAt(i) === 37) return null;
  let key: string | null = null;
  if (i < n && fmt.charCodeAt(i) === 40) {
    args.checkMapping();
    let depth = 1;
    i++;
    while (depth > 0 && i < n) {
      const c = fmt.charCodeAt(i++);
      if (c === 41) depth--;
      else if (c === 40) depth++;
    }
    if (depth > 0) raise('ValueError', 'incomplete format key');
    key = fmt.slice(pos + 1, i - 1);
    args.selectKey(key);
  }
  if (i >= n) incompleteFormat();
  let flags = 0;
  let c = fmt.charCodeAt(i++);
  for (;;) {
    const flag = c === 45 ? F_LJUST : c === 43 ? F_SIGN : c === 32 ? F_BLANK : c === 35 ? F_ALT : c === 48 ? F_ZERO : 0;
    if (flag === 0) break;
    flags |= flag;
    if (i >= n) incompleteFormat();
    c = fmt.charCodeAt(i++);
  }
  let width = -1;
  if (c === 42) {
    width = args.star('width');
    if (width < 0) {
      flags |= F_LJUST;
      width = -width;
    }
    if (i >= n) incompleteFormat();
    c = fmt.charCodeAt(i++);
  } else if (isAsciiDigit(c)) {
    const start = i - 1;
    while (i < n && isAsciiDigit(fmt.charCodeAt(i))) i++;
    width = digitRun(fmt, start, i, 9223372036854775807n, 'width too big');
    if (i >= n) incompleteFormat();
    c = fmt.charCodeAt(i++);
  }
  let prec = -1;
  if (c === 46) {
    prec = 0;
    if (i >= n) incompleteFormat();
    c = fmt.charCodeAt(i++);
    if (c === 42) {
      prec = Math.max(args.star('prec'), 0);
      if (i >= n) incompleteFormat();
      c = fmt.charCodeAt(i++);
    } else if (isAsciiDigit(c)) {
      const start = i - 1;
      while (i < n && isAsciiDigit(fmt.charCodeAt(i))) i++;
      prec = digitRun(fmt, start, i, INT_MAX, 'precision too big');
      if (i >= n) incompleteFormat();
      c = fmt.charCodeAt(i++);
    }
  }
  // C's length modifiers mean nothing in Python: one of h, l, L is skipped.
  if (c === 104 || c === 108 || c === 76) {
    if (i >= n) incompleteFormat();
    c = fmt.charCodeAt(i++);
  }
  const typeAt = i - 1;
  if (c >= 0xd800 && c < 0xdc00 && i < n && (fmt.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
  return { key, flags, width, prec, type: fmt.slice(typeAt, i), typeAt, end: i };
}

function incompleteFormat(): never {
  raise('ValueError', 'incomplete format');
}

/** ValueError for a conversion character %-format does not know, at its index in code points. */
export function percentUnsupported(fmt: string, spec: PercentSpec): never {
  const cp = spec.type.codePointAt(0)!;
  const shown = cp >= 31 && cp <= 126 ? spec.type : '?';
  const index = cpLength(fmt.slice(0, spec.typeAt));
  raise('ValueError', `unsupported format character '${shown}' (0x${cp.toString(16)}) at index ${index}`);
}

/**
 * A converted value in its %-field (unicode_format_arg_output): numbers take a
 * sign from F_SIGN / F_BLANK and zero fill from F_ZERO, placed after the sign
 * and the '0x' of '%#x'.
 */
function percentField(str: string, flags: number, width: number, type: string, numeric: boolean): string {
  let len = numeric ? str.length : cpLength(str);
  if (width <= len && (!numeric || (flags & (F_SIGN | F_BLANK)) === 0)) return str;
  const zeroFill = numeric && (flags & F_ZERO) !== 0;
  let sign = '';
  let body = str;
  if (numeric) {
    const c0 = str.charCodeAt(0);
    if (c0 === 45 || c0 === 43) {
      sign = str[0]!;
      body = str.slice(1);
      len--;
    } else if ((flags & F_SIGN) !== 0) {
      sign = '+';
    } else if ((flags & F_BLANK) !== 0) {
      sign = ' ';
    }
  }
  if (width < len) width = len;
  let out = '';
  if (sign !== '') {
    if (zeroFill) out += sign;
    if (width > len) width--;
  }
  let prefix = '';
  if ((flags & F_ALT) !== 0 && (type === 'x' || type === 'X' || type === 'o')) {
    prefix = body.slice(0, 2);
    body = body.slice(2);
    if (zeroFill) out += prefix;
    width = Math.max(width - 2, 0);
    len -= 2;
  }
  if (width > len && (flags & F_LJUST) === 0) {
    out += fillRun(zeroFill ? '0' : ' ', width - len);
    width = len;
  }
  if (!zeroFill) out += sign + prefix;
  out += body;
  if (width > len) out += fillRun(' ', width - len);
  return out;
}

/** '%d' '%i' '%u' '%o' '%x' '%X' '%c' of an int, padded to its field. */
export function percentFormatInt(v: number | bigint, flags: number, width: number, prec: number, type: string): string {
  if (type === 'c') return percentField(charOfInt(v, false), flags, width, type, false);
  if (prec > INT_MAX - 3) raise('OverflowError', 'precision too large');
  const base = type === 'o' ? 8 : type === 'x' || type === 'X' ? 16 : 10;
  let digits = digitsInBase(v, base);
  if (prec > digits.length) digits = fillRun('0', prec - digits.length) + digits;
  let s = (flags & F_ALT) !== 0 && base !== 10 ? BASE_PREFIX[base]! + digits : digits;
  if (type === 'X') s = s.toUpperCase();
  return percentField(v < 0 ? '-' + s : s, flags, width, type, true);
}

/** '%e' '%E' '%f' '%F' '%g' '%G' of a float, padded to its field. */
export function percentFormatFloat(x: number, flags: number, width: number, prec: number, type: string): string {
  const s = floatToString(x, type, prec < 0 ? 6 : prec, (flags & F_ALT) !== 0 ? DTSF_ALT : 0);
  return percentField(s, flags, width, type, true);
}

/** '%s' '%r' '%a' of an already converted string: cut to prec, padded to its field. */
export function percentFormatStr(s: string, flags: number, width: number, prec: number): string {
  if (prec >= 0) s = cpPrefix(s, prec);
  return percentField(s, flags, width, 's', false);
}

/** '%c' of a str: it must be one character. */
export function percentFormatCharStr(s: string, flags: number, width: number): string {
  if (cpLength(s) !== 1) raise('TypeError', '%c requires int or char');
  return percentField(s, flags, width, 'c', false);
}

// ---------------------------------------------------------------------------
// round()

/**
 * round(x, ndigits) for a float. ndigits null rounds to an int (half to even);
 * otherwise the result is the double nearest to x correctly rounded to ndigits
 * decimal places (half to even on exact ties), as CPython's double_round.
 */
export function floatRound(x: number, ndigits: number | bigint | null): number | bigint {
  if (ndigits === null) {
    if (x !== x) raise('ValueError', 'cannot convert float NaN to integer');
    if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert float infinity to integer');
    let r = Math.round(x);
    if (Math.abs(x - r) === 0.5) r = 2 * Math.round(x / 2);
    return intFromIntegral(r);
  }
  if (x !== x || x === Infinity || x === -Infinity) return x;
  // Beyond these every double is already a multiple, or rounds to zero.
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0 * x;
  const nd = Number(ndigits);
  if (x === 0) return x;
  // The correctly rounded decimal read back, as CPython does with dtoa and strtod.
  let rounded: number;
  if (nd >= 0 && nd <= 100 && x < 1e21 && x > -1e21) {
    rounded = Number(fixedDirect(x, nd, 0));
  } else {
    digitsFixedExactly(x < 0 ? -x : x, nd);
    rounded = Number((x < 0 ? '-0' : '0') + digitsOut + 'e' + (digitsPoint - digitsOut.length));
  }
  if (rounded === Infinity || rounded === -Infinity) raise('OverflowError', 'rounded value too large to represent');
  return rounded;
}

/** round(v, ndigits) for an int: v itself for ndigits >= 0, else the nearest
 *  multiple of 10**-ndigits, ties to the even multiple. */
export function intRound(v: number | bigint, ndigits: number | bigint): number | bigint {
  if (ndigits >= 0) return v;
  const digits = typeof v === 'number' ? 17 : v.toString(16).length * 4 * Math.LN2 / Math.LN10 + 2;
  // A power of ten beyond twice |v| rounds everything to zero.
  if (-ndigits > digits) return 0;
  const k = Number(-ndigits);
  // Doubles stay exact while |v| plus the power of ten stays below 2**53.
  if (typeof v === 'number' && k <= 15 && Math.abs(v) < 4e15) {
    const p = 10 ** k;
    const r = ((v % p) + p) % p;
    const down = v - r;
    const up = 2 * r > p || (2 * r === p && (down / p) % 2 !== 0);
    return up ? down + p : down;
  }
  const big = BigInt(v);
  const p = 10n ** BigInt(k);
  const r = ((big % p) + p) % p;
  const down = big - r;
  const up = 2n * r > p || (2n * r === p && (down / p) % 2n !== 0n);
  return intFromBigint(up ? down + p : down);
}

// ---------------------------------------------------------------------------
// int() and float() of a str

/** C's isspace in the C locale (Py_ISSPACE). */
function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * The string as int() and float() read it (CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII): ASCII as is, Unicode white space
 * as ' ', Unicode decimal digits as ASCII digits; anything else ends the text
 * with '?', which no parse accepts.
 */
function toAsciiNumber(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 127) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    if (cp < 127) {
      out += s[i];
      continue;
    }
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      cp = 0x10000 + ((cp - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
    }
    if (isSpace(cp)) {
      out += ' ';
      continue;
    }
    const d = decimalValue(cp);
    if (d < 0) return out + '?';
    out += String.fromCharCode(48 + d);
  }
  return out;
}

/** Value of an ASCII digit or letter as a digit (36 for anything else). */
function digitValueAscii(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 122 ? l - 87 : 36;
}

function invalidIntLiteral(s: string, base: number): never {
  raise('ValueError', `invalid literal for int() with base ${base}: ${cpPrefix(reprStr(s), 200)}`);
}

/** int(s, base) with Python's syntax: white space, sign, base prefixes (for base 0
 *  or a matching base), single underscores between digits, Unicode digits. */
export function parseInt(s: string, base: number): number | bigint {
  if ((base !== 0 && base < 2) || base > 36) raise('ValueError', 'int() base must be >= 2 and <= 36, or 0');
  const t = toAsciiNumber(s);
  const n = t.length;
  let i = 0;
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  let negative = false;
  if (t.charCodeAt(i) === 43) i++;
  else if (t.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  let b = base;
  // Base 0 reads a prefix; a bare leading 0 (old octal) only allows zero.
  let onlyZero = false;
  const c1 = t.charCodeAt(i + 1) | 0x20;
  if (b === 0) {
    if (t.charCodeAt(i) !== 48) b = 10;
    else if (c1 === 120) b = 16;
    else if (c1 === 111) b = 8;
    else if (c1 === 98) b = 2;
    else {
      onlyZero = true;
      b = 10;
    }
  }
  if (t.charCodeAt(i) === 48 && ((b === 16 && c1 === 120) || (b === 8 && c1 === 111) || (b === 2 && c1 === 98))) {
    i += 2;
    if (t.charCodeAt(i) === 95) i++; // one underscore may follow the prefix
  }
  if (t.charCodeAt(i) === 95) invalidIntLiteral(s, base);
  const start = i;
  let digits = 0;
  let prevUnderscore = false;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c === 95) {
      if (prevUnderscore) invalidIntLiteral(s, base);
      prevUnderscore = true;
    } else {
      if (digitValueAscii(c) >= b) break;
      prevUnderscore = false;
      digits++;
    }
  }
  if (prevUnderscore || digits === 0) invalidIntLiteral(s, base);
  if ((b & (b - 1)) !== 0 && maxStrDigits > 0 && digits > maxStrDigits) {
    raise('ValueError', `Exceeds the limit (${maxStrDigits} digits) for integer string conversion: ` +
      `value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  const end = i;
  while (i < n && isAsciiSpace(t.charCodeAt(i))) i++;
  if (i !== n) invalidIntLiteral(s, base);
  let body = t.slice(start, end);
  if (digits !== body.length) body = body.replace(/_/g, '');
  const value = digitsToInt(body, b);
  if (onlyZero && value !== 0) invalidIntLiteral(s, base);
  if (negative) return typeof value === 'number' ? (value === 0 ? 0 : -value) : intFromBigint(-value);
  return value;
}

/** Non-negative int from validated digits in base b. */
function digitsToInt(ds: string, b: number): number | bigint {
  // Up to 2**53 in any base a double accumulates exactly.
  if (ds.length * Math.log2(b) < 53) {
    let acc = 0;
    for (let i = 0; i < ds.length; i++) acc = acc * b + digitValueAscii(ds.charCodeAt(i));
    return acc;
  }
  let big: bigint;
  if (b === 10) big = BigInt(ds);
  else if (b === 16) big = BigInt('0x' + ds);
  else if (b === 8) big = BigInt('0o' + ds);
  else if (b === 2) big = BigInt('0b' + ds);
  else {
    // Chunks small enough for a double, joined with BigInt.
    const chunk = Math.floor(52 / Math.log2(b));
    const scale = BigInt(b) ** BigInt(chunk);
    const first = ds.length % chunk || chunk;
    big = BigInt(digitsToInt(ds.slice(0, first), b));
    for (let i = first; i < ds.length; i += chunk) big = big * scale + BigInt(digitsToInt(ds.slice(i, i + chunk), b));
  }
  return intFromBigint(big);
}

const FLOAT_BODY = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const FLOAT_SPECIAL = /^([+-]?)(?:(inf(?:inity)?)|nan)$/i;

/** Underscores may only stand between two digits (PEP 515); removes them, or
 *  returns null when one is misplaced. */
function removeUnderscores(t: string): string | null {
  for (let i = t.indexOf('_'); i >= 0; i = t.indexOf('_', i + 1)) {
    if (!isAsciiDigit(t.charCodeAt(i - 1)) || !isAsciiDigit(t.charCodeAt(i + 1))) return null;
  }
  return t.replace(/_/g, '');
}

/** float(s) with Python's syntax: white space, sign, digits with single
 *  underscores, exponent, 'inf' / 'infinity' / 'nan' in any case, Unicode digits. */
export function parseFloat(s: string): number {
  let t: string | null = toAsciiNumber(s);
  if (t.includes('_')) t = removeUnderscores(t);
  if (t !== null) {
    let from = 0;
    let to = t.length;
    while (from < to && isAsciiSpace(t.charCodeAt(from))) from++;
    while (to > from && isAsciiSpace(t.charCodeAt(to - 1))) to--;
    const body = from === 0 && to === t.length ? t : t.slice(from, to);
    if (FLOAT_BODY.test(body)) return Number(body);
    const special = FLOAT_SPECIAL.exec(body);
    if (special !== null) {
      // The sign of a NaN is kept too (math.copysign sees it).
      const magnitude = special[2] === undefined ? NaN : Infinity;
      return special[1] === '-' ? -magnitude : magnitude;
    }
  }
  return raise('ValueError', `could not convert string to float: ${reprStr(s)}`);
}

// ---------------------------------------------------------------------------
// float.hex, float.fromhex, float.as_integer_ratio

/** float.hex(x): '0x1.999999999999ap-4', '-0x0.0p+0', 'inf', 'nan'. */
export function floatHex(x: number): string {
  if (x !== x) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0x0.0p+0';
  bitsView.setFloat64(0, x);
  const hi = bitsView.getUint32(0);
  const lo = bitsView.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  // Subnormals show a leading 0 and the smallest normal exponent.
  const lead = biased === 0 ? '0' : '1';
  const exp = biased === 0 ? -1022 : biased - 1023;
  const fraction = (hi & 0xfffff).toString(16).padStart(5, '0') + lo.toString(16).padStart(8, '0');
  return `${sign}0x${lead}.${fraction}p${exp < 0 ? '-' : '+'}${exp < 0 ? -exp : exp}`;
}

function hexDigit(c: number): number {
  const d = digitValueAscii(c);
  return d < 16 ? d : -1;
}

function invalidHex(): never {
  raise('ValueError', 'invalid hexadecimal floating-point string');
}

function hexOverflow(): never {
  raise('OverflowError', 'hexadecimal value too large to represent as a float');
}

/** float.fromhex(s), correctly rounded (half to even), with CPython's errors. */
export function floatFromHex(s: string): number {
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let end = n;
  while (end > i && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  const special = FLOAT_SPECIAL.exec(s.slice(i, end));
  if (special !== null) {
    const magnitude = special[2] === undefined ? NaN : Infinity;
    return special[1] === '-' ? -magnitude : magnitude;
  }

  let negative = false;
  if (s.charCodeAt(i) === 45) {
    negative = true;
    i++;
  } else if (s.charCodeAt(i) === 43) {
    i++;
  }
  if (s.charCodeAt(i) === 48 && (s.charCodeAt(i + 1) | 0x20) === 120) i += 2;
  const intStart = i;
  while (i < end && hexDigit(s.charCodeAt(i)) >= 0) i++;
  let coeff = s.slice(intStart, i);
  let fracDigits = 0;
  if (s.charCodeAt(i) === 46) {
    const fracStart = ++i;
    while (i < end && hexDigit(s.charCodeAt(i)) >= 0) i++;
    fracDigits = i - fracStart;
    coeff += s.slice(fracStart, i);
  }
  if (coeff.length === 0) invalidHex();
  let exp = 0;
  if ((s.charCodeAt(i) | 0x20) === 112) {
    i++;
    const expStart = i;
    if (s.charCodeAt(i) === 45 || s.charCodeAt(i) === 43) i++;
    if (!isAsciiDigit(s.charCodeAt(i))) invalidHex();
    while (i < end && isAsciiDigit(s.charCodeAt(i))) i++;
    // strtol saturates; anything this large is an overflow or a zero anyway.
    exp = Math.max(Math.min(Number(s.slice(expStart, i)), 9.3e18), -9.3e18);
  }
  if (i !== end) invalidHex();
  const x = hexToDouble(coeff, fracDigits, exp);
  return negative ? -x : x;
}

/** The double nearest to 0xCOEFF * 16**-fracDigits * 2**exp (ties to even). */
function hexToDouble(coeff: string, fracDigits: number, exp: number): number {
  let lead = 0;
  while (lead < coeff.length && coeff.charCodeAt(lead) === 48) lead++;
  if (lead === coeff.length || exp < -4.6e18) return 0;
  if (exp > 4.6e18) hexOverflow();
  const digits = coeff.slice(lead);
  const e = exp - 4 * fracDigits; // exponent of the last digit's lowest bit
  const topExp = e + 4 * (digits.length - 1) + (32 - Math.clz32(hexDigit(digits.charCodeAt(0))));
  if (topExp < -1074) return 0;
  if (topExp > 1024) hexOverflow();
  const lsb = Math.max(topExp, -1021) - 53; // lowest bit the double keeps
  const m = BigInt('0x' + digits);
  if (e >= lsb) return Number(m) * pow2(e);
  const shift = BigInt(lsb - e);
  let q = m >> shift;
  const rest = m - (q << shift);
  const half = 1n << (shift - 1n);
  if (rest > half || (rest === half && (q & 1n) === 1n)) q++;
  const x = Number(q) * pow2(lsb);
  if (x === Infinity) hexOverflow();
  return x;
}

/** float.as_integer_ratio(x): the lowest-terms [numerator, denominator]. */
export function floatAsIntegerRatio(x: number): [number | bigint, number | bigint] {
  if (x !== x) raise('ValueError', 'cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) raise('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0, 1];
  decompose(x < 0 ? -x : x);
  const m = x < 0 ? -mantissa : mantissa;
  if (exponent2 >= 0) return [intFromBigint(BigInt(m) << BigInt(exponent2)), 1];
  return [m, intFromBigint(1n << BigInt(-exponent2))];
}
