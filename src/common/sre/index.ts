// The regular expression engine behind pyheap's `re` module: what CPython's
// _sre module and re/_compiler.py, re/_parser.py provide, with CPython
// 3.11's results. Strings are JS strings indexed by code point (an astral
// character is one position), bytes are Uint8Arrays; every position in this
// API counts code points or bytes.
//
// Errors: invalid patterns and templates throw SreError (the re module makes
// it a Python re.error); other Python exceptions go through raise().

import { Flag } from './constants.js';
import { compilePattern, Program } from './compiler.js';
import { MatchState, matchAt, searchFrom, Chars } from './matcher.js';
import { parseTemplate, expandTemplate, joinParts, Template, PyStr } from './template.js';
import { dumpTree, disassemble } from './debug.js';
import { raise } from '../pyerror.js';

export { SreError } from './error.js';
export { setWarningHandler, setRecursionCheck } from './parser.js';
export type { WarningHandler, RecursionCheck } from './parser.js';
export { setInterruptCheck } from './matcher.js';
export type { PyStr, Template } from './template.js';

/** The re module's flag values. */
export const FLAGS = {
  TEMPLATE: Flag.TEMPLATE,
  IGNORECASE: Flag.IGNORECASE,
  LOCALE: Flag.LOCALE,
  MULTILINE: Flag.MULTILINE,
  DOTALL: Flag.DOTALL,
  UNICODE: Flag.UNICODE,
  VERBOSE: Flag.VERBOSE,
  DEBUG: Flag.DEBUG,
  ASCII: Flag.ASCII,
} as const;

/** _sre.MAXREPEAT and _sre.MAXGROUPS. */
export { MAXREPEAT, MAXGROUPS } from './constants.js';

/** An integer argument as Python passes it. */
export type PyInt = number | bigint;

const SSIZE_MAX = 2n ** 63n - 1n;

/** A Py_ssize_t argument: OverflowError beyond 64 bits. */
function toSsize(v: PyInt): number {
  if (typeof v === 'number') return v;
  if (v > SSIZE_MAX || v < -SSIZE_MAX - 1n) {
    raise('OverflowError', 'Python int too large to convert to C ssize_t');
  }
  return Number(v);
}

function clamp(v: PyInt, length: number): number {
  const n = toSsize(v);
  return n < 0 ? 0 : n > length ? length : n;
}

// ---------------------------------------------------------------------------
// Subjects

/** A string being matched: its characters, and slicing back to str/bytes. */
class Subject {
  readonly chars: Chars;
  /** UTF-16 offset of each code point (and of the end), for astral strings. */
  private readonly offsets: Int32Array | null;

  constructor(readonly text: PyStr) {
    if (typeof text !== 'string') {
      this.chars = text;
      this.offsets = null;
    } else if (!/[\uD800-\uDFFF]/.test(text)) {
      const chars = new Int32Array(text.length);
      for (let i = 0; i < text.length; i++) chars[i] = text.charCodeAt(i);
      this.chars = chars;
      this.offsets = null;
    } else {
      const chars = new Int32Array(text.length);
      const offsets = new Int32Array(text.length + 1);
      let n = 0;
      for (let i = 0; i < text.length; i++) {
        offsets[n] = i;
        const cp = text.codePointAt(i)!;
        chars[n++] = cp;
        if (cp > 0xffff) i++;
      }
      offsets[n] = text.length;
      this.chars = chars.subarray(0, n);
      this.offsets = offsets;
    }
  }

  get length(): number {
    return this.chars.length;
  }

  get isBytes(): boolean {
    return typeof this.text !== 'string';
  }

  slice(i: number, j: number): PyStr {
    if (typeof this.text !== 'string') return this.text.slice(i, j);
    if (this.offsets === null) return this.text.slice(i, j);
    return this.text.slice(this.offsets[i], this.offsets[j]);
  }
}

// Scanning code (tokenizers) calls match(text, pos) over one long text many
// times: remember the last conversion.
let lastSubject: Subject | null = null;

function subjectOf(text: PyStr): Subject {
  if (lastSubject !== null && lastSubject.text === text) return lastSubject;
  const subject = new Subject(text);
  lastSubject = subject;
  return subject;
}

// Match states are reused; a callback of sub() may match again meanwhile,
// so each running operation takes its own.
const statePool: MatchState[] = [];

function acquireState(): MatchState {
  return statePool.pop() ?? new MatchState();
}

function releaseState(state: MatchState): void {
  state.shrink();
  statePool.push(state);
}

