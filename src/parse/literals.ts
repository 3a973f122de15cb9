// Values of single NUMBER and STRING tokens, as CPython 3.11 computes them
// (Parser/pegen.c parsenumber, Parser/string_parser.c, the 'unicodeescape'
// codec and bytes escape decoding in Objects/). Pure functions: no positions,
// no warnings machinery; the parser attaches those.

import { FloatConst, ComplexConst } from './constants.js';
import { lookupUnicodeName } from '../common/unicode.js';

// ---- Numbers ---------------------------------------------------------------

/**
 * The value of a NUMBER token (already validated by the tokenizer):
 * int -> bigint, float -> FloatConst, imaginary (`j` suffix) -> ComplexConst.
 */
export function parseNumber(text: string): bigint | FloatConst | ComplexConst {
  if (text.indexOf('_') >= 0) text = text.replace(/_/g, '');
  const last = text.charCodeAt(text.length - 1) | 0x20;
  if (last === 106 /* j */) return new ComplexConst(0, parseFloatLiteral(text.slice(0, -1)));
  const c1 = text.charCodeAt(1) | 0x20;
  if (text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) return BigInt(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || (c | 0x20) === 101) return new FloatConst(parseFloatLiteral(text));
  }
  return BigInt(text);
}

// JS's Number() on a decimal literal is correctly rounded, like CPython's
// dtoa-based float parsing, and gives Infinity for overflow (1e400 -> inf).
function parseFloatLiteral(text: string): number {
  return Number(text);
}

// ---- String literals -------------------------------------------------------

/** The parts of a STRING token. */
export interface StringLiteral {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** A `u` prefix (kept in the AST as Constant.kind == 'u'). */
  unicode: boolean;
  /** 1 or 3. */
  quoteLen: number;
  /** Index in the token text where the body starts (after prefix and quotes). */
  bodyStart: number;
  /** Index in the token text where the body ends (before the closing quotes). */
  bodyEnd: number;
}

/** Splits a STRING token into prefix flags, quotes and body. */
export function decodeStringLiteral(tokenText: string): StringLiteral {
  let i = 0;
  let bytes = false, raw = false, fstring = false, unicode = false;
  for (;;) {
    const c = tokenText.charCodeAt(i) | 0x20;
    if (c === 98) bytes = true;
    else if (c === 114) raw = true;
    else if (c === 102) fstring = true;
    else if (c === 117) unicode = true;
    else break;
    i++;
  }
  const q = tokenText.charCodeAt(i);
  const quoteLen = tokenText.length - i >= 6 && tokenText.charCodeAt(i + 1) === q && tokenText.charCodeAt(i + 2) === q ? 3 : 1;
  return { bytes, raw, fstring, unicode, quoteLen, bodyStart: i + quoteLen, bodyEnd: tokenText.length - quoteLen };
}

/** Result of decoding a literal's body. */
export interface DecodedLiteral {
  /** str -> string, bytes -> Uint8Array. Absent when `error` is set. */
  value?: string | Uint8Array;
  /**
   * The first invalid escape: CPython 3.11 emits a DeprecationWarning with
   * `message` ("invalid escape sequence '\d'" or "invalid octal escape
   * sequence '\777'"). `offset` is the index of the backslash in the body.
   */
  invalidEscape?: { offset: number; message: string };
  /**
   * The SyntaxError message CPython raises for this literal, e.g.
   * "(unicode error) 'unicodeescape' codec can't decode bytes in position
   * 0-2: truncated \xXX escape" or "bytes can only contain ASCII literal
   * characters".
   */
  error?: string;
}

/**
 * The value of a plain (non-f) STRING token: prefix handling, raw strings,
 * escapes and the bytes ASCII check. Use decodeEscapes for f-string parts.
 */
