// CPython 3.11's str methods as pure functions over JS strings
// (Objects/unicodeobject.c, Objects/stringlib/*.h), and the parser of
// str.format strings (Objects/stringlib/unicode_format.h).
//
// A Python str is a JS string; an astral code point is a surrogate pair but
// ONE character, and every index and length here counts code points. A lone
// surrogate is a character of its own, so a match must never split a pair.
// Strings without surrogates (nearly all) take the code-unit fast paths.
// Arguments arrive already type-checked by the runtime; ints may be bigint.

import { raise } from './pyerror.js';
import {
  charFlags, decimalValue, isCased, isCaseIgnorable, isIdContinue, isIdStart, isLower,
  isSpace, isLinebreak, isTitle, isUpper, toFolded, toLower, toTitle, toUpper,
  FLAG_ALPHA, FLAG_DECIMAL, FLAG_DIGIT, FLAG_NUMERIC, FLAG_PRINTABLE, FLAG_SPACE,
} from './unicode.js';

export type Int = number | bigint;
type Index = Int | null | undefined;

const SURROGATE = /[\uD800-\uDFFF]/;
const NON_ASCII = /[^\0-\x7f]/;
const SSIZE_MAX = (1n << 63n) - 1n;
/** V8's longest string; longer results fail as CPython's do when memory runs out. */
const MAX_STRING_LENGTH = (1 << 29) - 24;

// ---------------------------------------------------------------------------
// Code points in UTF-16

function isHigh(unit: number): boolean {
  return (unit & 0xfc00) === 0xd800;
}

function isLow(unit: number): boolean {
  return (unit & 0xfc00) === 0xdc00;
}

/** Whether s[i], s[i + 1] is a surrogate pair (false out of range). */
function isPairAt(s: string, i: number): boolean {
  return isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1));
}

/** The code point that ends just before code unit offset i (i > 0). */
function codePointBefore(s: string, i: number): number {
  const unit = s.charCodeAt(i - 1);
  return isLow(unit) && i >= 2 && isHigh(s.charCodeAt(i - 2)) ? s.codePointAt(i - 2)! : unit;
}

/** len(s): the number of code points. */
export function cpLength(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if (isPairAt(s, i)) {
      n--;
      i++;
    }
  }
  return n;
}

/** Code unit offset of code point index `index` (0 <= index <= len). */
function unitOffset(s: string, index: number): number {
  let i = 0;
  for (let k = 0; k < index; k++) i += isPairAt(s, i) ? 2 : 1;
  return i;
}

/** Code point index of code unit offset `offset` (a code point boundary). */
function cpIndexOf(s: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i += isPairAt(s, i) ? 2 : 1) n++;
  return n;
}

/** Whether sub could match half of a pair: it starts with a low or ends with a high surrogate. */
function hasEdgeSurrogate(sub: string): boolean {
  return sub.length > 0 && (isLow(sub.charCodeAt(0)) || isHigh(sub.charCodeAt(sub.length - 1)));
}

/** Whether s[start:end] (code units) cuts a surrogate pair at either end. */
function splitsPair(s: string, start: number, end: number): boolean {
  return isPairAt(s, start - 1) || isPairAt(s, end - 1);
}

/** s.indexOf(sub, from) among whole code points; `edges` is hasEdgeSurrogate(sub). */
function indexOfWhole(s: string, sub: string, from: number, edges: boolean): number {
  let i = s.indexOf(sub, from);
  if (edges) while (i >= 0 && splitsPair(s, i, i + sub.length)) i = s.indexOf(sub, i + 1);
  return i;
}

/** s.lastIndexOf(sub, from) among whole code points (from >= 0). */
function lastIndexOfWhole(s: string, sub: string, from: number, edges: boolean): number {
  let i = s.lastIndexOf(sub, from);
  if (edges) while (i >= 0 && splitsPair(s, i, i + sub.length)) i = i > 0 ? s.lastIndexOf(sub, i - 1) : -1;
  return i;
}

/** Whether sub occurs in s at code unit offset `at` as whole code points. */
function matchesAt(s: string, sub: string, at: number): boolean {
  return s.startsWith(sub, at) && !splitsPair(s, at, at + sub.length);
}

// ---------------------------------------------------------------------------
// Integer arguments

/** A Py_ssize_t argument (maxsplit, count, width): OverflowError past 64 bits. */
function ssize(v: Int): number {
  if (typeof v === 'number') return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  return Number(v);
}