/** The text of group g after a match, null if it did not take part (state_getslice). */
function groupSlice(state: MatchState, subject: Subject, g: number): PyStr | null {
  const j = 2 * (g - 1);
  const a = state.marks[j]!;
  const b = state.marks[j + 1]!;
  if (j >= state.lastmark || a < 0 || b < 0) return null;
  if (a > b) spanError();
  return subject.slice(a, b);
}

/** sre's report of a group that ended before it started (it happens, rarely). */
function spanError(): never {
  raise('SystemError', 'The span of capturing group is wrong, please report a bug for the re module.');
}

// ---------------------------------------------------------------------------
// Match

/** The result of a successful match (what a re.Match holds). */
export class Match {
  /** Start and end of each group (group 0 first); -1 for groups that did not match. */
  readonly regs: Int32Array;
  /** Number of the last group closed, or null. */
  readonly lastindex: number | null;

  constructor(
    readonly re: Pattern,
    private readonly subject: Subject,
    readonly pos: number,
    readonly endpos: number,
    state: MatchState,
  ) {
    const groups = re.groups;
    const regs = new Int32Array(2 * (groups + 1));
    regs[0] = state.start;
    regs[1] = state.ptr;
    for (let g = 0, j = 0; g < groups; g++, j += 2) {
      const a = state.marks[j]!;
      const b = state.marks[j + 1]!;
      if (j + 1 <= state.lastmark && a >= 0 && b >= 0) {
        if (a > b) spanError();
        regs[j + 2] = a;
        regs[j + 3] = b;
      } else {
        regs[j + 2] = -1;
        regs[j + 3] = -1;
      }
    }
    this.regs = regs;
    this.lastindex = state.lastindex >= 0 ? state.lastindex : null;
  }

  /** The subject string (Match.string). */
  get string(): PyStr {
    return this.subject.text;
  }

  /** Name of the last group closed, or null (Match.lastgroup). */
  get lastgroup(): string | null {
    return this.lastindex === null ? null : this.re.indexgroup[this.lastindex] ?? null;
  }

  /** The number of a group given by number or name; IndexError if there is none. */
  groupIndex(key: PyInt | string): number {
    let i = -1;
    if (typeof key === 'string') i = this.re.groupindex.get(key) ?? -1;
    else if (typeof key === 'bigint') i = key >= 0n && key <= BigInt(this.re.groups) ? Number(key) : -1;
    else i = key;
    if (!(i >= 0 && i <= this.re.groups)) raise('IndexError', 'no such group');
    return i;
  }

  start(g = 0): number {
    return this.regs[2 * g]!;
  }

  end(g = 0): number {
    return this.regs[2 * g + 1]!;
  }

  span(g = 0): [number, number] {
    return [this.regs[2 * g]!, this.regs[2 * g + 1]!];
  }

  /** The text of group g, or `dflt` if it did not take part in the match. */
  group<D>(g: number, dflt: D): PyStr | D;
  group(g?: number): PyStr | null;
  group(g = 0, dflt: unknown = null): unknown {
    const a = this.regs[2 * g]!;
    if (a < 0) return dflt;
    return this.subject.slice(a, this.regs[2 * g + 1]!);
  }

  /** Match.expand(template). */
  expand(template: PyStr): PyStr {
    const parsed = parseTemplate(template, this.re.groups, this.re.groupindex);
    return expandTemplate(parsed, (i) => this.group(i), this.subject.isBytes);
  }
}

// ---------------------------------------------------------------------------
// Scanner

/** Successive matches over one string (Pattern.scanner; finditer uses it). */
export class Scanner {
  private readonly state = new MatchState();
  private readonly subject: Subject;
  private readonly pos: number;
  private readonly endpos: number;
  private done = false;

  constructor(private readonly re: Pattern, text: PyStr, pos: PyInt, endpos: PyInt) {
    this.subject = re.subjectFor(text);
    this.pos = clamp(pos, this.subject.length);
    this.endpos = clamp(endpos, this.subject.length);
    this.state.reset(this.subject.chars, re.groups, this.pos, this.endpos);
  }

  /** The next match starting exactly where the previous one ended. */
  match(): Match | null {
    return this.next(false);
  }

  /** The next match at or after where the previous one ended. */
  search(): Match | null {
    return this.next(true);
  }

  private next(search: boolean): Match | null {
    if (this.done) return null;
    const state = this.state;
    state.resetCaptures();
    const found = search ? searchFrom(this.re.program, state) : matchAt(this.re.program, state);
    if (!found) {
      this.done = true;
      return null;
    }
    const m = new Match(this.re, this.subject, this.pos, this.endpos, state);
    // After an empty match the next one must not be empty at the same place.
    state.mustAdvance = state.ptr === state.start;
    state.start = state.ptr;
    return m;
  }
}

