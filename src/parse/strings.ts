// String literal concatenation and CPython 3.11's f-string parser
// (Parser/string_parser.c in 3.11: f-strings are single STRING tokens that are
// split into literal parts and `{...}` replacement fields here; each field's
// expression is parsed by a sub-parser over "(expr)" whose token positions
// are shifted to where the expression sits in the file).
//
// 3.11 positions, reproduced here: the Constant and FormattedValue parts of a
// JoinedStr span the whole concatenation of STRING tokens; a format spec's
// JoinedStr spans just the token it is in; expressions inside fields have
// their real positions.

import * as A from './ast.js';
import type { Token } from './tokens.js';
import { BytesConst } from './constants.js';
import { decodeEscapes } from './literals.js';
import { utf8ErrorIn } from './source.js';
import type { ExpressionParser } from './expressions.js';

/** The parts of a STRING token's text. */
interface StringToken {
  tok: Token;
  isBytes: boolean;
  isRaw: boolean;
  isF: boolean;
  /** Index in tok.value where the body starts and ends (quotes excluded). */
  bodyStart: number;
  bodyEnd: number;
  /** Newlines counted so far in tok.value[0, nlScanned), and the last one's index. */
  nlScanned: number;
  nlCount: number;
  lastNl: number;
  /** UTF-8 bytes of tok.value[lastNl + 1, u8To). */
  u8To: number;
  u8Bytes: number;
}

function splitToken(t: Token): StringToken {
  const s = t.value;
  let i = 0;
  let isBytes = false;
  let isRaw = false;
  let isF = false;
  for (;;) {
    const c = s.charCodeAt(i);
    if (c === 0x62 || c === 0x42) isBytes = true; // b B
    else if (c === 0x72 || c === 0x52) isRaw = true; // r R
    else if (c === 0x66 || c === 0x46) isF = true; // f F
    else if (c !== 0x75 && c !== 0x55) break; // u U
    i++;
  }
  const q = s.charCodeAt(i);
  const triple = s.length - i >= 6 && s.charCodeAt(i + 1) === q && s.charCodeAt(i + 2) === q;
  const ql = triple ? 3 : 1;
  return { tok: t, isBytes, isRaw, isF, bodyStart: i + ql, bodyEnd: s.length - ql, nlScanned: 0, nlCount: 0, lastNl: -1, u8To: 0, u8Bytes: 0 };
}

/** Sub-parser factory, provided by the statement-level parser. */
export interface FStringHost extends ExpressionParser {
  parseFStringExpression(text: string, lineDelta: number, firstLineCol: number): A.expr;
}

// strings: STRING+  (_PyPegen_concatenate_strings)
export function concatenateStrings(p: ExpressionParser, toks: Token[]): A.expr {
  const parts = toks.map(splitToken);
  const first = toks[0];
  const last = toks[toks.length - 1];
  const bytesmode = parts[0].isBytes;
  for (const part of parts) {
    if (part.isBytes !== bytesmode) p.raiseLast('cannot mix bytes and nonbytes literals');
  }
  for (const part of parts) {
    // Bytes that were not UTF-8 in an undeclared source fail when their literal is decoded.
    const bad = utf8ErrorIn(part.tok.value.slice(part.bodyStart, part.bodyEnd));
    if (bad !== null) p.raiseLast(bad);
  }
  if (bytesmode) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (const part of parts) {
      const b = decodeBody(p, part) as Uint8Array;
      chunks.push(b);
      total += b.length;
    }
    const all = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) { all.set(c, off); off += c.length; }
    return A.Constant(new BytesConst(all), null, first.lineno, first.col, last.endLineno, last.endCol);
  }
  const kind = first.value.charCodeAt(0) === 0x75 ? 'u' : null; // only a lowercase 'u' counts
  const fmode = parts.some((x) => x.isF);
  if (!fmode) {
    let s = '';
    for (const part of parts) s += decodeBody(p, part) as string;
    return A.Constant(s, kind, first.lineno, first.col, last.endLineno, last.endCol);
  }
  const b = new FStringBuilder(first, last, kind);
  for (const part of parts) {
    if (!part.isF) {
      b.addLiteral(decodeBody(p, part) as string);
    } else {
      const body = part.tok.value.slice(0, part.bodyEnd);
      const state = { pos: part.bodyStart };
      fstringParse(p as FStringHost, body, state, part, 0, b, first, last);
    }
  }
  return b.finish(first.lineno, first.col, last.endLineno, last.endCol);
}