/** A C int argument (expandtabs' tabsize): OverflowError past 32 bits. */
function cInt(v: Int): number {
  if (typeof v === 'number' && v === (v | 0)) return v;
  if (v > 0x7fffffff || v < -0x80000000) raise('OverflowError', 'Python int too large to convert to C int');
  return Number(v);
}

/** A start/end slice index: None is the default; huge ints clamp (_PyEval_SliceIndex). */
function sliceIndex(v: Index, dflt: number): number {
  if (v === null || v === undefined) return dflt;
  if (typeof v === 'number') return v;
  return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
}

/** A maxsplit / count argument: negative means no limit. */
function limit(v: Int): number {
  const n = ssize(v);
  return n < 0 ? Infinity : n;
}

// CPython's ADJUST_INDICES, results in sliceStart / sliceEnd (no allocation per call).
let sliceStart = 0;
let sliceEnd = 0;

function adjustIndices(start: Index, end: Index, length: number): void {
  let e = sliceIndex(end, length);
  let b = sliceIndex(start, 0);
  if (e > length) e = length;
  else if (e < 0) e = Math.max(e + length, 0);
  if (b < 0) b = Math.max(b + length, 0);
  sliceStart = b;
  sliceEnd = e;
}

function checkLength(length: number): void {
  if (length > MAX_STRING_LENGTH) raise('MemoryError', '');
}

// ---------------------------------------------------------------------------
// Building strings code point by code point. One buffer serves every call:
// these functions never re-enter each other while it is in use.

/** No case mapping takes more than 3 UTF-16 units per unit of its input (U+0390). */
const MAX_EXPANSION = 3;
let buf = new Uint16Array(1024);
let bufLen = 0;
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true }); // keep a leading U+FEFF

/** Empty the buffer and make room for the case mapping of s. */
function startMapping(s: string): void {
  if (buf.length < s.length * MAX_EXPANSION) buf = new Uint16Array(s.length * MAX_EXPANSION);
  bufLen = 0;
}

function pushCp(cp: number): void {
  if (cp < 0x10000) {
    buf[bufLen++] = cp;
  } else {
    buf[bufLen++] = 0xd7c0 + (cp >> 10);
    buf[bufLen++] = 0xdc00 | (cp & 0x3ff);
  }
}

/** Append a case mapping: one code point, or a string of several. */
function pushMapped(m: number | string): void {
  if (typeof m === 'number') {
    pushCp(m);
  } else {
    for (let i = 0; i < m.length; i++) buf[bufLen++] = m.charCodeAt(i);
  }
}

/** The buffer as a string. `surrogates`: whether the input had any, which may be
 *  lone ones that TextDecoder (the fastest way for long text) would replace. */
function takeString(surrogates: boolean): string {
  let out: string;
  if (bufLen > 256 && !surrogates) {
    out = utf16.decode(buf.subarray(0, bufLen));
  } else {
    out = '';
    for (let i = 0; i < bufLen; i += 0x2000) {
      const chunk = buf.subarray(i, Math.min(i + 0x2000, bufLen));
      out += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
  }
  if (buf.length > 0x10000) buf = new Uint16Array(1024); // do not hold on to a huge buffer
  return out;
}

// ---------------------------------------------------------------------------
// Case conversion (unicodeobject.c do_lower, do_upper, ...)

/** U+03A3 lowers to final sigma when a cased letter precedes it and none follows,
 *  case-ignorable characters skipped both ways (handle_capital_sigma). */
function lowerSigma(s: string, at: number, after: number): number {
  let i = at;
  let before = -1;
  while (i > 0) {
    const cp = codePointBefore(s, i);
    i -= cp > 0xffff ? 2 : 1;
    if (!isCaseIgnorable(cp)) {
      before = cp;
      break;
    }
  }
  if (before < 0 || !isCased(before)) return 0x3c3;
  for (let j = after; j < s.length;) {
    const cp = s.codePointAt(j)!;
    j += cp > 0xffff ? 2 : 1;
    if (!isCaseIgnorable(cp)) return isCased(cp) ? 0x3c3 : 0x3c2;
  }
  return 0x3c2;
}

/** lower_ucs4: the lower-case mapping of the code point cp found at s[at:after]. */
function pushLowerAt(s: string, cp: number, at: number, after: number): void {
  if (cp === 0x3a3) pushCp(lowerSigma(s, at, after));
  else pushMapped(toLower(cp));
}

/** str.lower() */
export function lower(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  startMapping(s);
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    pushLowerAt(s, cp, i, next);
    i = next;
  }
  return takeString(SURROGATE.test(s));
}

