// Pattern text -> parse tree, as CPython 3.11's re._parser builds it: the same
// tree shapes (the compiler and the matcher depend on them, e.g. a branch of
// single characters becomes a set), the same widths, and the same re.error
// messages and positions. Positions count code points of a str pattern or
// bytes of a bytes pattern.

import { Op, At, Cat, Flag, TYPE_FLAGS, GLOBAL_FLAGS, MAXREPEAT, MAXGROUPS } from './constants.js';
import { SreError } from './error.js';
import { isAlpha, isUniSpace, isUniDigit, decimalValue } from './chars.js';
import { isIdStart, isIdContinue, lookupUnicodeName } from '../unicode.js';
import { reprStr } from '../repr.js';
import { raise } from '../pyerror.js';

// ---------------------------------------------------------------------------
// Tree

export type SetItem =
  | { readonly op: Op.LITERAL; readonly c: number }
  | { readonly op: Op.RANGE; readonly lo: number; readonly hi: number }
  | { readonly op: Op.CATEGORY; readonly cat: Cat }
  | { readonly op: Op.NEGATE };

type RepeatOp = Op.MAX_REPEAT | Op.MIN_REPEAT | Op.POSSESSIVE_REPEAT;

export type Node =
  | { readonly op: Op.LITERAL | Op.NOT_LITERAL; readonly c: number }
  | { readonly op: Op.ANY }
  | { readonly op: Op.IN; readonly items: SetItem[] }
  | { readonly op: Op.AT; readonly at: At }
  | { readonly op: Op.BRANCH; readonly alts: SubPattern[] }
  | { readonly op: Op.SUBPATTERN; readonly group: number | null; readonly addFlags: number;
      readonly delFlags: number; readonly p: SubPattern }
  | { readonly op: Op.ATOMIC_GROUP; readonly p: SubPattern }
  | { readonly op: RepeatOp; readonly min: number; readonly max: number; readonly p: SubPattern }
  | { readonly op: Op.GROUPREF; readonly group: number }
  | { readonly op: Op.GROUPREF_EXISTS; readonly group: number; readonly yes: SubPattern;
      readonly no: SubPattern | null }
  | { readonly op: Op.ASSERT | Op.ASSERT_NOT; readonly dir: 1 | -1; readonly p: SubPattern };

/** Upper bound of widths: larger than any repeat count, code or string size. */
const MAXWIDTH = 2 ** 64;

/** Groups and flags collected while parsing one pattern. */
class ParseState {
  flags = 0;
  readonly groupdict = new Map<string, number>();
  /** Width of each closed group (index 0 is the whole match), null while open. */
  readonly groupwidths: ([number, number] | null)[] = [null];
  /** Groups existing when the innermost enclosing lookbehind began. */
  lookbehindgroups: number | null = null;
  /** Where each numeric conditional reference was written, for the final check. */
  readonly grouprefpos = new Map<number, number>();

  get groups(): number {
    return this.groupwidths.length;
  }

  /** A new group's number; the error has no position (the caller adds it). */
  opengroup(name: string | null): number {
    const gid = this.groups;
    this.groupwidths.push(null);
    if (this.groups > MAXGROUPS) throw new SreError('too many groups');
    if (name !== null) {
      const ogid = this.groupdict.get(name);
      if (ogid !== undefined) {
        throw new SreError(`redefinition of group name ${reprStr(name)} as group ${gid}; was group ${ogid}`);
      }
      this.groupdict.set(name, gid);
    }
    return gid;
  }

  closegroup(gid: number, p: SubPattern): void {
    this.groupwidths[gid] = p.getwidth();
  }

  checkgroup(gid: number): boolean {
    return gid < this.groups && this.groupwidths[gid] !== null;
  }

  checklookbehindgroup(gid: number, source: Tokenizer): void {
    if (this.lookbehindgroups === null) return;
    if (!this.checkgroup(gid)) throw source.error('cannot refer to an open group');
    if (gid >= this.lookbehindgroups) {
      throw source.error('cannot refer to group defined in the same lookbehind subpattern');
    }
  }
}

/** A sequence of nodes with its cached (min, max) width. */
export class SubPattern {
  private width: [number, number] | null = null;

  constructor(readonly state: ParseState, public data: Node[] = []) {}

  get length(): number {
    return this.data.length;
  }

