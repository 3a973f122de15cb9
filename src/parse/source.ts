// Source bytes -> text, as CPython 3.11's tokenizer decodes them: UTF-8 BOM,
// PEP 263 coding cookie on line 1 or 2, CR/CRLF -> LF. The errors differ
// between compiling a bytes object ('string': compile(), ast.parse(bytes),
// python -m ast) and running a file ('file': python3 FILE), as in CPython.

import { PySyntaxError } from './errors.js';

export type SourcePath = 'string' | 'file';

/**
 * Bytes of UTF-8 sources that are not valid UTF-8 are kept as the lone
 * surrogates U+DC80..U+DCFF (like Python's surrogateescape): CPython only
 * rejects them when a token containing them is decoded (a STRING token gives
 * "(unicode error) 'utf-8' codec can't decode byte ..."). See utf8ErrorIn().
 */
export const ESCAPED_BYTE_BASE = 0xdc00;

function encodingError(msg: string, filename: string, path: SourcePath): PySyntaxError {
  // CPython reports these with lineno 0, offset -1 and no text (string path)
  // or with no location at all (file path).
  return new PySyntaxError('SyntaxError', msg, filename, 0, -1, null, 0, -1, path === 'file');
}

/** The text of `bytes` as CPython's tokenizer sees it (newlines translated). */
export function decodeSource(bytes: Uint8Array, filename: string, path: SourcePath): string {
  return decodeSourceInfo(bytes, filename, path).text;
}

/**
 * decodeSource, plus whether the source declared its encoding (a BOM or a
 * coding cookie). CPython converts error offsets from UTF-8 bytes to
 * characters only then (tok->encoding is set), so undeclared sources report
 * byte offsets.
 */
export function decodeSourceInfo(bytes: Uint8Array, filename: string, path: SourcePath): { text: string; declared: boolean } {
  let start = 0;
  let bom = false;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { bom = true; start = 3; }

  // The cookie is looked for on line 1, and on line 2 only if line 1 holds
  // nothing but whitespace and a comment.
  let encoding: string | null = null;
  const nl1 = indexOfByte(bytes, 10, start);
  const line1End = nl1 < 0 ? bytes.length : nl1 + 1;
  let cookie = codingSpec(bytes, start, line1End);
  if (cookie === null && nl1 >= 0 && isBlankOrComment(bytes, start, line1End) && !endsWithBackslash(bytes, start, nl1)) {
    const nl2 = indexOfByte(bytes, 10, line1End);
    cookie = codingSpec(bytes, line1End, nl2 < 0 ? bytes.length : nl2 + 1);
    // Running a file, line 1 is read (and checked as UTF-8) before line 2's cookie.
    if (cookie !== null && path === 'file' && !bom) checkUtf8Lines(bytes.subarray(0, line1End), start, filename);
  }
  if (cookie !== null) {
    if (bom && cookie !== 'utf-8') throw encodingError(`encoding problem: ${cookie} with BOM`, filename, path);
    encoding = cookie;
  }

  let text: string;
  if (encoding === null || encoding === 'utf-8') {
    if (path === 'file' && encoding === null && !bom) checkUtf8Lines(bytes, start, filename);
    text = decodeUtf8Lenient(bytes, start);
  } else {
    text = decodeWith(bytes, start, encoding, filename, path);
  }

  const nul = text.indexOf('\0');
  if (nul >= 0) {
    if (path === 'string') {
      // CPython gives only the message (compile()'s argument check).
      throw new PySyntaxError('SyntaxError', 'source code string cannot contain null bytes', filename, 0, -1, null, 0, -1);
    }
    const ls = text.lastIndexOf('\n', nul) + 1;
    let lineno = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < nul; i = text.indexOf('\n', i + 1)) lineno++;
    const lineText = text.slice(ls, nul).replace(/\r$/, '');
    throw new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, lineno, 0, lineText, lineno, 0);
  }
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  return { text, declared: bom || cookie !== null };
}

function indexOfByte(b: Uint8Array, v: number, from: number): number {
  for (let i = from; i < b.length; i++) if (b[i] === v) return i;
  return -1;
}

function isBlankOrComment(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c === 35 || c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9 && c !== 12) return false;
  }
  return true;
}