export function decodeLiteral(tokenText: string): DecodedLiteral {
  const lit = decodeStringLiteral(tokenText);
  const body = tokenText.slice(lit.bodyStart, lit.bodyEnd);
  if (lit.raw) {
    if (!lit.bytes) return { value: body };
    return asciiBytes(body) ?? { error: BYTES_ASCII };
  }
  return decodeEscapes(body, lit.bytes);
}

const BYTES_ASCII = 'bytes can only contain ASCII literal characters';

function asciiBytes(body: string): DecodedLiteral | null {
  const out = new Uint8Array(body.length);
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128) return null;
    out[i] = c;
  }
  return { value: out };
}

/**
 * Decodes backslash escapes in a non-raw literal body: `\n \t \\ \' \" \a \b
 * \f \v \r`, octal `\ooo`, `\xhh`, and for str `\uXXXX \UXXXXXXXX \N{name}`;
 * backslash-newline is dropped. Unknown escapes stay as written.
 */
export function decodeEscapes(body: string, isBytes: boolean): DecodedLiteral {
  if (isBytes) return decodeBytesEscapes(body);
  if (body.indexOf('\\') < 0) return { value: body };
  return decodeStrEscapes(body);
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return 16;
}

function isOctal(c: number): boolean { return c >= 48 && c <= 55; }

// Single-character escapes common to str and bytes.
function simpleEscape(c: number): number {
  switch (c) {
    case 92: return 92; // \\
    case 39: return 39; // \'
    case 34: return 34; // \"
    case 98: return 8; // \b
    case 102: return 12; // \f
    case 116: return 9; // \t
    case 110: return 10; // \n
    case 114: return 13; // \r
    case 118: return 11; // \v
    case 97: return 7; // \a
    default: return -1;
  }
}

function invalidEscapeAt(body: string, i: number, octal: boolean): { offset: number; message: string } {
  return octal
    ? { offset: i, message: `invalid octal escape sequence '\\${body.slice(i + 1, i + 4)}'` }
    : { offset: i, message: `invalid escape sequence '\\${body[i + 1]}'` };
}