  getwidth(): [number, number] {
    if (this.width !== null) return this.width;
    let lo = 0;
    let hi = 0;
    for (const node of this.data) {
      switch (node.op) {
        case Op.BRANCH: {
          let i = MAXWIDTH;
          let j = 0;
          for (const alt of node.alts) {
            const [l, h] = alt.getwidth();
            i = Math.min(i, l);
            j = Math.max(j, h);
          }
          lo += i;
          hi += j;
          break;
        }
        case Op.ATOMIC_GROUP:
        case Op.SUBPATTERN: {
          const [i, j] = node.p.getwidth();
          lo += i;
          hi += j;
          break;
        }
        case Op.MAX_REPEAT:
        case Op.MIN_REPEAT:
        case Op.POSSESSIVE_REPEAT: {
          const [i, j] = node.p.getwidth();
          lo += i * node.min;
          if (node.max === MAXREPEAT && j) hi = MAXWIDTH;
          else hi += j * node.max;
          break;
        }
        case Op.ANY:
        case Op.IN:
        case Op.LITERAL:
        case Op.NOT_LITERAL:
          lo += 1;
          hi += 1;
          break;
        case Op.GROUPREF: {
          const [i, j] = this.state.groupwidths[node.group]!;
          lo += i;
          hi += j;
          break;
        }
        case Op.GROUPREF_EXISTS: {
          let [i, j] = node.yes.getwidth();
          if (node.no !== null) {
            const [l, h] = node.no.getwidth();
            i = Math.min(i, l);
            j = Math.max(j, h);
          } else {
            i = 0;
          }
          lo += i;
          hi += j;
          break;
        }
        default:
          break;
      }
    }
    this.width = [Math.min(lo, MAXWIDTH), Math.min(hi, MAXWIDTH)];
    return this.width;
  }
}

// ---------------------------------------------------------------------------
// Warnings

/** Receives the DeprecationWarning / FutureWarning texts re._parser issues. */
export type WarningHandler = (category: 'DeprecationWarning' | 'FutureWarning', message: string) => void;

let warningHandler: WarningHandler = () => {};

/** The re module installs the function that issues Python warnings. */
export function setWarningHandler(handler: WarningHandler): void {
  warningHandler = handler;
}

export function warn(category: 'DeprecationWarning' | 'FutureWarning', message: string): void {
  warningHandler(category, message);
}

// ---------------------------------------------------------------------------
// Recursion

/**
 * Checks that `frames` more Python frames fit under the recursion limit.
 * CPython's parser recurses in Python, so deeply nested groups raise
 * RecursionError; the runtime installs a check against its own depth and
 * limit. The default assumes a call from module level under the default limit.
 */
export type RecursionCheck = (frames: number) => void;

let recursionCheck: RecursionCheck = (frames) => {
  if (1 + frames > 1000) raise('RecursionError', 'maximum recursion depth exceeded');
};

export function setRecursionCheck(check: RecursionCheck): void {
  recursionCheck = check;
}

// re.compile, re._compile, re._compiler.compile, re._parser.parse and the
// outermost _parse_sub, plus the frame of the call that overflows.
const PARSE_BASE_FRAMES = 7;

// ---------------------------------------------------------------------------
// Text helpers

/** Number of code points of s. */
export function cpLen(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** s.encode('ascii', 'backslashreplace').decode('ascii'). */
function backslashReplace(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c < 0x10000) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}

/** ascii(s) of a str. */
export function asciiRepr(s: string): string {
  return backslashReplace(reprStr(s));
}

/** str.isidentifier(). */
export function isIdentifier(s: string): boolean {
  let first = true;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (first ? !isIdStart(c) : !isIdContinue(c)) return false;
    first = false;
  }
  return !first;
}