// ---------------------------------------------------------------------------
// Pattern

/** A replacement: a template string, or a function of the match (None skips). */
export type Replacement = PyStr | ((m: Match) => PyStr | null);

const SUB_TEMPLATE_CACHE_SIZE = 512;

/** A compiled regular expression (what a re.Pattern holds). */
export class Pattern {
  /** @internal */
  readonly program: Program;
  readonly flags: number;
  readonly groups: number;
  readonly groupindex: ReadonlyMap<string, number>;
  /** Group names by number (undefined for unnamed groups). */
  readonly indexgroup: readonly (string | undefined)[];
  readonly isBytes: boolean;
  /** With re.DEBUG: what re.compile prints (the parse tree and the program). */
  readonly debugOutput: string | null;
  private readonly templates = new Map<PyStr, Template>();

  constructor(readonly pattern: PyStr, flags: number) {
    const [program, tree] = compilePattern(pattern, flags);
    this.program = program;
    this.debugOutput = flags & Flag.DEBUG ? dumpTree(tree) + '\n' + disassemble(program.code) : null;
    this.flags = this.program.flags;
    this.groups = this.program.groups;
    this.groupindex = this.program.groupindex;
    const indexgroup: (string | undefined)[] = new Array(this.groups + 1).fill(undefined);
    for (const [name, i] of this.groupindex) indexgroup[i] = name;
    this.indexgroup = indexgroup;
    this.isBytes = typeof pattern !== 'string';
  }

  /** @internal The subject for `text`, after checking str against bytes. */
  subjectFor(text: PyStr): Subject {
    if (typeof text === 'string') {
      if (this.isBytes) raise('TypeError', 'cannot use a bytes pattern on a string-like object');
    } else if (!this.isBytes) {
      raise('TypeError', 'cannot use a string pattern on a bytes-like object');
    }
    return subjectOf(text);
  }

  private run(text: PyStr, pos: PyInt, endpos: PyInt, search: boolean, matchAll: boolean): Match | null {
    const subject = this.subjectFor(text);
    const start = clamp(pos, subject.length);
    const end = clamp(endpos, subject.length);
    const state = acquireState();
    try {
      state.reset(subject.chars, this.groups, start, end);
      state.matchAll = matchAll;
      const found = search ? searchFrom(this.program, state) : matchAt(this.program, state);
      return found ? new Match(this, subject, start, end, state) : null;
    } finally {
      releaseState(state);
    }
  }

  search(text: PyStr, pos: PyInt = 0, endpos: PyInt = Number.MAX_SAFE_INTEGER): Match | null {
    return this.run(text, pos, endpos, true, false);
  }

  match(text: PyStr, pos: PyInt = 0, endpos: PyInt = Number.MAX_SAFE_INTEGER): Match | null {
    return this.run(text, pos, endpos, false, false);
  }

  fullmatch(text: PyStr, pos: PyInt = 0, endpos: PyInt = Number.MAX_SAFE_INTEGER): Match | null {
    return this.run(text, pos, endpos, false, true);
  }

  scanner(text: PyStr, pos: PyInt = 0, endpos: PyInt = Number.MAX_SAFE_INTEGER): Scanner {
    return new Scanner(this, text, pos, endpos);
  }

  *finditer(text: PyStr, pos: PyInt = 0, endpos: PyInt = Number.MAX_SAFE_INTEGER): Generator<Match, void> {
    const scanner = this.scanner(text, pos, endpos);
    for (let m = scanner.search(); m !== null; m = scanner.search()) yield m;
  }

  /** Pattern.findall: whole matches, group 1, or tuples (arrays) of all groups. */
  findall(text: PyStr, pos: PyInt = 0, endpos: PyInt = Number.MAX_SAFE_INTEGER): (PyStr | PyStr[])[] {
    const subject = this.subjectFor(text);
    const state = acquireState();
    const out: (PyStr | PyStr[])[] = [];
    const groupText = (g: number): PyStr => groupSlice(state, subject, g) ?? subject.slice(0, 0);
    try {
      state.reset(subject.chars, this.groups, clamp(pos, subject.length), clamp(endpos, subject.length));
      while (state.start <= state.end) {
        state.resetCaptures();
        if (!searchFrom(this.program, state)) break;
        if (this.groups === 0) {
          out.push(subject.slice(state.start, state.ptr));
        } else if (this.groups === 1) {
          out.push(groupText(1));
        } else {
          const tuple: PyStr[] = [];
          for (let g = 1; g <= this.groups; g++) tuple.push(groupText(g));
          out.push(tuple);
        }
        state.mustAdvance = state.ptr === state.start;
        state.start = state.ptr;
      }
      return out;
    } finally {
      releaseState(state);
    }
  }