function endsWithBackslash(b: Uint8Array, s: number, nl: number): boolean {
  let e = nl;
  if (e > s && b[e - 1] === 13) e--;
  return e > s && b[e - 1] === 92;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

// get_coding_spec: the line must be whitespace then '#'; then the first
// "coding" followed by ':' or '=', optional spaces/tabs, and a name of
// [A-Za-z0-9-_.]. The search stops 6 bytes before the end of the line.
function codingSpec(b: Uint8Array, s: number, e: number): string | null {
  const size = e - s;
  let i = 0;
  for (; i < size - 6; i++) {
    const c = b[s + i];
    if (c === 35) break;
    if (c !== 32 && c !== 9 && c !== 12) return null;
  }
  for (; i < size - 6; i++) {
    const t = s + i;
    if (b[t] !== 99 || b[t + 1] !== 111 || b[t + 2] !== 100 || b[t + 3] !== 105 || b[t + 4] !== 110 || b[t + 5] !== 103) continue;
    let p = t + 6;
    if (b[p] !== 58 && b[p] !== 61) continue;
    do p++; while (b[p] === 32 || b[p] === 9);
    const begin = p;
    while (p < b.length && (isAlnum(b[p]) || b[p] === 45 || b[p] === 95 || b[p] === 46)) p++;
    if (begin < p) {
      let name = '';
      for (let k = begin; k < p; k++) name += String.fromCharCode(b[k]);
      return normalName(name);
    }
  }
  return null;
}

// get_normal_name: the utf-8 and latin-1 spellings CPython recognises
// itself (first 12 characters, '_' as '-', case-insensitive).
function normalName(s: string): string {
  const buf = s.slice(0, 12).toLowerCase().replace(/_/g, '-');
  if (buf === 'utf-8' || buf.startsWith('utf-8-')) return 'utf-8';
  if (buf === 'latin-1' || buf === 'iso-8859-1' || buf === 'iso-latin-1' ||
      buf.startsWith('latin-1-') || buf.startsWith('iso-8859-1-') || buf.startsWith('iso-latin-1-')) return 'iso-8859-1';
  return s;
}

// The file path checks each line for valid UTF-8 before decoding it.
function checkUtf8Lines(b: Uint8Array, start: number, filename: string): void {
  let line = 1;
  let i = start;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { if (c === 10) line++; i++; continue; }
    const n = validUtf8(b, i);
    if (n === 0) {
      const hex = c.toString(16).padStart(2, '0');
      throw encodingError(`Non-UTF-8 code starting with '\\x${hex}' in file ${filename} on line ${line}, ` +
        'but no encoding declared; see https://peps.python.org/pep-0263/ for details', filename, 'file');
    }
    i += n;
  }
}

// tokenizer.c's valid_utf8: length of the sequence at i, 0 if invalid.
function validUtf8(b: Uint8Array, i: number): number {
  const c = b[i];
  let expected: number;
  if (c < 0x80) return 1;
  if (c < 0xc2) return 0;
  if (c < 0xe0) expected = 1;
  else if (c < 0xf0) {
    if (c === 0xe0 && (b[i + 1] ?? 0) < 0xa0) return 0;
    if (c === 0xed && (b[i + 1] ?? 0) >= 0xa0) return 0;
    expected = 2;
  } else if (c < 0xf5) {
    if (c === 0xf0 && (b[i + 1] ?? 0) < 0x90) return 0;
    if (c === 0xf4 && (b[i + 1] ?? 0) >= 0x90) return 0;
    expected = 3;
  } else return 0;
  for (let k = 1; k <= expected; k++) {
    const d = b[i + k];
    if (d === undefined || d < 0x80 || d >= 0xc0) return 0;
  }
  return expected + 1;
}

// UTF-8 decoding that keeps each undecodable byte as U+DC80..U+DCFF.
function decodeUtf8Lenient(b: Uint8Array, start: number): string {
  const view = start === 0 ? b : b.subarray(start);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(view);
  } catch {
    // fall through to the slow path
  }
  const parts: string[] = [];
  const td = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let i = 0;
  let runStart = 0;
  while (i < view.length) {
    if (view[i] < 0x80) { i++; continue; }
    const n = validUtf8(view, i);
    if (n > 0) { i += n; continue; }
    if (runStart < i) parts.push(td.decode(view.subarray(runStart, i)));
    parts.push(String.fromCharCode(ESCAPED_BYTE_BASE + view[i]));
    i++;
    runStart = i;
  }
  if (runStart < view.length) parts.push(td.decode(view.subarray(runStart)));
  return parts.join('');
}

// Python codec names (after CPython's own normalisation) that TextDecoder
// implements with the same tables.
const WHATWG_LABELS: Record<string, string> = {
  utf8: 'utf-8', 'utf-8': 'utf-8', u8: 'utf-8',
  cp1250: 'windows-1250', 'windows-1250': 'windows-1250', cp1251: 'windows-1251', 'windows-1251': 'windows-1251',
  cp1253: 'windows-1253', cp1254: 'windows-1254', cp1255: 'windows-1255', cp1256: 'windows-1256',
  cp1257: 'windows-1257', cp1258: 'windows-1258',
  'euc-jp': 'euc-jp', eucjp: 'euc-jp', 'shift-jis': 'shift_jis', 'shift_jis': 'shift_jis', sjis: 'shift_jis',
  gbk: 'gbk', gb2312: 'gbk', gb18030: 'gb18030', big5: 'big5', 'euc-kr': 'euc-kr', euckr: 'euc-kr',
  'koi8-r': 'koi8-r', 'koi8_r': 'koi8-r', 'koi8-u': 'koi8-u', 'koi8_u': 'koi8-u',
  'iso-8859-2': 'iso-8859-2', 'iso-8859-3': 'iso-8859-3', 'iso-8859-4': 'iso-8859-4', 'iso-8859-5': 'iso-8859-5',
  'iso-8859-6': 'iso-8859-6', 'iso-8859-7': 'iso-8859-7', 'iso-8859-8': 'iso-8859-8', 'iso-8859-10': 'iso-8859-10',
  'iso-8859-13': 'iso-8859-13', 'iso-8859-14': 'iso-8859-14', 'iso-8859-15': 'iso-8859-15', 'iso-8859-16': 'iso-8859-16',
  latin2: 'iso-8859-2', 'latin-2': 'iso-8859-2',
};