function decodeBytesEscapes(body: string): DecodedLiteral {
  const n = body.length;
  const out = new Uint8Array(n);
  let o = 0;
  let invalidEscape: DecodedLiteral['invalidEscape'];
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128) return { error: BYTES_ASCII };
  }
  let i = 0;
  while (i < n) {
    const c = body.charCodeAt(i);
    if (c !== 92 || i + 1 >= n) { out[o++] = c; i++; continue; }
    const bs = i;
    const e = body.charCodeAt(i + 1);
    i += 2;
    if (e === 10) continue;
    const simple = simpleEscape(e);
    if (simple >= 0) { out[o++] = simple; continue; }
    if (isOctal(e)) {
      let v = e - 48;
      if (i < n && isOctal(body.charCodeAt(i))) {
        v = v * 8 + body.charCodeAt(i++) - 48;
        if (i < n && isOctal(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 48;
      }
      if (v > 0o377 && invalidEscape === undefined) invalidEscape = invalidEscapeAt(body, bs, true);
      out[o++] = v & 0xff;
      continue;
    }
    if (e === 120) {
      const d1 = i < n ? hexVal(body.charCodeAt(i)) : 16;
      const d2 = i + 1 < n ? hexVal(body.charCodeAt(i + 1)) : 16;
      if (d1 < 16 && d2 < 16) { out[o++] = d1 * 16 + d2; i += 2; continue; }
      return { error: `(value error) invalid \\x escape at position ${bs}` };
    }
    if (invalidEscape === undefined) invalidEscape = invalidEscapeAt(body, bs, false);
    out[o++] = 92;
    i--;
  }
  const value = o === n ? out : out.slice(0, o);
  return invalidEscape ? { value, invalidEscape } : { value };
}

function decodeStrEscapes(body: string): DecodedLiteral {
  const n = body.length;
  let out = '';
  let runStart = 0;
  let invalidEscape: DecodedLiteral['invalidEscape'];
  let i = 0;
  while (i < n) {
    if (body.charCodeAt(i) !== 92) { i++; continue; }
    out += body.slice(runStart, i);
    const bs = i;
    if (i + 1 >= n) { out += '\\'; i++; runStart = i; break; }
    const e = body.charCodeAt(i + 1);
    i += 2;
    runStart = i;
    if (e === 10) continue;
    const simple = simpleEscape(e);
    if (simple >= 0) { out += String.fromCharCode(simple); continue; }
    if (isOctal(e)) {
      let v = e - 48;
      if (i < n && isOctal(body.charCodeAt(i))) {
        v = v * 8 + body.charCodeAt(i++) - 48;
        if (i < n && isOctal(body.charCodeAt(i))) v = v * 8 + body.charCodeAt(i++) - 48;
      }
      if (v > 0o377 && invalidEscape === undefined) invalidEscape = invalidEscapeAt(body, bs, true);
      out += String.fromCharCode(v);
      runStart = i;
      continue;
    }
    if (e === 120 || e === 117 || e === 85) { // \x \u \U
      let count = e === 120 ? 2 : e === 117 ? 4 : 8;
      const what = e === 120 ? 'truncated \\xXX escape' : e === 117 ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
      let v = 0;
      for (; count > 0; count--, i++) {
        const d = i < n ? hexVal(body.charCodeAt(i)) : 16;
        if (d >= 16) return { error: unicodeEscapeError(body, bs, Math.min(i, n), what) };
        v = v * 16 + d;
      }
      if (v > 0x10ffff) return { error: unicodeEscapeError(body, bs, i, 'illegal Unicode character') };
      out += String.fromCodePoint(v);
      runStart = i;
      continue;
    }
    if (e === 78) { // \N{name}
      const malformed = 'malformed \\N character escape';
      if (i >= n || body.charCodeAt(i) !== 123) return { error: unicodeEscapeError(body, bs, i, malformed) };
      const close = body.indexOf('}', i + 1);
      if (close < 0) return { error: unicodeEscapeError(body, bs, n, malformed) };
      if (close === i + 1) return { error: unicodeEscapeError(body, bs, close, malformed) };
      const cp = lookupUnicodeName(body.slice(i + 1, close));
      i = close + 1;
      if (cp === undefined) return { error: unicodeEscapeError(body, bs, i, 'unknown Unicode character name') };
      out += String.fromCodePoint(cp);
      runStart = i;
      continue;
    }
    if (e >= 128) {
      // CPython rewrites a backslash before a non-ASCII character as an
      // escaped backslash: the backslash stays, with no warning.
      out += '\\';
      runStart = i - 1;
      i--;
      continue;
    }
    if (invalidEscape === undefined) invalidEscape = invalidEscapeAt(body, bs, false);
    out += '\\' + String.fromCharCode(e);
  }
  out += body.slice(runStart);
  return invalidEscape ? { value: out, invalidEscape } : { value: out };
}

// CPython decodes a str literal's escapes with the 'unicodeescape' codec
// after rewriting every non-ASCII character as a 10-byte `\UXXXXXXXX`
// escape (and a backslash before one as the 6-byte `\u005c`), so error
// positions count in that rewritten buffer.
function escapeBufferPos(body: string, idx: number): number {
  let p = 0;
  for (let i = 0; i < idx && i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c < 128) {
      if (c === 92) {
        const nx = body.charCodeAt(i + 1);
        if (i + 1 >= body.length || nx >= 128) { p += 6; continue; }
        // An escaped character is always ASCII here (non-ASCII was handled above).
        p += 2;
        i++;
        continue;
      }
      p++;
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < body.length) {
      p += 10;
      i++;
    } else p += 10;
  }
  return p;
}

function unicodeEscapeError(body: string, start: number, end: number, reason: string): string {
  const s = escapeBufferPos(body, start);
  const e = escapeBufferPos(body, end);
  return `(unicode error) 'unicodeescape' codec can't decode bytes in position ${s}-${e - 1}: ${reason}`;
}