/** str.upper() */
export function upper(s: string): string {
  if (!NON_ASCII.test(s)) return s.toUpperCase();
  startMapping(s);
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    pushMapped(toUpper(cp));
  }
  return takeString(SURROGATE.test(s));
}

/** str.casefold() */
export function casefold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  startMapping(s);
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    pushMapped(toFolded(cp));
  }
  return takeString(SURROGATE.test(s));
}

/** str.capitalize(): since 3.8 the first character is title-cased, not upper-cased. */
export function capitalize(s: string): string {
  if (s.length === 0) return s;
  if (!NON_ASCII.test(s)) return s[0]!.toUpperCase() + s.slice(1).toLowerCase();
  startMapping(s);
  const first = s.codePointAt(0)!;
  pushMapped(toTitle(first));
  for (let i = first > 0xffff ? 2 : 1; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    pushLowerAt(s, cp, i, next);
    i = next;
  }
  return takeString(SURROGATE.test(s));
}

/** str.title(): title-case after an uncased character, lower-case after a cased one. */
export function title(s: string): string {
  startMapping(s);
  let previousIsCased = false;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (previousIsCased) pushLowerAt(s, cp, i, next);
    else pushMapped(toTitle(cp));
    previousIsCased = isCased(cp);
    i = next;
  }
  return takeString(SURROGATE.test(s));
}

/** str.swapcase(): Uppercase characters lowered (Final_Sigma included), Lowercase raised. */
export function swapcase(s: string): string {
  startMapping(s);
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const next = i + (cp > 0xffff ? 2 : 1);
    if (isUpper(cp)) pushLowerAt(s, cp, i, next);
    else if (isLower(cp)) pushMapped(toUpper(cp));
    else pushCp(cp);
    i = next;
  }
  return takeString(SURROGATE.test(s));
}

// ---------------------------------------------------------------------------
// Predicates (unicodeobject.c unicode_isalpha_impl, ...)

/** Whether s is non-empty and every code point has one of the flags in mask. */
function allHave(s: string, mask: number): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    if ((charFlags(cp) & mask) === 0) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/** str.isalpha() */
export function isalpha(s: string): boolean {
  return allHave(s, FLAG_ALPHA);
}

/** str.isalnum() */
export function isalnum(s: string): boolean {
  return allHave(s, FLAG_ALPHA | FLAG_DECIMAL | FLAG_DIGIT | FLAG_NUMERIC);
}

/** str.isdecimal() */
export function isdecimal(s: string): boolean {
  return allHave(s, FLAG_DECIMAL);
}

/** str.isdigit() */
export function isdigit(s: string): boolean {
  return allHave(s, FLAG_DIGIT);
}

/** str.isnumeric() */
export function isnumeric(s: string): boolean {
  return allHave(s, FLAG_NUMERIC);
}

/** str.isspace() */
export function isspace(s: string): boolean {
  return allHave(s, FLAG_SPACE);
}

/** str.isprintable(): true for the empty string. */
export function isprintable(s: string): boolean {
  return s.length === 0 || allHave(s, FLAG_PRINTABLE);
}

/** str.isascii(): true for the empty string. */
export function isascii(s: string): boolean {
  return !NON_ASCII.test(s);
}

/** Whether s is exactly one code point; then that code point, else -1. */
function singleCodePoint(s: string): number {
  if (s.length === 1) return s.charCodeAt(0);
  return s.length === 2 && isPairAt(s, 0) ? s.codePointAt(0)! : -1;
}

/** str.islower(): some Lowercase character and no Uppercase or titlecase one. */
export function islower(s: string): boolean {
  const single = singleCodePoint(s);
  if (single >= 0) return isLower(single);
  let cased = false;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (isUpper(cp) || isTitle(cp)) return false;
    if (isLower(cp)) cased = true;
  }
  return cased;
}

/** str.isupper(): some Uppercase character and no Lowercase or titlecase one. */
export function isupper(s: string): boolean {
  const single = singleCodePoint(s);
  if (single >= 0) return isUpper(single);
  let cased = false;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (isLower(cp) || isTitle(cp)) return false;
    if (isUpper(cp)) cased = true;
  }
  return cased;
}

/** str.istitle(): upper/titlecase only after uncased characters, lowercase only after cased. */
export function istitle(s: string): boolean {
  const single = singleCodePoint(s);
  if (single >= 0) return isTitle(single) || isUpper(single);
  let cased = false;
  let previousIsCased = false;
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (isUpper(cp) || isTitle(cp)) {
      if (previousIsCased) return false;
      previousIsCased = cased = true;
    } else if (isLower(cp)) {
      if (!previousIsCased) return false;
      previousIsCased = cased = true;
    } else {
      previousIsCased = false;
    }
  }
  return cased;
}