/** str.isdecimal() and str.isascii() together: only ASCII digits, at least one. */
export function isAsciiDecimal(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/**
 * int(s) for a str s (base 10): surrounding Unicode whitespace, a sign, Unicode
 * decimal digits with single underscores between them; null where int()
 * raises ValueError.
 */
export function pyIntFromStr(s: string): bigint | null {
  const cps = Array.from(s, (ch) => ch.codePointAt(0)!);
  let i = 0;
  let end = cps.length;
  while (i < end && isUniSpace(cps[i]!)) i++;
  while (end > i && isUniSpace(cps[end - 1]!)) end--;
  let negative = false;
  if (i < end && (cps[i] === 0x2b || cps[i] === 0x2d)) {
    negative = cps[i] === 0x2d;
    i++;
  }
  let digits = '';
  let prevDigit = false;
  for (; i < end; i++) {
    const c = cps[i]!;
    if (c === 0x5f && prevDigit && i + 1 < end && isUniDigit(cps[i + 1]!)) {
      prevDigit = false;
      continue;
    }
    if (!isUniDigit(c)) return null;
    digits += String.fromCharCode(0x30 + decimalValue(c));
    prevDigit = true;
  }
  if (digits === '') return null;
  const value = BigInt(digits);
  return negative ? -value : value;
}

// ---------------------------------------------------------------------------
// Tokenizer

const DIGITS = '0123456789';
const OCTDIGITS = '01234567';
const HEXDIGITS = '0123456789abcdefABCDEF';
const ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const WHITESPACE = ' \t\n\r\v\f';
const SPECIAL_CHARS = '.\\[{()*+?^$|';
const REPEAT_CHARS = '*+?{';

/** Whether token t is one of the single characters in chars. */
function oneOf(t: string | null, chars: string): boolean {
  return t !== null && t.length === 1 && chars.includes(t);
}

/** The pattern as a stream of tokens: single characters or backslash pairs. */
export class Tokenizer {
  readonly istext: boolean;
  /** One string per code point (str) or per byte, read as Latin-1 (bytes). */
  private readonly chars: string[];
  private index = 0;
  next: string | null = null;

  constructor(readonly source: string | Uint8Array) {
    this.istext = typeof source === 'string';
    this.chars = typeof source === 'string'
      ? Array.from(source)
      : Array.from(source, (b) => String.fromCharCode(b));
    this.advance();
  }

  private advance(): void {
    let index = this.index;
    if (index >= this.chars.length) {
      this.next = null;
      return;
    }
    let ch = this.chars[index]!;
    if (ch === '\\') {
      index++;
      if (index >= this.chars.length) {
        throw new SreError('bad escape (end of pattern)', this.source, this.chars.length - 1);
      }
      ch += this.chars[index]!;
    }
    this.index = index + 1;
    this.next = ch;
  }

  match(ch: string): boolean {
    if (ch === this.next) {
      this.advance();
      return true;
    }
    return false;
  }

  get(): string | null {
    const t = this.next;
    this.advance();
    return t;
  }

  /** Up to n tokens that are single characters of charset. */
  getwhile(n: number, charset: string): string {
    let result = '';
    for (let k = 0; k < n; k++) {
      if (!oneOf(this.next, charset)) break;
      result += this.next;
      this.advance();
    }
    return result;
  }

  /** The text up to terminator (consumed); what it names goes in errors. */
  getuntil(terminator: string, name: string): string {
    let result = '';
    for (;;) {
      const c = this.next;
      this.advance();
      if (c === null) {
        if (!result) throw this.error('missing ' + name);
        throw this.error(`missing ${terminator}, unterminated name`, cpLen(result));
      }
      if (c === terminator) {
        if (!result) throw this.error('missing ' + name, 1);
        break;
      }
      result += c;
    }
    return result;
  }

  tell(): number {
    return this.index - (this.next === null ? 0 : this.next[0] === '\\' ? 2 : 1);
  }

  seek(index: number): void {
    this.index = index;
    this.advance();
  }

  /** An re.error `offset` code points before the current position. */
  error(msg: string, offset = 0): SreError {
    if (!this.istext) msg = backslashReplace(msg);
    return new SreError(msg, this.source, this.tell() - offset);
  }

  checkgroupname(name: string, offset: number): void {
    if (!isIdentifier(name)) {
      throw this.error(`bad character in group name ${reprStr(name)}`, cpLen(name) + offset);
    }
    if (!this.istext && /[^\x00-\x7f]/.test(name)) {
      warn('DeprecationWarning', `bad character in group name ${asciiRepr(name)} at position ${
        this.tell() - cpLen(name) - offset}`);
    }
  }
}

// ---------------------------------------------------------------------------
// Escapes

const ESCAPES: Record<string, number> = {
  '\\a': 7, '\\b': 8, '\\f': 12, '\\n': 10, '\\r': 13, '\\t': 9, '\\v': 11, '\\\\': 0x5c,
};

const CATEGORY_ESCAPES: Record<string, Cat> = {
  '\\d': Cat.DIGIT, '\\D': Cat.NOT_DIGIT,
  '\\s': Cat.SPACE, '\\S': Cat.NOT_SPACE,
  '\\w': Cat.WORD, '\\W': Cat.NOT_WORD,
};

const AT_ESCAPES: Record<string, At> = {
  '\\A': At.BEGINNING_STRING, '\\b': At.BOUNDARY, '\\B': At.NON_BOUNDARY, '\\Z': At.END_STRING,
};

type ClassCode = { kind: 'literal'; c: number } | { kind: 'category'; cat: Cat };

/**
 * The escapes shared by sets and the rest of a pattern: \x, \u, \U, \N and
 * octal with a leading 0 (sets take any octal). Returns the character or
 * undefined when the escape is not one of these.
 */
function numericEscape(source: Tokenizer, escape: string, inSet: boolean): number | undefined {
  const c = escape[1]!;
  if (c === 'x') {
    escape += source.getwhile(2, HEXDIGITS);
    if (escape.length !== 4) throw source.error(`incomplete escape ${escape}`, escape.length);
    return parseInt(escape.slice(2), 16);
  }
  if (c === 'u' && source.istext) {
    escape += source.getwhile(4, HEXDIGITS);
    if (escape.length !== 6) throw source.error(`incomplete escape ${escape}`, escape.length);
    return parseInt(escape.slice(2), 16);
  }
  if (c === 'U' && source.istext) {
    escape += source.getwhile(8, HEXDIGITS);
    if (escape.length !== 10) throw source.error(`incomplete escape ${escape}`, escape.length);
    const value = parseInt(escape.slice(2), 16);
    // chr() rejects it: CPython reports the escape as bad.
    if (value > 0x10ffff) throw source.error(`bad escape ${escape}`, escape.length);
    return value;
  }
  if (c === 'N' && source.istext) {
    if (!source.match('{')) throw source.error('missing {');
    const charname = source.getuntil('}', 'character name');
    const value = lookupUnicodeName(charname);
    if (value === undefined) {
      throw source.error(`undefined character name ${reprStr(charname)}`, cpLen(charname) + 4);
    }
    return value;
  }
  if (inSet ? OCTDIGITS.includes(c) : c === '0') {
    escape += source.getwhile(2, OCTDIGITS);
    const value = parseInt(escape.slice(1), 8);
    if (value > 0o377) {
      throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
    }
    return value;
  }
  return undefined;
}

/** A bad escape error, or the escaped character itself for a non-letter. */
function plainEscape(source: Tokenizer, escape: string): number {
  const c = escape.slice(1);
  if (ASCIILETTERS.includes(c) || DIGITS.includes(c)) {
    throw source.error(`bad escape ${escape}`, cpLen(escape));
  }
  return c.codePointAt(0)!;
}

function classEscape(source: Tokenizer, escape: string): ClassCode {
  const lit = ESCAPES[escape];
  if (lit !== undefined) return { kind: 'literal', c: lit };
  const cat = CATEGORY_ESCAPES[escape];
  if (cat !== undefined) return { kind: 'category', cat };
  const value = numericEscape(source, escape, true);
  if (value !== undefined) return { kind: 'literal', c: value };
  return { kind: 'literal', c: plainEscape(source, escape) };
}

function escapeNode(source: Tokenizer, escape: string, state: ParseState): Node {
  const at = AT_ESCAPES[escape];
  if (at !== undefined) return { op: Op.AT, at };
  const cat = CATEGORY_ESCAPES[escape];
  if (cat !== undefined) return { op: Op.IN, items: [{ op: Op.CATEGORY, cat }] };
  const lit = ESCAPES[escape];
  if (lit !== undefined) return { op: Op.LITERAL, c: lit };
  const value = numericEscape(source, escape, false);
  if (value !== undefined) return { op: Op.LITERAL, c: value };
  const c = escape[1]!;
  if (DIGITS.includes(c)) {
    // An octal escape of three digits, or else a group reference.
    if (oneOf(source.next, DIGITS)) {
      escape += source.get();
      if (OCTDIGITS.includes(escape[1]!) && OCTDIGITS.includes(escape[2]!) &&
          oneOf(source.next, OCTDIGITS)) {
        escape += source.get();
        const v = parseInt(escape.slice(1), 8);
        if (v > 0o377) {
          throw source.error(`octal escape value ${escape} outside of range 0-0o377`, escape.length);
        }
        return { op: Op.LITERAL, c: v };
      }
    }
    const group = parseInt(escape.slice(1), 10);
    if (group < state.groups) {
      if (!state.checkgroup(group)) throw source.error('cannot refer to an open group', escape.length);
      state.checklookbehindgroup(group, source);
      return { op: Op.GROUPREF, group };
    }
    throw source.error(`invalid group reference ${group}`, escape.length - 1);
  }
  return { op: Op.LITERAL, c: plainEscape(source, escape) };
}

// ---------------------------------------------------------------------------
// Tree equality (Python compares (op, av) tuples: sub-patterns by identity)

function setItemsEqual(a: readonly SetItem[], b: readonly SetItem[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (setItemKey(a[i]!) !== setItemKey(b[i]!)) return false;
  }
  return true;
}

function nodesEqual(a: Node, b: Node): boolean {
  if (a === b) return true;
  if (a.op !== b.op) return false;
  switch (a.op) {
    case Op.LITERAL:
    case Op.NOT_LITERAL:
      return a.c === (b as typeof a).c;
    case Op.ANY:
      return true;
    case Op.AT:
      return a.at === (b as typeof a).at;
    case Op.GROUPREF:
      return a.group === (b as typeof a).group;
    case Op.IN:
      return setItemsEqual(a.items, (b as typeof a).items);
    default:
      return false;
  }
}

function setItemKey(item: SetItem): string {
  switch (item.op) {
    case Op.LITERAL: return 'l' + item.c;
    case Op.RANGE: return 'r' + item.lo + ',' + item.hi;
    case Op.CATEGORY: return 'c' + item.cat;
    case Op.NEGATE: return 'n';
  }
}

/** The items without repeats, first occurrence kept (dict.fromkeys). */
function uniq(items: SetItem[]): SetItem[] {
  const seen = new Set<string>();
  const out: SetItem[] = [];
  for (const item of items) {
    const key = setItemKey(item);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(item);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Parser

const FLAG_CHARS: Record<string, number> = {
  i: Flag.IGNORECASE, L: Flag.LOCALE, m: Flag.MULTILINE, s: Flag.DOTALL, x: Flag.VERBOSE,
  a: Flag.ASCII, t: Flag.TEMPLATE, u: Flag.UNICODE,
};

function isFlagChar(t: string | null): t is string {
  return t !== null && t.length === 1 && FLAG_CHARS[t] !== undefined;
}

/** str.isalpha() of a token (escape pairs never are). */
function tokenIsAlpha(t: string): boolean {
  return t[0] !== '\\' && isAlpha(t.codePointAt(0)!);
}

/** An alternation a|b|c. */
function parseSub(source: Tokenizer, state: ParseState, verbose: number, nested: number): SubPattern {
  const items: SubPattern[] = [];
  for (;;) {
    items.push(parse(source, state, verbose, nested + 1, nested === 0 && items.length === 0));
    if (!source.match('|')) break;
    if (nested === 0) verbose = state.flags & Flag.VERBOSE;
  }
  if (items.length === 1) return items[0]!;

  const subpattern = new SubPattern(state);
  // Move a first node common to every alternative out of the branch.
  for (;;) {
    let prefix: Node | null = null;
    let common = true;
    for (const item of items) {
      if (item.length === 0) {
        common = false;
        break;
      }
      if (prefix === null) prefix = item.data[0]!;
      else if (!nodesEqual(item.data[0]!, prefix)) {
        common = false;
        break;
      }
    }
    if (!common) break;
    for (const item of items) item.data.shift();
    subpattern.data.push(prefix!);
  }

  // Alternatives of single characters or non-negated sets make one set.
  const set: SetItem[] = [];
  let allChars = true;
  for (const item of items) {
    if (item.length !== 1) {
      allChars = false;
      break;
    }
    const node = item.data[0]!;
    if (node.op === Op.LITERAL) set.push({ op: Op.LITERAL, c: node.c });
    else if (node.op === Op.IN && node.items[0]!.op !== Op.NEGATE) set.push(...node.items);
    else {
      allChars = false;
      break;
    }
  }
  if (allChars) {
    subpattern.data.push({ op: Op.IN, items: uniq(set) });
    return subpattern;
  }
  subpattern.data.push({ op: Op.BRANCH, alts: items });
  return subpattern;
}

function parseSet(source: Tokenizer, subpattern: SubPattern): void {
  const here = source.tell() - 1;
  let set: SetItem[] = [];
  if (source.next === '[') warn('FutureWarning', `Possible nested set at position ${source.tell()}`);
  const negate = source.match('^');
  const setItem = (code: ClassCode): SetItem =>
    code.kind === 'literal' ? { op: Op.LITERAL, c: code.c } : { op: Op.CATEGORY, cat: code.cat };
  for (;;) {
    const t = source.get();
    if (t === null) throw source.error('unterminated character set', source.tell() - here);
    if (t === ']' && set.length > 0) break;
    let code1: ClassCode;
    if (t[0] === '\\') {
      code1 = classEscape(source, t);
    } else {
      if (set.length > 0 && oneOf(t, '-&~|') && source.next === t) {
        const what = t === '-' ? 'difference' : t === '&' ? 'intersection'
          : t === '~' ? 'symmetric difference' : 'union';
        warn('FutureWarning', `Possible set ${what} at position ${source.tell() - 1}`);
      }
      code1 = { kind: 'literal', c: t.codePointAt(0)! };
    }
    if (source.match('-')) {
      const that = source.get();
      if (that === null) throw source.error('unterminated character set', source.tell() - here);
      if (that === ']') {
        set.push(setItem(code1));
        set.push({ op: Op.LITERAL, c: 0x2d });
        break;
      }
      let code2: ClassCode;
      if (that[0] === '\\') {
        code2 = classEscape(source, that);
      } else {
        if (that === '-') warn('FutureWarning', `Possible set difference at position ${source.tell() - 2}`);
        code2 = { kind: 'literal', c: that.codePointAt(0)! };
      }
      if (code1.kind !== 'literal' || code2.kind !== 'literal' || code2.c < code1.c) {
        throw source.error(`bad character range ${t}-${that}`, cpLen(t) + 1 + cpLen(that));
      }
      set.push({ op: Op.RANGE, lo: code1.c, hi: code2.c });
    } else {
      set.push(setItem(code1));
    }
  }
  set = uniq(set);
  if (set.length === 1 && set[0]!.op === Op.LITERAL) {
    subpattern.data.push({ op: negate ? Op.NOT_LITERAL : Op.LITERAL, c: set[0]!.c });
  } else {
    if (negate) set.unshift({ op: Op.NEGATE });
    subpattern.data.push({ op: Op.IN, items: set });
  }
}

/** Apply the repeat operator `t` (already read) to the last node. */
function parseRepeat(source: Tokenizer, subpattern: SubPattern, t: string): void {
  const here = source.tell();
  let min = 0;
  let max = MAXREPEAT;
  if (t === '?') {
    max = 1;
  } else if (t === '+') {
    min = 1;
  } else if (t === '{') {
    if (source.next === '}') {
      subpattern.data.push({ op: Op.LITERAL, c: 0x7b });
      return;
    }
    let lo = '';
    let hi = '';
    while (oneOf(source.next, DIGITS)) lo += source.get();
    if (source.match(',')) {
      while (oneOf(source.next, DIGITS)) hi += source.get();
    } else {
      hi = lo;
    }
    if (!source.match('}')) {
      subpattern.data.push({ op: Op.LITERAL, c: 0x7b });
      source.seek(here);
      return;
    }
    if (lo) {
      min = Number(lo);
      if (min >= MAXREPEAT) raise('OverflowError', 'the repetition number is too large');
    }
    if (hi) {
      max = Number(hi);
      if (max >= MAXREPEAT) raise('OverflowError', 'the repetition number is too large');
      if (max < min) throw source.error('min repeat greater than max repeat', source.tell() - here);
    }
  }
  const last = subpattern.data[subpattern.length - 1];
  if (last === undefined || last.op === Op.AT) {
    throw source.error('nothing to repeat', source.tell() - here + cpLen(t));
  }
  if (last.op === Op.MAX_REPEAT || last.op === Op.MIN_REPEAT || last.op === Op.POSSESSIVE_REPEAT) {
    throw source.error('multiple repeat', source.tell() - here + cpLen(t));
  }
  const item = last.op === Op.SUBPATTERN && last.group === null && !last.addFlags && !last.delFlags
    ? last.p
    : new SubPattern(subpattern.state, [last]);
  const op: RepeatOp = source.match('?') ? Op.MIN_REPEAT
    : source.match('+') ? Op.POSSESSIVE_REPEAT : Op.MAX_REPEAT;
  subpattern.data[subpattern.length - 1] = { op, min, max, p: item };
}

/** (?(group)yes|no), the opening '(?(' read. */
function parseConditional(
  source: Tokenizer, state: ParseState, verbose: number, nested: number, start: number,
): Node {
  const condname = source.getuntil(')', 'group name');
  let condgroup: number;
  if (isIdentifier(condname)) {
    source.checkgroupname(condname, 1);
    const gid = state.groupdict.get(condname);
    if (gid === undefined) {
      throw source.error(`unknown group name ${reprStr(condname)}`, cpLen(condname) + 1);
    }
    condgroup = gid;
  } else {
    const value = pyIntFromStr(condname);
    if (value === null || value < 0n) {
      throw source.error(`bad character in group name ${reprStr(condname)}`, cpLen(condname) + 1);
    }
    if (value === 0n) throw source.error('bad group number', cpLen(condname) + 1);
    if (value >= BigInt(MAXGROUPS)) {
      throw source.error(`invalid group reference ${value}`, cpLen(condname) + 1);
    }
    condgroup = Number(value);
    if (!state.grouprefpos.has(condgroup)) {
      state.grouprefpos.set(condgroup, source.tell() - cpLen(condname) - 1);
    }
    if (!isAsciiDecimal(condname)) {
      warn('DeprecationWarning', `bad character in group name ${
        source.istext ? reprStr(condname) : asciiRepr(condname)} at position ${
        source.tell() - cpLen(condname) - 1}`);
    }
  }
  state.checklookbehindgroup(condgroup, source);
  const yes = parse(source, state, verbose, nested + 1);
  let no: SubPattern | null = null;
  if (source.match('|')) {
    no = parse(source, state, verbose, nested + 1);
    if (source.next === '|') throw source.error('conditional backref with more than two branches');
  }
  if (!source.match(')')) {
    throw source.error('missing ), unterminated subpattern', source.tell() - start);
  }
  return { op: Op.GROUPREF_EXISTS, group: condgroup, yes, no };
}

/** Inline flags after '(?' whose first character is `ch`: null for global flags. */
function parseFlags(source: Tokenizer, state: ParseState, ch: string): [number, number] | null {
  let addFlags = 0;
  let delFlags = 0;
  let t: string | null = ch;
  if (t !== '-') {
    for (;;) {
      const flag = FLAG_CHARS[t]!;
      if (source.istext) {
        if (t === 'L') throw source.error("bad inline flags: cannot use 'L' flag with a str pattern");
      } else if (t === 'u') {
        throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern");
      }
      addFlags |= flag;
      if ((flag & TYPE_FLAGS) && (addFlags & TYPE_FLAGS) !== flag) {
        throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
      }
      t = source.get();
      if (t === null) throw source.error('missing -, : or )');
      if (oneOf(t, ')-:')) break;
      if (!isFlagChar(t)) {
        throw source.error(tokenIsAlpha(t) ? 'unknown flag' : 'missing -, : or )', cpLen(t));
      }
    }
  }
  if (t === ')') {
    state.flags |= addFlags;
    return null;
  }
  if (addFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn on global flag', 1);
  if (t === '-') {
    t = source.get();
    if (t === null) throw source.error('missing flag');
    if (!isFlagChar(t)) throw source.error(tokenIsAlpha(t) ? 'unknown flag' : 'missing flag', cpLen(t));
    for (;;) {
      const flag = FLAG_CHARS[t]!;
      if (flag & TYPE_FLAGS) {
        throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
      }
      delFlags |= flag;
      t = source.get();
      if (t === null) throw source.error('missing :');
      if (t === ':') break;
      if (!isFlagChar(t)) throw source.error(tokenIsAlpha(t) ? 'unknown flag' : 'missing :', cpLen(t));
    }
  }
  if (delFlags & GLOBAL_FLAGS) throw source.error('bad inline flags: cannot turn off global flag', 1);
  if (addFlags & delFlags) throw source.error('bad inline flags: flag turned on and off', 1);
  return [addFlags, delFlags];
}

/**
 * A group or extension after '(' (already read). Returns the node to append,
 * or what was read instead: a comment or global flags.
 */
function parseGroup(
  source: Tokenizer, state: ParseState, verbose: number, nested: number,
  first: boolean, subpattern: SubPattern,
): Node | 'comment' | 'global flags' {
  const start = source.tell() - 1;
  let capture = true;
  let atomic = false;
  let name: string | null = null;
  let addFlags = 0;
  let delFlags = 0;
  if (source.match('?')) {
    const ch = source.get();
    if (ch === null) throw source.error('unexpected end of pattern');
    if (ch === 'P') {
      if (source.match('<')) {
        name = source.getuntil('>', 'group name');
        source.checkgroupname(name, 1);
      } else if (source.match('=')) {
        const ref = source.getuntil(')', 'group name');
        source.checkgroupname(ref, 1);
        const gid = state.groupdict.get(ref);
        if (gid === undefined) throw source.error(`unknown group name ${reprStr(ref)}`, cpLen(ref) + 1);
        if (!state.checkgroup(gid)) throw source.error('cannot refer to an open group', cpLen(ref) + 1);
        state.checklookbehindgroup(gid, source);
        return { op: Op.GROUPREF, group: gid };
      } else {
        const c = source.get();
        if (c === null) throw source.error('unexpected end of pattern');
        throw source.error('unknown extension ?P' + c, cpLen(c) + 2);
      }
    } else if (ch === ':') {
      capture = false;
    } else if (ch === '#') {
      for (;;) {
        if (source.next === null) {
          throw source.error('missing ), unterminated comment', source.tell() - start);
        }
        if (source.get() === ')') break;
      }
      return 'comment';
    } else if (oneOf(ch, '=!<')) {
      let kind = ch;
      let dir: 1 | -1 = 1;
      let outerLookbehind: number | null = null;
      if (kind === '<') {
        const c = source.get();
        if (c === null) throw source.error('unexpected end of pattern');
        if (!oneOf(c, '=!')) throw source.error('unknown extension ?<' + c, cpLen(c) + 2);
        kind = c;
        dir = -1;
        outerLookbehind = state.lookbehindgroups;
        if (outerLookbehind === null) state.lookbehindgroups = state.groups;
      }
      const p = parseSub(source, state, verbose, nested + 1);
      if (dir < 0 && outerLookbehind === null) state.lookbehindgroups = null;
      if (!source.match(')')) {
        throw source.error('missing ), unterminated subpattern', source.tell() - start);
      }
      return { op: kind === '=' ? Op.ASSERT : Op.ASSERT_NOT, dir, p };
    } else if (ch === '(') {
      return parseConditional(source, state, verbose, nested, start);
    } else if (ch === '>') {
      capture = false;
      atomic = true;
    } else if (isFlagChar(ch) || ch === '-') {
      const flags = parseFlags(source, state, ch);
      if (flags === null) {
        if (!first || subpattern.length > 0) {
          throw source.error('global flags not at the start of the expression', source.tell() - start);
        }
        return 'global flags';
      }
      [addFlags, delFlags] = flags;
      capture = false;
    } else {
      throw source.error('unknown extension ?' + ch, cpLen(ch) + 1);
    }
  }

  let group: number | null = null;
  if (capture) {
    try {
      group = state.opengroup(name);
    } catch (err) {
      if (err instanceof SreError) throw source.error(err.msg, cpLen(name ?? '') + 1);
      throw err;
    }
  }
  const subVerbose = (verbose || (addFlags & Flag.VERBOSE)) && !(delFlags & Flag.VERBOSE) ? 1 : 0;
  const p = parseSub(source, state, subVerbose, nested + 1);
  if (!source.match(')')) {
    throw source.error('missing ), unterminated subpattern', source.tell() - start);
  }
  if (group !== null) state.closegroup(group, p);
  if (atomic) return { op: Op.ATOMIC_GROUP, p };
  return { op: Op.SUBPATTERN, group, addFlags, delFlags, p };
}

/** A sequence of items, up to '|', ')' or the end. */
function parse(
  source: Tokenizer, state: ParseState, verbose: number, nested: number, first = false,
): SubPattern {
  recursionCheck(PARSE_BASE_FRAMES + nested);
  const subpattern = new SubPattern(state);
  for (;;) {
    const t = source.next;
    if (t === null || t === '|' || t === ')') break;
    source.get();

    if (verbose) {
      if (oneOf(t, WHITESPACE)) continue;
      if (t === '#') {
        for (;;) {
          const c = source.get();
          if (c === null || c === '\n') break;
        }
        continue;
      }
    }

    if (t[0] === '\\') {
      subpattern.data.push(escapeNode(source, t, state));
    } else if (!oneOf(t, SPECIAL_CHARS)) {
      subpattern.data.push({ op: Op.LITERAL, c: t.codePointAt(0)! });
    } else if (t === '[') {
      parseSet(source, subpattern);
    } else if (oneOf(t, REPEAT_CHARS)) {
      parseRepeat(source, subpattern, t);
    } else if (t === '.') {
      subpattern.data.push({ op: Op.ANY });
    } else if (t === '(') {
      const node = parseGroup(source, state, verbose, nested, first, subpattern);
      if (node === 'global flags') verbose = state.flags & Flag.VERBOSE;
      else if (node !== 'comment') subpattern.data.push(node);
    } else if (t === '^') {
      subpattern.data.push({ op: Op.AT, at: At.BEGINNING });
    } else {
      subpattern.data.push({ op: Op.AT, at: At.END });
    }
  }

  // Non-capturing groups without flags dissolve into their parent.
  for (let i = subpattern.length - 1; i >= 0; i--) {
    const node = subpattern.data[i]!;
    if (node.op === Op.SUBPATTERN && node.group === null && !node.addFlags && !node.delFlags) {
      subpattern.data.splice(i, 1, ...node.p.data);
    }
  }
  return subpattern;
}

/** Check the type flags against the kind of pattern; add the implied UNICODE. */
function fixFlags(isText: boolean, flags: number): number {
  if (isText) {
    if (flags & Flag.LOCALE) raise('ValueError', 'cannot use LOCALE flag with a str pattern');
    if (!(flags & Flag.ASCII)) flags |= Flag.UNICODE;
    else if (flags & Flag.UNICODE) raise('ValueError', 'ASCII and UNICODE flags are incompatible');
  } else {
    if (flags & Flag.UNICODE) raise('ValueError', 'cannot use UNICODE flag with a bytes pattern');
    if ((flags & Flag.LOCALE) && (flags & Flag.ASCII)) {
      raise('ValueError', 'ASCII and LOCALE flags are incompatible');
    }
  }
  return flags;
}

/** Parse a whole pattern (re._parser.parse). */
export function parsePattern(pattern: string | Uint8Array, flags: number): SubPattern {
  const source = new Tokenizer(pattern);
  const state = new ParseState();
  state.flags = flags;
  const p = parseSub(source, state, flags & Flag.VERBOSE, 0);
  state.flags = fixFlags(source.istext, state.flags);
  if (source.next !== null) throw source.error('unbalanced parenthesis');
  for (const [g, pos] of state.grouprefpos) {
    if (g >= state.groups) throw new SreError(`invalid group reference ${g}`, pattern, pos);
  }
  return p;
}