function decodeWith(b: Uint8Array, start: number, enc: string, filename: string, path: SourcePath): string {
  const view = b.subarray(start);
  const key = enc.toLowerCase().replace(/ /g, '_');
  const fail = (stringMsg: string): never => {
    throw encodingError(path === 'file' ? `encoding problem: ${enc}` : stringMsg, filename, path);
  };
  if (key === 'iso-8859-1' || key === 'latin1' || key === 'latin_1' || key === 'l1' || key === 'iso8859-1') {
    let s = '';
    for (let i = 0; i < view.length; i += 8192) s += String.fromCharCode(...view.subarray(i, i + 8192));
    return s;
  }
  if (key === 'ascii' || key === 'us-ascii' || key === 'us_ascii' || key === '646') {
    for (let i = 0; i < view.length; i++) {
      if (view[i] >= 0x80) {
        fail(`'ascii' codec can't decode byte 0x${view[i].toString(16)} in position ${i}: ordinal not in range(128)`);
      }
    }
    return new TextDecoder('utf-8').decode(view);
  }
  if (key === 'cp1252' || key === 'windows-1252' || key === 'windows_1252') return decodeCp1252(view, fail);
  const label = WHATWG_LABELS[key] ?? WHATWG_LABELS[key.replace(/_/g, '-')];
  if (label === undefined) return fail(`unknown encoding: ${enc}`);
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(view);
  } catch {
    if (label === 'utf-8') {
      const e = utf8ErrorAt(view);
      return fail(`'utf-8' codec can't decode byte 0x${view[e.pos].toString(16)} in position ${e.pos}: ${e.reason}`);
    }
    return fail(`'${enc}' codec can't decode bytes`);
  }
}

// Where and why CPython's UTF-8 decoder stops on `b`.
function utf8ErrorAt(b: Uint8Array): { pos: number; reason: string } {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) { i++; continue; }
    const n = validUtf8(b, i);
    if (n > 0) { i += n; continue; }
    return { pos: i, reason: utf8Reason(b, i) };
  }
  return { pos: i, reason: '' };
}

function utf8Reason(b: Uint8Array, i: number): string {
  const c = b[i];
  if (c < 0xc2 || c > 0xf4) return 'invalid start byte';
  const need = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
  for (let k = 1; k <= need; k++) {
    if (i + k >= b.length) return 'unexpected end of data';
    const d = b[i + k];
    let lo = 0x80, hi = 0xbf;
    if (k === 1) {
      if (c === 0xe0) lo = 0xa0; else if (c === 0xed) hi = 0x9f;
      else if (c === 0xf0) lo = 0x90; else if (c === 0xf4) hi = 0x8f;
    }
    if (d < lo || d > hi) return 'invalid continuation byte';
  }
  return 'invalid start byte';
}

/**
 * For text from decodeSource: if `s` (e.g. a STRING token's body) holds
 * bytes that were not valid UTF-8, CPython's message for decoding it, e.g.
 * "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0:
 * invalid start byte"; otherwise null.
 */
export function utf8ErrorIn(s: string): string | null {
  let has = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A low surrogate after a high one is half of a real character.
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800)) { has = true; break; }
  }
  if (!has) return null;
  // Re-encode to the original bytes and find the first decoding error.
  const bytes: number[] = [];
  const enc = new TextEncoder();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc80 && c <= 0xdcff && !(i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800)) bytes.push(c - ESCAPED_BYTE_BASE);
    else {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) i++;
      for (const x of enc.encode(String.fromCodePoint(cp))) bytes.push(x);
    }
  }
  const b = Uint8Array.from(bytes);
  const e = utf8ErrorAt(b);
  if (e.pos < 0 || e.pos >= b.length) return null;
  return `(unicode error) 'utf-8' codec can't decode byte 0x${b[e.pos].toString(16)} in position ${e.pos}: ${e.reason}`;
}

// cp1252 by hand: Node's TextDecoder treats windows-1252 as latin-1.
// Python leaves 0x81, 0x8d, 0x8f, 0x90 and 0x9d undefined.
const CP1252_HIGH = '\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe' +
  '\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178';

function decodeCp1252(view: Uint8Array, fail: (msg: string) => never): string {
  let s = '';
  for (let i = 0; i < view.length; i++) {
    const c = view[i];
    if (c >= 0x80 && c < 0xa0) {
      const ch = CP1252_HIGH[c - 0x80];
      if (ch === '\ufffe') fail(`'charmap' codec can't decode byte 0x${c.toString(16)} in position ${i}: character maps to <undefined>`);
      s += ch;
    } else s += String.fromCharCode(c);
  }
  return s;
}