/** Accumulates JoinedStr values, merging adjacent literal text. */
class FStringBuilder {
  readonly values: A.expr[] = [];
  private pending = '';

  constructor(private readonly first: Token, private readonly last: Token, private readonly kind: string | null) {}

  addLiteral(s: string): void {
    this.pending += s;
  }

  addExpr(e: A.expr): void {
    this.flush();
    this.values.push(e);
  }

  private flush(): void {
    if (this.pending.length > 0) {
      const f = this.first;
      const l = this.last;
      this.values.push(A.Constant(this.pending, this.kind, f.lineno, f.col, l.endLineno, l.endCol));
      this.pending = '';
    }
  }

  finish(lineno: number, col: number, endLineno: number, endCol: number): A.JoinedStr {
    this.flush();
    return A.JoinedStr(this.values, lineno, col, endLineno, endCol);
  }

  /**
   * A format spec's JoinedStr spans the token `t` it is in; so does its text
   * when the spec has no replacement fields (else its parts span the whole
   * concatenation like every other part).
   */
  finishSpec(t: Token): A.JoinedStr {
    if (this.values.length === 0) {
      if (this.pending.length > 0) {
        this.values.push(A.Constant(this.pending, this.kind, t.lineno, t.col, t.endLineno, t.endCol));
        this.pending = '';
      }
    }
    return this.finish(t.lineno, t.col, t.endLineno, t.endCol);
  }
}

function decodeBody(p: ExpressionParser, part: StringToken): string | Uint8Array {
  const body = part.tok.value.slice(part.bodyStart, part.bodyEnd);
  return decodeChunk(p, body, part.isBytes, part.isRaw, part.tok);
}

function decodeChunk(p: ExpressionParser, body: string, isBytes: boolean, isRaw: boolean, tok: Token): string | Uint8Array {
  if (isRaw) {
    if (!isBytes) return body;
    return asciiBytes(p, body, tok);
  }
  const r = decodeEscapes(body, isBytes);
  if (r.error !== undefined) {
    if (r.error === BYTES_ASCII) p.raiseAtToken(tok, r.error);
    p.raiseLast(r.error);
  }
  if (r.invalidEscape !== undefined) {
    p.warnings.push({ category: 'DeprecationWarning', message: r.invalidEscape.message, lineno: tok.lineno });
  }
  return r.value!;
}

const BYTES_ASCII = 'bytes can only contain ASCII literal characters';

function asciiBytes(p: ExpressionParser, s: string, tok: Token): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) p.raiseAtToken(tok, BYTES_ASCII);
    out[i] = c;
  }
  return out;
}

// fstring_parse: literal parts and replacement fields until the end of the
// body or, inside a format spec, the closing '}'.
function fstringParse(p: FStringHost, s: string, state: { pos: number }, part: StringToken,
  level: number, b: FStringBuilder, first: Token, last: Token): void {
  for (;;) {
    const lit = findLiteral(p, s, state, part, level);
    if (lit.text.length > 0) b.addLiteral(lit.text);
    if (lit.doubled) continue;
    if (state.pos >= s.length || s.charCodeAt(state.pos) === 0x7d /* } */) break;
    // At a '{': a replacement field.
    const fv = findExpr(p, s, state, part, level, first, last, b);
    b.addExpr(fv);
  }
}

