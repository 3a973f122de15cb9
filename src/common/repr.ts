// repr() of Python's constant types, character for character as CPython 3.11
// writes them (Objects/unicodeobject.c unicode_repr, Objects/bytesobject.c,
// Python/pystrtod.c format_float_short, Objects/complexobject.c complex_repr).

import { isPrintable } from './unicode.js';

const HEX = '0123456789abcdef';

function hex2(c: number): string {
  return HEX[c >> 4]! + HEX[c & 15]!;
}

/** Python picks '...' unless the text has a ' and no ". */
function quoteFor(hasSingle: boolean, hasDouble: boolean): string {
  return hasSingle && !hasDouble ? '"' : "'";
}

/**
 * repr(str). A JS string is UTF-16: a valid surrogate pair is one code point,
 * a lone surrogate is the code point U+D800..U+DFFF (non-printable, so `\udxxx`).
 */
export function reprStr(s: string): string {
  const quote = quoteFor(s.includes("'"), s.includes('"'));
  const q = quote.charCodeAt(0);
  let out = quote;
  let plainFrom = 0; // start of a run of characters copied as they are
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i);
    let width = 1;
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo < 0xe000) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        width = 2;
      }
    }
    let esc: string;
    if (cp >= 0x20 && cp < 0x7f) {
      if (cp !== q && cp !== 0x5c) continue;
      esc = '\\' + String.fromCharCode(cp);
    } else if (cp === 0x09) {
      esc = '\\t';
    } else if (cp === 0x0a) {
      esc = '\\n';
    } else if (cp === 0x0d) {
      esc = '\\r';
    } else if (cp <= 0x7f) {
      esc = '\\x' + hex2(cp);
    } else if (isPrintable(cp)) {
      i += width - 1;
      continue;
    } else if (cp < 0x100) {
      esc = '\\x' + hex2(cp);
    } else if (cp < 0x10000) {
      esc = '\\u' + cp.toString(16).padStart(4, '0');
    } else {
      esc = '\\U' + cp.toString(16).padStart(8, '0');
    }
    out += s.slice(plainFrom, i) + esc;
    i += width - 1;
    plainFrom = i + 1;
  }
  return out + s.slice(plainFrom) + quote;
}

/** repr(bytes): b'...', printable ASCII as is, \t \n \r, everything else \xhh. */
export function reprBytes(b: Uint8Array): string {
  const quote = quoteFor(b.includes(0x27), b.includes(0x22));
  const q = quote.charCodeAt(0);
  let out = 'b' + quote;
  for (const c of b) {
    if (c === q || c === 0x5c) out += '\\' + String.fromCharCode(c);
    else if (c === 0x09) out += '\\t';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c < 0x20 || c >= 0x7f) out += '\\x' + hex2(c);
    else out += String.fromCharCode(c);
  }
  return out + quote;
}

/**
 * Python's 'r' float format (format_float_short): shortest round-tripping
 * digits, positional while the decimal point position decpt is in -3..16,
 * else d.ddde+XX with at least two exponent digits. `addDot0` appends ".0" to
 * integral positional output (float repr does, complex repr does not);
 * `forceSign` writes '+' before non-negative values (the imaginary part).
 */
function formatFloatR(x: number, addDot0: boolean, forceSign: boolean): string {
  if (Number.isNaN(x)) return forceSign ? '+nan' : 'nan';
  const negative = x < 0 || Object.is(x, -0);
  const sign = negative ? '-' : forceSign ? '+' : '';
  if (!Number.isFinite(x)) return sign + 'inf';
  if (x === 0) return sign + (addDot0 ? '0.0' : '0');
  // JS's toExponential() without an argument gives the same shortest digits.
  const e = Math.abs(x).toExponential();
  const at = e.indexOf('e');
  const digits = e.slice(0, at).replace('.', '');
  const exp = Number(e.slice(at + 1)); // value = d.ddd * 10**exp
  const decpt = exp + 1; // position of the decimal point after the first digit
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ae = Math.abs(exp);
    body = mant + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' + ae : String(ae));
  } else if (decpt <= 0) {
    body = '0.' + '0'.repeat(-decpt) + digits;
  } else if (decpt < digits.length) {
    body = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  } else {
    body = digits + '0'.repeat(decpt - digits.length) + (addDot0 ? '.0' : '');
  }
  return sign + body;
}

/** repr(float). */
export function reprFloat(x: number): string {
  return formatFloatR(x, true, false);
}

/** repr(complex): `1j` when the real part is +0.0, else `(re+imj)`. */
export function reprComplex(real: number, imag: number): string {
  if (real === 0 && !Object.is(real, -0)) return formatFloatR(imag, false, false) + 'j';
  return '(' + formatFloatR(real, false, false) + formatFloatR(imag, false, true) + 'j)';
}

/** repr(int): decimal digits. A number must hold an integral value. */
export function reprInt(v: bigint | number): string {
  return typeof v === 'bigint' ? v.toString() : BigInt(v).toString();
}