/** str.isidentifier(): XID_Start or '_', then XID_Continue. */
export function isidentifier(s: string): boolean {
  if (s.length === 0) return false;
  const first = s.codePointAt(0)!;
  if (!isIdStart(first)) return false;
  for (let i = first > 0xffff ? 2 : 1; i < s.length;) {
    const cp = s.codePointAt(i)!;
    if (!isIdContinue(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

// ---------------------------------------------------------------------------
// Splitting (stringlib/split.h). Whitespace and line breaks are all in the
// BMP and no surrogate is either, so those scans go code unit by code unit.

/** The length up to which split's own loop is faster than String.prototype.split (measured with Node 20). */
const SHORT_SPLIT = 1024;

/** str.split(sep=None, maxsplit=-1) */
export function split(s: string, sep: string | null = null, maxsplit: Int = -1): string[] {
  let max = limit(maxsplit);
  if (sep === null) return splitWhitespace(s, max);
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const edges = hasEdgeSurrogate(sep);
  // V8's split is a runtime call that costs more than this loop on a short string, less on a long one.
  if (max === Infinity && !edges && s.length > SHORT_SPLIT) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (max-- > 0) {
    const j = indexOfWhole(s, sep, i, edges);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function splitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (max-- > 0) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i === n) break;
    const j = i;
    i++;
    while (i < n && !isSpace(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  // The limit was reached: the rest, less its leading whitespace, is the last item.
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

/** str.rsplit(sep=None, maxsplit=-1) */
export function rsplit(s: string, sep: string | null = null, maxsplit: Int = -1): string[] {
  let max = limit(maxsplit);
  if (sep === null) return rsplitWhitespace(s, max);
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const edges = hasEdgeSurrogate(sep);
  // A one-unit separator cannot overlap itself, so all splits from the right are split()'s.
  if (max === Infinity && sep.length === 1 && !edges) return s.split(sep);
  const out: string[] = [];
  let j = s.length;
  while (max-- > 0 && j >= sep.length) {
    const pos = lastIndexOfWhole(s, sep, j - sep.length, edges);
    if (pos < 0) break;
    out.push(s.slice(pos + sep.length, j));
    j = pos;
  }
  out.push(s.slice(0, j));
  return out.reverse();
}

function rsplitWhitespace(s: string, max: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (max-- > 0) {
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i < 0) break;
    const j = i;
    i--;
    while (i >= 0 && !isSpace(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

/** str.splitlines(keepends=False): \r\n is one break. */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const j = i;
    while (i < n && !isLinebreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      i += s.charCodeAt(i) === 0x0d && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      if (keepends) eol = i;
    }
    out.push(s.slice(j, eol));
  }
  return out;
}

/** str.partition(sep) */
export function partition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const i = indexOfWhole(s, sep, 0, hasEdgeSurrogate(sep));
  return i < 0 ? [s, '', ''] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

/** str.rpartition(sep) */
export function rpartition(s: string, sep: string): [string, string, string] {
  if (sep.length === 0) raise('ValueError', 'empty separator');
  const i = s.length < sep.length ? -1 : lastIndexOfWhole(s, sep, s.length - sep.length, hasEdgeSurrogate(sep));
  return i < 0 ? ['', '', s] : [s.slice(0, i), sep, s.slice(i + sep.length)];
}

// ---------------------------------------------------------------------------
// Stripping

/** A strip set's code points, for the rare strings with surrogates. */
function codePoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    out.push(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

function hasUnit(chars: string, unit: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === unit) return true;
  return false;
}

/** Code unit offsets [start, end) of s stripped of whitespace or of `chars` (do_strip). */
function stripBounds(s: string, chars: string | null, left: boolean, right: boolean): void {
  let i = 0;
  let j = s.length;
  if (chars === null) {
    if (left) while (i < j && isSpace(s.charCodeAt(i))) i++;
    if (right) while (j > i && isSpace(s.charCodeAt(j - 1))) j--;
  } else if (!SURROGATE.test(s) && !SURROGATE.test(chars)) {
    if (left) while (i < j && hasUnit(chars, s.charCodeAt(i))) i++;
    if (right) while (j > i && hasUnit(chars, s.charCodeAt(j - 1))) j--;
  } else {
    const set = codePoints(chars);
    while (left && i < j) {
      const cp = s.codePointAt(i)!;
      if (!set.includes(cp)) break;
      i += cp > 0xffff ? 2 : 1;
    }
    while (right && j > i) {
      const cp = codePointBefore(s, j);
      if (!set.includes(cp)) break;
      j -= cp > 0xffff ? 2 : 1;
    }
  }
  sliceStart = i;
  sliceEnd = j;
}

/** str.strip(chars=None) */
export function strip(s: string, chars: string | null = null): string {
  stripBounds(s, chars, true, true);
  return s.slice(sliceStart, sliceEnd);
}

/** str.lstrip(chars=None) */
export function lstrip(s: string, chars: string | null = null): string {
  stripBounds(s, chars, true, false);
  return s.slice(sliceStart);
}

/** str.rstrip(chars=None) */
export function rstrip(s: string, chars: string | null = null): string {
  stripBounds(s, chars, false, true);
  return s.slice(0, sliceEnd);
}

/** str.removeprefix(prefix) */
export function removeprefix(s: string, prefix: string): string {
  return prefix.length > 0 && matchesAt(s, prefix, 0) ? s.slice(prefix.length) : s;
}

/** str.removesuffix(suffix) */
export function removesuffix(s: string, suffix: string): string {
  const at = s.length - suffix.length;
  return suffix.length > 0 && at >= 0 && matchesAt(s, suffix, at) ? s.slice(0, at) : s;
}

// ---------------------------------------------------------------------------
// Padding

/** The fill character argument of center/ljust/rjust: exactly one code point. */
function fillChar(fillchar: string): string {
  if (singleCodePoint(fillchar) < 0) raise('TypeError', 'The fill character must be exactly one character long');
  return fillchar;
}

/** s with `left` and `right` fill characters around it (unicodeobject.c pad). */
function pad(s: string, left: number, right: number, fill: string): string {
  checkLength(s.length + (left + right) * fill.length);
  return fill.repeat(left) + s + fill.repeat(right);
}

/** str.center(width, fillchar=' '): an odd margin puts the extra character on the
 *  left only when width is odd too. */
export function center(s: string, width: Int, fillchar = ' '): string {
  const w = ssize(width);
  const fill = fillChar(fillchar);
  const n = cpLength(s);
  if (n >= w) return s;
  const marg = w - n;
  const left = Math.floor(marg / 2) + (marg % 2 === 1 && w % 2 === 1 ? 1 : 0);
  return pad(s, left, marg - left, fill);
}

/** str.ljust(width, fillchar=' ') */
export function ljust(s: string, width: Int, fillchar = ' '): string {
  const w = ssize(width);
  const fill = fillChar(fillchar);
  const n = cpLength(s);
  return n >= w ? s : pad(s, 0, w - n, fill);
}

/** str.rjust(width, fillchar=' ') */
export function rjust(s: string, width: Int, fillchar = ' '): string {
  const w = ssize(width);
  const fill = fillChar(fillchar);
  const n = cpLength(s);
  return n >= w ? s : pad(s, w - n, 0, fill);
}

/** str.zfill(width): zeros go after a leading sign. */
export function zfill(s: string, width: Int): string {
  const w = ssize(width);
  const n = cpLength(s);
  if (n >= w) return s;
  checkLength(s.length + w - n);
  const zeros = '0'.repeat(w - n);
  const sign = s.charCodeAt(0);
  return sign === 0x2b || sign === 0x2d ? s[0] + zeros + s.slice(1) : zeros + s;
}

/** str.expandtabs(tabsize=8): columns count code points and restart after \n and \r;
 *  a tabsize <= 0 drops tabs. */
export function expandtabs(s: string, tabsize: Int = 8): string {
  const size = cInt(tabsize);
  if (s.indexOf('\t') < 0) return s;
  let out = '';
  let column = 0;
  let copied = 0; // s[copied:i] is still to be appended
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    if (unit === 0x09) {
      out += s.slice(copied, i);
      copied = i + 1;
      if (size > 0) {
        const spaces = size - (column % size);
        checkLength(out.length + spaces);
        out += ' '.repeat(spaces);
        column += spaces;
      }
    } else if (unit === 0x0a || unit === 0x0d) {
      column = 0;
    } else if (!isPairAt(s, i - 1)) {
      column++; // the low half of a pair was counted with its high half
    }
  }
  return out + s.slice(copied);
}

// ---------------------------------------------------------------------------
// Searching (unicodeobject.c any_find_slice, unicode_count, tailmatch)

/** find/rfind in code point indices, or -1. */
function findSlice(s: string, sub: string, start: Index, end: Index, reverse: boolean): number {
  const surrogates = SURROGATE.test(s);
  adjustIndices(start, end, surrogates ? cpLength(s) : s.length);
  if (sliceEnd - sliceStart < cpLength(sub)) return -1;
  if (!surrogates) {
    if (reverse) {
      const i = s.lastIndexOf(sub, sliceEnd - sub.length);
      return i >= sliceStart ? i : -1;
    }
    const i = s.indexOf(sub, sliceStart);
    return i >= 0 && i + sub.length <= sliceEnd ? i : -1;
  }
  const from = unitOffset(s, sliceStart);
  const to = unitOffset(s, sliceEnd);
  const edges = hasEdgeSurrogate(sub);
  const i = reverse
    ? lastIndexOfWhole(s, sub, to - sub.length, edges)
    : indexOfWhole(s, sub, from, edges);
  if (i < 0 || i < from || i + sub.length > to) return -1;
  return cpIndexOf(s, i);
}

/** `sub in s`: without indices to give, s needs no scan for surrogate pairs (only sub's ends can split one). */
export function contains(s: string, sub: string): boolean {
  return indexOfWhole(s, sub, 0, hasEdgeSurrogate(sub)) >= 0;
}

/** str.find(sub, start=None, end=None) */
export function find(s: string, sub: string, start?: Index, end?: Index): number {
  return findSlice(s, sub, start, end, false);
}

/** str.rfind(sub, start=None, end=None) */
export function rfind(s: string, sub: string, start?: Index, end?: Index): number {
  return findSlice(s, sub, start, end, true);
}

/** str.index(sub, start=None, end=None) */
export function index(s: string, sub: string, start?: Index, end?: Index): number {
  const i = findSlice(s, sub, start, end, false);
  if (i < 0) raise('ValueError', 'substring not found');
  return i;
}

/** str.rindex(sub, start=None, end=None) */
export function rindex(s: string, sub: string, start?: Index, end?: Index): number {
  const i = findSlice(s, sub, start, end, true);
  if (i < 0) raise('ValueError', 'substring not found');
  return i;
}

/** str.count(sub, start=None, end=None): non-overlapping; '' counts len + 1 places. */
export function count(s: string, sub: string, start?: Index, end?: Index): number {
  const surrogates = SURROGATE.test(s);
  adjustIndices(start, end, surrogates ? cpLength(s) : s.length);
  const subLength = cpLength(sub);
  if (sliceEnd - sliceStart < subLength) return 0;
  if (subLength === 0) return sliceEnd - sliceStart + 1;
  const from = surrogates ? unitOffset(s, sliceStart) : sliceStart;
  const to = surrogates ? unitOffset(s, sliceEnd) : sliceEnd;
  const edges = hasEdgeSurrogate(sub);
  let n = 0;
  for (let i = indexOfWhole(s, sub, from, edges); i >= 0 && i + sub.length <= to;
    i = indexOfWhole(s, sub, i + sub.length, edges)) {
    n++;
  }
  return n;
}

/** tailmatch: whether sub is at the start (or end) of s[start:end]. */
function tailmatch(s: string, sub: string, start: Index, end: Index, atEnd: boolean): boolean {
  const surrogates = SURROGATE.test(s);
  adjustIndices(start, end, surrogates ? cpLength(s) : s.length);
  const last = sliceEnd - cpLength(sub);
  if (last < sliceStart) return false;
  if (sub.length === 0) return true;
  const at = atEnd ? last : sliceStart;
  return matchesAt(s, sub, surrogates ? unitOffset(s, at) : at);
}

/** str.startswith(prefix, start=None, end=None) for one prefix. */
export function startswith(s: string, prefix: string, start?: Index, end?: Index): boolean {
  return tailmatch(s, prefix, start, end, false);
}

/** str.endswith(suffix, start=None, end=None) for one suffix. */
export function endswith(s: string, suffix: string, start?: Index, end?: Index): boolean {
  return tailmatch(s, suffix, start, end, true);
}

// ---------------------------------------------------------------------------
// Replacing

/** str.replace(old, new, count=-1): an empty `old` matches before every character
 *  and at the end. */
export function replace(s: string, old: string, repl: string, count: Int = -1): string {
  const max = limit(count);
  if (max === 0) return s;
  try {
    if (old.length === 0) return insertEverywhere(s, repl, max);
    const edges = hasEdgeSurrogate(old);
    let out = '';
    let i = 0;
    for (let n = 0; n < max; n++) {
      const j = indexOfWhole(s, old, i, edges);
      if (j < 0) break;
      out += s.slice(i, j) + repl;
      i = j + old.length;
    }
    return out + s.slice(i);
  } catch (e) {
    if (e instanceof RangeError) raise('MemoryError', ''); // longer than a JS string can be
    throw e;
  }
}

/** repl before each of the first `max` code points (and at the end if max allows). */
function insertEverywhere(s: string, repl: string, max: number): string {
  let out = '';
  let i = 0;
  for (let n = 0; n < max && i <= s.length; n++) {
    if (i === s.length) return out + repl;
    const width = isPairAt(s, i) ? 2 : 1;
    out += repl + s.slice(i, i + width);
    i += width;
  }
  return out + s.slice(i);
}

// ---------------------------------------------------------------------------
// str.format strings (unicode_format.h MarkupIterator, field_name_split)

/** One step of a format string: literal text, then maybe a replacement field. */
export interface FormatPiece {
  literal: string;
  /** The field's name, e.g. '0.attr[key]'; null when no field follows the literal. */
  fieldName: string | null;
  /** Raw: nested fields in it are the caller's to expand ('' when absent). */
  formatSpec: string;
  /** The character after '!', or null (none, or NUL, which CPython also reads as none). */
  conversion: string | null;
  /** Whether formatSpec holds '{', i.e. nested fields to expand first. */
  formatSpecNeedsExpanding: boolean;
}

/**
 * Splits a format string into pieces lazily, as CPython does, so that errors
 * late in the string are raised only after the fields before them were used.
 * '{{' and '}}' end a literal with one brace and no field.
 */
export class MarkupIterator {
  private pos = 0;

  constructor(private readonly format: string) {}

  /** The next piece, or null at the end. */
  next(): FormatPiece | null {
    const s = this.format;
    const start = this.pos;
    if (start >= s.length) return null;
    let i = start;
    let brace = 0;
    while (i < s.length) {
      const c = s.charCodeAt(i++);
      if (c === 0x7b || c === 0x7d) {
        brace = c;
        break;
      }
    }
    const atEnd = i >= s.length;
    if (brace === 0x7d && (atEnd || s.charCodeAt(i) !== 0x7d)) {
      raise('ValueError', "Single '}' encountered in format string");
    }
    if (brace === 0x7b && atEnd) raise('ValueError', "Single '{' encountered in format string");
    if (brace === 0 || s.charCodeAt(i) === brace) {
      // Plain text to the end, or an escaped brace: the literal keeps one brace.
      this.pos = brace === 0 ? i : i + 1;
      return { literal: s.slice(start, i), fieldName: null, formatSpec: '', conversion: null, formatSpecNeedsExpanding: false };
    }
    this.pos = i;
    return this.parseField(s.slice(start, i - 1));
  }

  /** parse_field: the field after a '{' at this.pos - 1, up to its matching '}'. */
  private parseField(literal: string): FormatPiece {
    const s = this.format;
    let i = this.pos;
    const nameStart = i;
    let c = 0;
    while (i < s.length) {
      c = s.charCodeAt(i++);
      if (c === 0x7b) raise('ValueError', "unexpected '{' in field name");
      if (c === 0x5b) {
        // '[' hides ':', '!' and '}' up to the next ']'.
        while (i < s.length && s.charCodeAt(i) !== 0x5d) i++;
        continue;
      }
      if (c === 0x7d || c === 0x3a || c === 0x21) break;
    }
    const fieldName = s.slice(nameStart, i - 1);
    let conversion: string | null = null;
    if (c === 0x21 || c === 0x3a) {
      if (c === 0x21) {
        if (i >= s.length) raise('ValueError', 'end of string while looking for conversion specifier');
        const cp = s.codePointAt(i)!;
        const width = cp > 0xffff ? 2 : 1;
        conversion = cp === 0 ? null : s.slice(i, i + width);
        i += width;
        if (i < s.length) {
          const after = s.charCodeAt(i++);
          if (after === 0x7d) {
            this.pos = i;
            return { literal, fieldName, formatSpec: '', conversion, formatSpecNeedsExpanding: false };
          }
          if (after !== 0x3a) raise('ValueError', "expected ':' after conversion specifier");
        }
      }
      // The spec runs to the '}' that balances the field's '{'.
      const specStart = i;
      let depth = 1;
      let nested = false;
      while (i < s.length) {
        const d = s.charCodeAt(i++);
        if (d === 0x7b) {
          nested = true;
          depth++;
        } else if (d === 0x7d && --depth === 0) {
          this.pos = i;
          return { literal, fieldName, formatSpec: s.slice(specStart, i - 1), conversion, formatSpecNeedsExpanding: nested };
        }
      }
      raise('ValueError', "unmatched '{' in format spec");
    }
    if (c !== 0x7d) raise('ValueError', "expected '}' before end of string");
    this.pos = i;
    return { literal, fieldName, formatSpec: '', conversion, formatSpecNeedsExpanding: false };
  }
}

/** do_conversion's check: 'r', 's' and 'a' are known, anything else is a ValueError. */
export function checkConversion(conversion: string): 'r' | 's' | 'a' {
  if (conversion === 'r' || conversion === 's' || conversion === 'a') return conversion;
  const cp = conversion.codePointAt(0)!;
  raise('ValueError', cp > 32 && cp < 127
    ? `Unknown conversion specifier ${conversion}`
    : `Unknown conversion specifier \\x${cp.toString(16)}`);
}

/** A field name part: an attribute or key string, or an index. */
export type FieldKey = string | number | bigint;

/**
 * get_integer: the value of a name made only of decimal digits (any script's),
 * else -1; past Py_ssize_t it is a ValueError, even if a non-digit follows.
 */
function fieldIndex(name: string): number | bigint {
  if (name.length === 0) return -1;
  let value = 0;
  let big = 0n; // used once value would pass 2^53
  let isBig = false;
  for (let i = 0; i < name.length;) {
    const cp = name.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    const digit = decimalValue(cp);
    if (digit < 0) return -1;
    if (!isBig && value < 1e14) {
      value = value * 10 + digit;
      continue;
    }
    if (!isBig) {
      big = BigInt(value);
      isBig = true;
    }
    big = big * 10n + BigInt(digit);
    if (big > SSIZE_MAX) raise('ValueError', 'Too many decimal digits in format string');
  }
  return isBig ? (big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big) : value;
}

/** Walks the '.attr' and '[key]' parts after a field name's first part, lazily
 *  (CPython raises their errors only after looking up the parts before). */
export class FieldNameIterator {
  constructor(private readonly name: string, private pos: number) {}

  /** The next part, or null at the end; a '[key]' of decimal digits is an index. */
  next(): { isAttribute: boolean; key: FieldKey } | null {
    const s = this.name;
    if (this.pos >= s.length) return null;
    const c = s.charCodeAt(this.pos++);
    const start = this.pos;
    let key: FieldKey;
    let isAttribute: boolean;
    if (c === 0x2e) {
      isAttribute = true;
      while (this.pos < s.length && s.charCodeAt(this.pos) !== 0x2e && s.charCodeAt(this.pos) !== 0x5b) this.pos++;
      key = s.slice(start, this.pos);
    } else if (c === 0x5b) {
      isAttribute = false;
      const close = s.indexOf(']', start);
      if (close < 0) raise('ValueError', "Missing ']' in format string");
      this.pos = close + 1;
      key = s.slice(start, close);
      const index = fieldIndex(key);
      if (index !== -1) key = index;
    } else {
      raise('ValueError', "Only '.' or '[' may follow ']' in format field specifier");
    }
    if (key === '') raise('ValueError', 'Empty attribute in format string');
    return { isAttribute, key };
  }
}

const AUTO_INIT = 0;
const AUTO_AUTO = 1;
const AUTO_MANUAL = 2;

/** The numbering state of one str.format call: '{}' fields take 0, 1, ... and
 *  may not be mixed with '{0}' fields. */
export class AutoNumber {
  private state = AUTO_INIT;
  private nextIndex = 0;

  /** The index for a field whose first part is `first` ('' when omitted), or
   *  `first` itself for a keyword. */
  resolve(first: FieldKey): FieldKey {
    const empty = first === '';
    if (typeof first === 'string' && !empty) return first;
    if (this.state === AUTO_INIT) this.state = empty ? AUTO_AUTO : AUTO_MANUAL;
    if (this.state === AUTO_MANUAL && empty) {
      raise('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    }
    if (this.state === AUTO_AUTO && !empty) {
      raise('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    }
    return empty ? this.nextIndex++ : first;
  }
}

/**
 * field_name_split: a field name's first part (an index when it is all decimal
 * digits, else a keyword string; '' when omitted) and an iterator over the rest.
 * With `autoNumber` (str.format), an omitted first part becomes the next index.
 */
export function splitFieldName(name: string, autoNumber?: AutoNumber): { first: FieldKey; rest: FieldNameIterator } {
  let end = 0;
  while (end < name.length && name.charCodeAt(end) !== 0x2e && name.charCodeAt(end) !== 0x5b) end++;
  const head = name.slice(0, end);
  const index = fieldIndex(head);
  let first: FieldKey = index === -1 ? head : index;
  if (autoNumber !== undefined) first = autoNumber.resolve(first);
  return { first, rest: new FieldNameIterator(name, end) };
}