  /** Pattern.split: pieces between matches, with the groups of each match. */
  split(text: PyStr, maxsplit: PyInt = 0): (PyStr | null)[] {
    const subject = this.subjectFor(text);
    const limit = toSsize(maxsplit);
    const state = acquireState();
    const out: (PyStr | null)[] = [];
    try {
      state.reset(subject.chars, this.groups, 0, subject.length);
      let last = 0;
      let n = 0;
      while (!limit || n < limit) {
        state.resetCaptures();
        if (!searchFrom(this.program, state)) break;
        out.push(subject.slice(last, state.start));
        for (let g = 1; g <= this.groups; g++) out.push(groupSlice(state, subject, g));
        n++;
        state.mustAdvance = state.ptr === state.start;
        last = state.start = state.ptr;
      }
      out.push(subject.slice(last, subject.length));
      return out;
    } finally {
      releaseState(state);
    }
  }

  /** The parsed template for repl (parse errors surface here, before matching). */
  private templateFor(repl: PyStr): Template {
    let template = this.templates.get(repl);
    if (template === undefined) {
      template = parseTemplate(repl, this.groups, this.groupindex);
      if (this.templates.size >= SUB_TEMPLATE_CACHE_SIZE) {
        this.templates.delete(this.templates.keys().next().value!);
      }
      // Bytes are keyed by identity only: a bytes template is parsed each time it is new.
      this.templates.set(repl, template);
    }
    return template;
  }

  /** Pattern.subn: the new string and the number of replacements. */
  subn(repl: Replacement, text: PyStr, count: PyInt = 0): [PyStr, number] {
    let literal: PyStr | null = null;
    let template: Template | null = null;
    if (typeof repl !== 'function') {
      const hasBackslash = typeof repl === 'string' ? repl.includes('\\') : repl.includes(0x5c);
      if (!hasBackslash) {
        literal = repl;
      } else {
        template = this.templateFor(repl);
        if (!template.hasGroups && template.items.length === 1) {
          literal = template.items[0] as PyStr;
          template = null;
        }
      }
    }
    const subject = this.subjectFor(text);
    const limit = toSsize(count);
    const state = acquireState();
    const parts: PyStr[] = [];
    let n = 0;
    try {
      state.reset(subject.chars, this.groups, 0, subject.length);
      let i = 0;
      while (!limit || n < limit) {
        state.resetCaptures();
        if (!searchFrom(this.program, state)) break;
        const b = state.start;
        const e = state.ptr;
        if (i < b) parts.push(subject.slice(i, b));
        let item: PyStr | null;
        if (literal !== null) {
          item = literal;
        } else {
          const m = new Match(this, subject, 0, subject.length, state);
          item = template !== null
            ? expandTemplate(template, (g) => m.group(g), subject.isBytes)
            : (repl as (m: Match) => PyStr | null)(m);
        }
        if (item !== null) parts.push(item);
        i = e;
        n++;
        state.mustAdvance = state.ptr === state.start;
        state.start = state.ptr;
      }
      if (i < subject.length) parts.push(subject.slice(i, subject.length));
    } finally {
      releaseState(state);
    }
    if (parts.length === 0) return [subject.slice(0, 0), n];
    if (parts.length === 1 && (typeof parts[0] === 'string') === !subject.isBytes) return [parts[0]!, n];
    return [joinParts(parts, subject.isBytes), n];
  }

  /** Pattern.sub. */
  sub(repl: Replacement, text: PyStr, count: PyInt = 0): PyStr {
    return this.subn(repl, text, count)[0];
  }
}

/** Compile `pattern` with `flags` (re.compile without the cache). */
export function compile(pattern: PyStr, flags: PyInt = 0): Pattern {
  return new Pattern(pattern, Number(flags));
}

// Characters re.escape() puts a backslash before.
const SPECIAL = new Set(Array.from('()[]{}?*+-|^$\\.&~# \t\n\r\v\f', (c) => c.charCodeAt(0)));

/** re.escape(pattern). */
export function escape(pattern: PyStr): PyStr {
  if (typeof pattern === 'string') {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (SPECIAL.has(c)) out += '\\';
      out += pattern[i];
    }
    return out;
  }
  const out: number[] = [];
  for (const b of pattern) {
    if (SPECIAL.has(b)) out.push(0x5c);
    out.push(b);
  }
  return Uint8Array.from(out);
}

/** Parse a replacement template against a pattern (re._parser.parse_template). */
export function compileTemplate(pattern: Pattern, repl: PyStr): Template {
  return parseTemplate(repl, pattern.groups, pattern.groupindex);
}