/**
 * fstring_find_literal: text up to the next '{' or '}' (a doubled brace at the
 * top level ends the literal after one brace and is skipped).
 */
function findLiteral(p: FStringHost, s: string, state: { pos: number }, part: StringToken, level: number): { text: string; doubled: boolean } {
  let i = state.pos;
  const start = i;
  const n = s.length;
  let doubled = false;
  let end = -1;
  while (i < n) {
    let ch = s.charCodeAt(i++);
    if (!part.isRaw && ch === 0x5c /* \ */ && i < n) {
      ch = s.charCodeAt(i++);
      if (ch === 0x4e /* N */) {
        if (i < n && s.charCodeAt(i++) === 0x7b) {
          while (i < n && s.charCodeAt(i++) !== 0x7d);
          continue;
        }
        continue;
      }
    }
    if (ch === 0x7b || ch === 0x7d) {
      if (level === 0) {
        if (i < n && s.charCodeAt(i) === ch) {
          end = i;
          state.pos = i + 1;
          doubled = true;
          break;
        }
        if (ch === 0x7d) {
          state.pos = i - 1;
          p.raiseLast("f-string: single '}' is not allowed");
        }
      }
      i--;
      break;
    }
  }
  if (!doubled) {
    end = i;
    state.pos = i;
  }
  const raw = s.slice(start, end);
  if (raw.length === 0) return { text: '', doubled };
  const text = decodeChunk(p, raw, false, part.isRaw, part.tok) as string;
  return { text, doubled };
}

const MAXLEVEL = 200;

// fstring_find_expr: the replacement field at s[state.pos] === '{'.
function findExpr(p: FStringHost, s: string, state: { pos: number }, part: StringToken, level: number,
  first: Token, last: Token, _b: FStringBuilder): A.FormattedValue {
  if (level >= 2) p.raiseLast('f-string: expressions nested too deeply');
  const brace = state.pos;
  let i = brace + 1;
  const exprStart = i;
  const n = s.length;
  let quote = 0;
  let stringType = 0;
  const stack: number[] = [];
  for (; i < n; i++) {
    const ch = s.charCodeAt(i);
    if (ch === 0x5c) p.raiseLast('f-string expression part cannot include a backslash');
    if (quote !== 0) {
      if (ch === quote) {
        if (stringType === 3) {
          if (i + 2 < n && s.charCodeAt(i + 1) === ch && s.charCodeAt(i + 2) === ch) {
            i += 2;
            stringType = 0;
            quote = 0;
          }
        } else {
          stringType = 0;
          quote = 0;
        }
      }
      continue;
    }
    if (ch === 0x27 || ch === 0x22) {
      if (i + 2 < n && s.charCodeAt(i + 1) === ch && s.charCodeAt(i + 2) === ch) {
        stringType = 3;
        i += 2;
      } else {
        stringType = 1;
      }
      quote = ch;
    } else if (ch === 0x5b || ch === 0x7b || ch === 0x28) {
      if (stack.length >= MAXLEVEL) p.raiseLast('f-string: too many nested parenthesis');
      stack.push(ch);
    } else if (ch === 0x23) {
      p.raiseLast("f-string expression part cannot include '#'");
    } else if (stack.length === 0 && (ch === 0x21 || ch === 0x3a || ch === 0x7d || ch === 0x3d || ch === 0x3e || ch === 0x3c)) {
      if (i + 1 < n) {
        const next = s.charCodeAt(i + 1);
        if (next === 0x3d && (ch === 0x21 || ch === 0x3d || ch === 0x3c || ch === 0x3e)) {
          i++;
          continue;
        }
      }
      if (ch === 0x3e || ch === 0x3c) continue;
      break;
    } else if (ch === 0x5d || ch === 0x7d || ch === 0x29) {
      if (stack.length === 0) p.raiseLast(`f-string: unmatched '${String.fromCharCode(ch)}'`);
      const opening = stack.pop()!;
      if (!((opening === 0x28 && ch === 0x29) || (opening === 0x5b && ch === 0x5d) || (opening === 0x7b && ch === 0x7d))) {
        p.raiseLast(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
      }
    }
  }
  const exprEnd = i;
  if (quote !== 0) p.raiseLast('f-string: unterminated string');
  if (stack.length > 0) p.raiseLast(`f-string: unmatched '${String.fromCharCode(stack[stack.length - 1])}'`);
  if (i >= n) p.raiseLast("f-string: expecting '}'");

  const value = compileExpr(p, s, brace, exprStart, exprEnd, part);

  let exprText: string | null = null;
  if (s.charCodeAt(i) === 0x3d) {
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
    if (i >= n) p.raiseLast("f-string: expecting '}'");
    exprText = s.slice(exprStart, i);
  }
  let conversion = -1;
  if (s.charCodeAt(i) === 0x21) {
    i++;
    if (i >= n) p.raiseLast("f-string: expecting '}'");
    conversion = s.charCodeAt(i);
    i++;
    if (conversion !== 0x73 && conversion !== 0x72 && conversion !== 0x61) {
      p.raiseLast("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    }
  }
  let formatSpec: A.expr | null = null;
  if (i < n && s.charCodeAt(i) === 0x3a) {
    i++;
    if (i >= n) p.raiseLast("f-string: expecting '}'");
    state.pos = i;
    const t = part.tok;
    const spec = new FStringBuilder(first, last, null);
    fstringParse(p, s, state, part, level + 1, spec, first, last);
    formatSpec = spec.finishSpec(t);
    i = state.pos;
  }
  if (i >= n || s.charCodeAt(i) !== 0x7d) p.raiseLast("f-string: expecting '}'");
  state.pos = i + 1;
  if (exprText !== null && formatSpec === null && conversion === -1) conversion = 0x72;
  if (exprText !== null) _b.addLiteral(exprText);
  return A.FormattedValue(value, conversion, formatSpec, first.lineno, first.col, last.endLineno, last.endCol);
}

function isAsciiSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c;
}

// fstring_compile_expr: parse "(expr)" with positions shifted into the file.
function compileExpr(p: FStringHost, s: string, brace: number, exprStart: number, exprEnd: number, part: StringToken): A.expr {
  let j = exprStart;
  for (; j < exprEnd; j++) {
    const c = s.charCodeAt(j);
    if (!(c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c)) break;
  }
  if (j === exprEnd) {
    const endCh = s[exprEnd];
    if (endCh === '!' || endCh === ':' || endCh === '=') {
      p.raiseLast(`f-string: expression required before '${endCh}'`);
    }
    p.raiseLast('f-string: empty expression not allowed');
  }
  const t = part.tok;
  // fstring_find_expr_location: lines before the '{' in the token, and the
  // byte column of the '{' (unless only whitespace follows it up to a newline).
  // Fields come in order, so the newline count advances incrementally.
  for (let k = part.nlScanned; k < brace; k++) {
    if (s.charCodeAt(k) === 0x0a) { part.nlCount++; part.lastNl = k; }
  }
  part.nlScanned = brace;
  const lines = part.nlCount;
  const lastNl = part.lastNl;
  let newlineAfterBrace = true;
  for (let k = brace + 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x7d || c === 0x0a) break;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0c) { newlineAfterBrace = false; break; }
  }
  // The byte column of the '{', also counted incrementally.
  if (part.u8To < lastNl + 1) { part.u8To = lastNl + 1; part.u8Bytes = 0; }
  part.u8Bytes += utf8Length(s, part.u8To, brace);
  part.u8To = brace;
  const cols = newlineAfterBrace ? 0 : part.u8Bytes;
  const firstLineCol = lines === 0 ? t.col + cols : cols;
  return p.parseFStringExpression('(' + s.slice(exprStart, exprEnd) + ')', t.lineno + lines - 1, firstLineCol);
}

function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

