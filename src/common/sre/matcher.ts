// The backtracking matcher: runs a program from compiler.ts over a string of
// code points (or bytes) with the semantics of CPython 3.11's sre
// (Modules/_sre/sre_lib.h): the same order of trying alternatives and repeat
// counts, the same group marks after backtracking (saved and restored only
// where sre saves them, which shows in results such as
// re.match(r'(?:(a)|b)*', 'ab').groups() == ('a',)), and the same rules for
// empty matches after an empty match (must_advance).
//
// Like sre it does not recurse on the JS stack: sub-matches are frames on an
// explicit stack, so depth grows with the subject only in memory.

import { Op, At, Cat, MAXREPEAT } from './constants.js';
import {
  isAsciiWord, isAsciiDigit, isAsciiSpace, isUniWord, isUniDigit, isUniSpace,
  lowerAscii, lowerUni, upperAscii, upperUni,
} from './chars.js';
import type { Program } from './compiler.js';

/** A subject: code points of a str, or the bytes of a bytes object. */
export type Chars = Int32Array | Uint8Array;

/** The state of an active REPEAT (sre's SRE_REPEAT). */
class Repeat {
  constructor(
    /** Iterations matched so far, -1 before the first. */
    public count: number,
    /** Position of the REPEAT's skip word; min, max and body follow it. */
    readonly pc: number,
    readonly prev: Repeat | null,
    /** Where the last iteration started; an empty iteration stops the loop. */
    public lastPtr: number,
  ) {}
}

/** What a frame does next (sre's jump labels, plus entry steps). */
const enum Step {
  /** Return ret from the frame. */
  RETURN,
  /** Return failure from the frame. */
  FAIL,
  BRANCH_TRY, BRANCH_DONE,
  REPEAT_ONE_TRY, REPEAT_ONE_DONE,
  MIN_REPEAT_ONE_TRY, MIN_REPEAT_ONE_DONE,
  REPEAT_DONE,
  MAX_UNTIL_MIN_DONE, MAX_UNTIL_MORE_DONE, MAX_UNTIL_TAIL_DONE,
  MIN_UNTIL_MIN_DONE, MIN_UNTIL_TAIL_DONE, MIN_UNTIL_MORE_DONE,
  POSS_MIN_DONE, POSS_MORE_TRY, POSS_MORE_DONE,
  ATOMIC_DONE,
  ASSERT_DONE, ASSERT_NOT_DONE,
}

/** One sub-match in progress (sre's match context). */
class Frame {
  /** Program position of the operation that owns this frame. */
  pc = 0;
  ptr = 0;
  count = 0;
  /** For REPEAT_ONE with a literal tail: that literal. */
  chr = 0;
  lastmark = -1;
  lastindex = -1;
  toplevel = false;
  /** What the parent does when this frame returns. */
  resume: Step = Step.RETURN;
  rep: Repeat | null = null;
  savedLastPtr = -1;
  /** Where this frame's saved marks start on the mark stack, -1 if none. */
  markTop = -1;
}

/** Called every few thousand steps (e.g. to raise KeyboardInterrupt). */
let interruptCheck: (() => void) | null = null;

export function setInterruptCheck(check: (() => void) | null): void {
  interruptCheck = check;
}

const KEPT_FRAMES = 256;
const KEPT_SAVED = 1024;
const EMPTY = new Uint8Array(0);

/** Everything one match, search or scan needs (sre's SRE_STATE). */
export class MatchState {
  s: Chars = EMPTY;
  /** Matching never reads at or past end (endpos). */
  end = 0;
  /** Where the current attempt starts; group 0 begins here. */
  start = 0;
  /** Where the last successful (sub-)match ended. */
  ptr = 0;
  /** Group bounds, two per group; -1 where a bound was never set. */
  marks: Int32Array = new Int32Array(0);
  /** Highest valid index into marks, -1 for none. */
  lastmark = -1;
  lastindex = -1;
  repeat: Repeat | null = null;
  /** An empty match at `start` does not count (after an empty match). */
  mustAdvance = false;
  /** The match must end at `end` (fullmatch). */
  matchAll = false;
  private readonly frames: Frame[] = [];
  private saved = new Int32Array(64);
  private savedTop = 0;

  /** Prepare for matching `s` between start and end (already clamped). */
  reset(s: Chars, groups: number, start: number, end: number): void {
    this.s = s;
    this.start = start;
    this.ptr = start;
    this.end = end;
    if (this.marks.length < groups * 2) this.marks = new Int32Array(groups * 2);
    this.mustAdvance = false;
    this.matchAll = false;
    this.resetCaptures();
  }

  /** Forget the groups of a failed attempt before the next one. */
  resetCaptures(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.savedTop = 0;
  }

  /** Let go of what a deep match grew, keeping what ordinary ones need. */
  shrink(): void {
    if (this.frames.length > KEPT_FRAMES) this.frames.length = KEPT_FRAMES;
    if (this.saved.length > KEPT_SAVED) this.saved = new Int32Array(KEPT_SAVED);
    this.s = EMPTY;
  }

  frame(depth: number): Frame {
    let f = this.frames[depth];
    if (f === undefined) {
      f = new Frame();
      this.frames.push(f);
    }
    return f;
  }

  /** The frame of a new sub-match at `depth`; its parent continues with `resume`. */
  enter(depth: number, resume: Step, toplevel: boolean): Frame {
    const f = this.frame(depth);
    f.resume = resume;
    f.toplevel = toplevel;
    f.markTop = -1;
    return f;
  }

  /** Save marks 0..f.lastmark for a later restore (MARK_PUSH). */
  pushMarks(f: Frame): void {
    const n = f.lastmark + 1;
    if (this.savedTop + n > this.saved.length) {
      const grown = new Int32Array(Math.max(this.saved.length * 2, this.savedTop + n));
      grown.set(this.saved);
      this.saved = grown;
    }
    f.markTop = this.savedTop;
    for (let i = 0; i < n; i++) this.saved[this.savedTop + i] = this.marks[i]!;
    this.savedTop += n;
  }

  /** Restore the marks f saved, keeping them saved (MARK_POP_KEEP). */
  restoreMarks(f: Frame): void {
    const n = f.lastmark + 1;
    for (let i = 0; i < n; i++) this.marks[i] = this.saved[f.markTop + i]!;
  }

  /** Drop what f saved (MARK_POP_DISCARD). */
  dropMarks(f: Frame): void {
    this.savedTop = f.markTop;
    f.markTop = -1;
  }
}

// ---------------------------------------------------------------------------
// Character tests

function inCategory(cat: number, ch: number): boolean {
  switch (cat) {
    case Cat.DIGIT: return isAsciiDigit(ch);
    case Cat.NOT_DIGIT: return !isAsciiDigit(ch);
    case Cat.SPACE: return isAsciiSpace(ch);
    case Cat.NOT_SPACE: return !isAsciiSpace(ch);
    case Cat.WORD: return isAsciiWord(ch);
    case Cat.NOT_WORD: return !isAsciiWord(ch);
    // The C locale classifies only ASCII.
    case Cat.LOC_WORD: return ch < 256 && isAsciiWord(ch);
    case Cat.LOC_NOT_WORD: return !(ch < 256 && isAsciiWord(ch));
    case Cat.UNI_DIGIT: return isUniDigit(ch);
    case Cat.UNI_NOT_DIGIT: return !isUniDigit(ch);
    case Cat.UNI_SPACE: return isUniSpace(ch);
    case Cat.UNI_NOT_SPACE: return !isUniSpace(ch);
    case Cat.UNI_WORD: return isUniWord(ch);
    case Cat.UNI_NOT_WORD: return !isUniWord(ch);
  }
  return false;
}

/**
 * Whether ch is in the set whose items start at code[pc]; characters below
 * 256 (the common case) are answered from the set's precomputed map.
 */
function inSet(prog: Program, pc: number, ch: number): boolean {
  if (ch < 256) return ((prog.setMaps[prog.setMapAt[pc]! + (ch >>> 5)]! >>> (ch & 31)) & 1) === 1;
  return inCharset(prog.code, pc, ch);
}

/** Whether ch is in the set whose items start at code[pc] (sre's charset()). */
export function inCharset(code: Uint32Array, pc: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[pc++]) {
      case Op.FAILURE:
        return !ok;
      case Op.LITERAL:
        if (ch === code[pc]) return ok;
        pc++;
        break;
      case Op.CATEGORY:
        if (inCategory(code[pc]!, ch)) return ok;
        pc++;
        break;
      case Op.RANGE:
        if (code[pc]! <= ch && ch <= code[pc + 1]!) return ok;
        pc += 2;
        break;
      case Op.RANGE_UNI_IGNORE: {
        // ch is lower-cased already; its upper case may be in the range too.
        if (code[pc]! <= ch && ch <= code[pc + 1]!) return ok;
        const up = upperUni(ch);
        if (code[pc]! <= up && up <= code[pc + 1]!) return ok;
        pc += 2;
        break;
      }
      case Op.NEGATE:
        ok = !ok;
        break;
      case Op.CHARSET:
        // CHARSET <256-bit map of Latin-1>
        if (ch < 256 && (code[pc + (ch >>> 5)]! >>> (ch & 31)) & 1) return ok;
        pc += 8;
        break;
      case Op.BIGCHARSET: {
        // BIGCHARSET n <block of each 256-character page, a byte each> <n blocks>
        const blocks = code[pc]!;
        if (ch < 0x10000) {
          const page = ch >>> 8;
          const block = (code[pc + 1 + (page >>> 2)]! >>> ((page & 3) << 3)) & 0xff;
          if ((code[pc + 65 + (block << 3) + ((ch & 0xff) >>> 5)]! >>> (ch & 31)) & 1) return ok;
        }
        pc += 65 + blocks * 8;
        break;
      }
      default:
        throw new Error('sre: bad set item');
    }
  }
}

function lowerLocale(ch: number): number {
  return ch < 256 ? lowerAscii(ch) : ch;
}

function upperLocale(ch: number): number {
  return ch < 256 ? upperAscii(ch) : ch;
}

/** LOCALE IGNORECASE: ch equals the pattern's character in some case. */
function equalsLocaleIgnore(pattern: number, ch: number): boolean {
  return ch === pattern || lowerLocale(ch) === pattern || upperLocale(ch) === pattern;
}

function inSetLocaleIgnore(prog: Program, pc: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (inSet(prog, pc, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && inSet(prog, pc, up);
}

/** Whether the one-character operation at code[pc] accepts ch. */
function acceptsChar(prog: Program, pc: number, ch: number): boolean {
  const code = prog.code;
  switch (code[pc]) {
    case Op.LITERAL: return ch === code[pc + 1];
    case Op.NOT_LITERAL: return ch !== code[pc + 1];
    case Op.ANY: return ch !== 0x0a;
    case Op.ANY_ALL: return true;
    case Op.IN: return inSet(prog, pc + 2, ch);
    case Op.LITERAL_IGNORE: return lowerAscii(ch) === code[pc + 1];
    case Op.NOT_LITERAL_IGNORE: return lowerAscii(ch) !== code[pc + 1];
    case Op.LITERAL_UNI_IGNORE: return lowerUni(ch) === code[pc + 1];
    case Op.NOT_LITERAL_UNI_IGNORE: return lowerUni(ch) !== code[pc + 1];
    case Op.LITERAL_LOC_IGNORE: return equalsLocaleIgnore(code[pc + 1]!, ch);
    case Op.NOT_LITERAL_LOC_IGNORE: return !equalsLocaleIgnore(code[pc + 1]!, ch);
    case Op.IN_IGNORE: return inSet(prog, pc + 2, lowerAscii(ch));
    case Op.IN_UNI_IGNORE: return inSet(prog, pc + 2, lowerUni(ch));
    case Op.IN_LOC_IGNORE: return inSetLocaleIgnore(prog, pc + 2, ch);
  }
  throw new Error('sre: bad repeated item');
}

/** How many times (up to max) the one-character item at code[pc] repeats from ptr. */
function countRepeats(prog: Program, pc: number, s: Chars, ptr: number, end: number, max: number): number {
  const code = prog.code;
  const start = ptr;
  if (max !== MAXREPEAT && max < end - ptr) end = ptr + max;
  switch (code[pc]) {
    case Op.ANY_ALL:
      return end - start;
    case Op.ANY:
      while (ptr < end && s[ptr] !== 0x0a) ptr++;
      break;
    case Op.LITERAL: {
      const c = code[pc + 1];
      while (ptr < end && s[ptr] === c) ptr++;
      break;
    }
    case Op.NOT_LITERAL: {
      const c = code[pc + 1];
      while (ptr < end && s[ptr] !== c) ptr++;
      break;
    }
    case Op.IN: {
      const map = prog.setMapAt[pc + 2]!;
      for (; ptr < end; ptr++) {
        const ch = s[ptr]!;
        if (ch < 256 ? ((prog.setMaps[map + (ch >>> 5)]! >>> (ch & 31)) & 1) === 0
          : !inCharset(code, pc + 2, ch)) break;
      }
      break;
    }
    default:
      while (ptr < end && acceptsChar(prog, pc, s[ptr]!)) ptr++;
  }
  return ptr - start;
}

function locWord(c: number): boolean {
  return c < 256 && isAsciiWord(c);
}

/** Whether the anchor holds at ptr. */
function atAnchor(state: MatchState, ptr: number, at: number): boolean {
  const s = state.s;
  const end = state.end;
  let test: (c: number) => boolean;
  switch (at) {
    case At.BEGINNING:
    case At.BEGINNING_STRING:
      return ptr === 0;
    case At.BEGINNING_LINE:
      return ptr === 0 || s[ptr - 1] === 0x0a;
    case At.END:
      return (end - ptr === 1 && s[ptr] === 0x0a) || ptr === end;
    case At.END_LINE:
      return ptr === end || s[ptr] === 0x0a;
    case At.END_STRING:
      return ptr === end;
    case At.BOUNDARY:
    case At.NON_BOUNDARY:
      test = isAsciiWord;
      break;
    case At.UNI_BOUNDARY:
    case At.UNI_NON_BOUNDARY:
      test = isUniWord;
      break;
    default:
      test = locWord;
  }
  // A boundary needs a non-empty string (end is endpos, the start is index 0).
  if (end === 0) return false;
  const before = ptr > 0 && test(s[ptr - 1]!);
  const after = ptr < end && test(s[ptr]!);
  const boundary = at === At.BOUNDARY || at === At.UNI_BOUNDARY || at === At.LOC_BOUNDARY;
  return boundary ? before !== after : before === after;
}

/** A back reference: the text of group g matches at ptr; returns the new ptr or -1. */
function matchGroupref(state: MatchState, op: number, g: number, ptr: number): number {
  const gi = g * 2;
  if (gi >= state.lastmark) return -1;
  let p = state.marks[gi]!;
  const e = state.marks[gi + 1]!;
  if (p < 0 || e < 0 || e < p) return -1;
  const s = state.s;
  const end = state.end;
  if (end - ptr < e - p) return -1;
  for (; p < e; p++, ptr++) {
    const a = s[ptr]!;
    const b = s[p]!;
    switch (op) {
      case Op.GROUPREF:
        if (a !== b) return -1;
        break;
      case Op.GROUPREF_IGNORE:
        if (lowerAscii(a) !== lowerAscii(b)) return -1;
        break;
      case Op.GROUPREF_UNI_IGNORE:
        if (lowerUni(a) !== lowerUni(b)) return -1;
        break;
      default:
        if (lowerLocale(a) !== lowerLocale(b)) return -1;
    }
  }
  return ptr;
}

// ---------------------------------------------------------------------------
// The matcher

/**
 * Match the program from code[pc0] at state.ptr. On success state.ptr is the
 * end of the match and the marks hold the groups. `toplevel` is false for
 * sub-matches whose SUCCESS ends only a part of the pattern.
 */
function runMatch(prog: Program, state: MatchState, pc0: number, toplevel: boolean): boolean {
  const code = prog.code;
  const s = state.s;
  const end = state.end;
  const marks = state.marks;
  let depth = 0;
  let ctx = state.frame(0);
  ctx.resume = Step.RETURN;
  ctx.toplevel = toplevel;
  ctx.markTop = -1;
  let pc = pc0;
  let ptr = state.ptr;
  let ret = false;
  let step = Step.FAIL;
  let ticks = 0;

  outer: for (;;) {
    // Run operations until the frame succeeds, fails or needs a sub-match;
    // leaving the switch without another step means failure.
    step = Step.FAIL;
    dispatch: for (;;) {
      if (++ticks === 4096) {
        ticks = 0;
        if (interruptCheck !== null) interruptCheck();
      }
      switch (code[pc++]) {
        case Op.MARK: {
          const i = code[pc]!;
          if (i & 1) state.lastindex = (i >>> 1) + 1;
          if (i > state.lastmark) {
            // Marks between the old and new last mark were never set.
            for (let j = state.lastmark + 1; j < i; j++) marks[j] = -1;
            state.lastmark = i;
          }
          marks[i] = ptr;
          pc++;
          continue;
        }
        case Op.LITERAL:
          if (ptr >= end || s[ptr] !== code[pc]) break dispatch;
          pc++;
          ptr++;
          continue;
        case Op.NOT_LITERAL:
          if (ptr >= end || s[ptr] === code[pc]) break dispatch;
          pc++;
          ptr++;
          continue;
        case Op.SUCCESS:
          if (ctx.toplevel && ((state.matchAll && ptr !== end) ||
              (state.mustAdvance && ptr === state.start))) break dispatch;
          state.ptr = ptr;
          ret = true;
          step = Step.RETURN;
          break dispatch;
        case Op.AT:
          if (!atAnchor(state, ptr, code[pc]!)) break dispatch;
          pc++;
          continue;
        case Op.CATEGORY:
          if (ptr >= end || !inCategory(code[pc]!, s[ptr]!)) break dispatch;
          pc++;
          ptr++;
          continue;
        case Op.ANY:
          if (ptr >= end || s[ptr] === 0x0a) break dispatch;
          ptr++;
          continue;
        case Op.ANY_ALL:
          if (ptr >= end) break dispatch;
          ptr++;
          continue;
        case Op.IN:
          if (ptr >= end || !inSet(prog, pc + 1, s[ptr]!)) break dispatch;
          pc += code[pc]!;
          ptr++;
          continue;
        case Op.LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(s[ptr]!) !== code[pc]) break dispatch;
          pc++;
          ptr++;
          continue;
        case Op.LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUni(s[ptr]!) !== code[pc]) break dispatch;
          pc++;
          ptr++;
          continue;
        case Op.LITERAL_LOC_IGNORE:
          if (ptr >= end || !equalsLocaleIgnore(code[pc]!, s[ptr]!)) break dispatch;
          pc++;
          ptr++;
          continue;
        case Op.NOT_LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(s[ptr]!) === code[pc]) break dispatch;
          pc++;
          ptr++;
          continue;
        case Op.NOT_LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUni(s[ptr]!) === code[pc]) break dispatch;
          pc++;
          ptr++;
          continue;
        case Op.NOT_LITERAL_LOC_IGNORE:
          if (ptr >= end || equalsLocaleIgnore(code[pc]!, s[ptr]!)) break dispatch;
          pc++;
          ptr++;
          continue;
        case Op.IN_IGNORE:
          if (ptr >= end || !inSet(prog, pc + 1, lowerAscii(s[ptr]!))) break dispatch;
          pc += code[pc]!;
          ptr++;
          continue;
        case Op.IN_UNI_IGNORE:
          if (ptr >= end || !inSet(prog, pc + 1, lowerUni(s[ptr]!))) break dispatch;
          pc += code[pc]!;
          ptr++;
          continue;
        case Op.IN_LOC_IGNORE:
          if (ptr >= end || !inSetLocaleIgnore(prog, pc + 1, s[ptr]!)) break dispatch;
          pc += code[pc]!;
          ptr++;
          continue;
        case Op.JUMP:
          pc += code[pc]!;
          continue;
        case Op.BRANCH:
          ctx.lastmark = state.lastmark;
          ctx.lastindex = state.lastindex;
          if (state.repeat !== null) state.pushMarks(ctx);
          step = Step.BRANCH_TRY;
          break dispatch;
        case Op.REPEAT_ONE: {
          // REPEAT_ONE skip min max <item> SUCCESS <tail>: greedy, one
          // character per iteration, so backtracking just steps back.
          const min = code[pc + 1]!;
          if (min > end - ptr) break dispatch;
          state.ptr = ptr;
          ctx.count = countRepeats(prog, pc + 3, s, ptr, end, code[pc + 2]!);
          ptr += ctx.count;
          if (ctx.count < min) break dispatch;
          const tail = pc + code[pc]!;
          if (code[tail] === Op.SUCCESS && ptr === end &&
              !(ctx.toplevel && state.mustAdvance && ptr === state.start)) {
            state.ptr = ptr;
            ret = true;
            step = Step.RETURN;
            break dispatch;
          }
          ctx.lastmark = state.lastmark;
          ctx.lastindex = state.lastindex;
          if (state.repeat !== null) state.pushMarks(ctx);
          // With a literal next, only positions before that literal can work.
          ctx.chr = code[tail] === Op.LITERAL ? code[tail + 1]! : -1;
          step = Step.REPEAT_ONE_TRY;
          break dispatch;
        }
        case Op.MIN_REPEAT_ONE: {
          const min = code[pc + 1]!;
          if (min > end - ptr) break dispatch;
          state.ptr = ptr;
          if (min === 0) {
            ctx.count = 0;
          } else {
            const n = countRepeats(prog, pc + 3, s, ptr, end, min);
            if (n < min) break dispatch;
            ctx.count = n;
            ptr += n;
          }
          if (code[pc + code[pc]!] === Op.SUCCESS &&
              !(ctx.toplevel && ((state.matchAll && ptr !== end) ||
                (state.mustAdvance && ptr === state.start)))) {
            state.ptr = ptr;
            ret = true;
            step = Step.RETURN;
            break dispatch;
          }
          ctx.lastmark = state.lastmark;
          ctx.lastindex = state.lastindex;
          if (state.repeat !== null) state.pushMarks(ctx);
          step = Step.MIN_REPEAT_ONE_TRY;
          break dispatch;
        }
        case Op.POSSESSIVE_REPEAT_ONE: {
          const min = code[pc + 1]!;
          if (ptr + min > end) break dispatch;
          state.ptr = ptr;
          const count = countRepeats(prog, pc + 3, s, ptr, end, code[pc + 2]!);
          ptr += count;
          if (count < min) break dispatch;
          pc += code[pc]!;
          if (code[pc] === Op.SUCCESS && ptr === end &&
              !(ctx.toplevel && state.mustAdvance && ptr === state.start)) {
            state.ptr = ptr;
            ret = true;
            step = Step.RETURN;
            break dispatch;
          }
          continue;
        }
        case Op.REPEAT:
          // The UNTIL operation at the end of the body does the work; it
          // finds this repeat's state in state.repeat.
          ctx.rep = new Repeat(-1, pc, state.repeat, -1);
          state.repeat = ctx.rep;
          state.ptr = ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = state.enter(++depth, Step.REPEAT_DONE, ctx.toplevel);
          pc = pc + code[pc]!;
          ptr = state.ptr;
          continue;
        case Op.MAX_UNTIL: {
          const rep = state.repeat;
          if (rep === null) throw new Error('sre: MAX_UNTIL outside a repeat');
          ctx.rep = rep;
          state.ptr = ptr;
          ctx.count = rep.count + 1;
          if (ctx.count < code[rep.pc + 1]!) {
            rep.count = ctx.count;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.MAX_UNTIL_MIN_DONE, ctx.toplevel);
            pc = rep.pc + 3;
            ptr = state.ptr;
            continue;
          }
          const max = code[rep.pc + 2]!;
          if ((ctx.count < max || max === MAXREPEAT) && state.ptr !== rep.lastPtr) {
            // Try one more iteration, remembering the groups to undo it.
            rep.count = ctx.count;
            ctx.lastmark = state.lastmark;
            ctx.lastindex = state.lastindex;
            state.pushMarks(ctx);
            ctx.savedLastPtr = rep.lastPtr;
            rep.lastPtr = state.ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.MAX_UNTIL_MORE_DONE, ctx.toplevel);
            pc = rep.pc + 3;
            ptr = state.ptr;
            continue;
          }
          state.repeat = rep.prev;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = state.enter(++depth, Step.MAX_UNTIL_TAIL_DONE, ctx.toplevel);
          pc = pc;
          ptr = state.ptr;
          continue;
        }
        case Op.MIN_UNTIL: {
          const rep = state.repeat;
          if (rep === null) throw new Error('sre: MIN_UNTIL outside a repeat');
          ctx.rep = rep;
          state.ptr = ptr;
          ctx.count = rep.count + 1;
          if (ctx.count < code[rep.pc + 1]!) {
            rep.count = ctx.count;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.MIN_UNTIL_MIN_DONE, ctx.toplevel);
            pc = rep.pc + 3;
            ptr = state.ptr;
            continue;
          }
          // Try the tail first.
          state.repeat = rep.prev;
          ctx.lastmark = state.lastmark;
          ctx.lastindex = state.lastindex;
          if (state.repeat !== null) state.pushMarks(ctx);
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = state.enter(++depth, Step.MIN_UNTIL_TAIL_DONE, ctx.toplevel);
          pc = pc;
          ptr = state.ptr;
          continue;
        }
        case Op.POSSESSIVE_REPEAT:
          state.ptr = ptr;
          ctx.count = 0;
          if (code[pc + 1]! > 0) {
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.POSS_MIN_DONE, false);
            pc = pc + 3;
            ptr = state.ptr;
            continue;
          }
          // ptr now holds where the last iteration began (none yet).
          ptr = -1;
          step = Step.POSS_MORE_TRY;
          break dispatch;
        case Op.ATOMIC_GROUP:
          state.ptr = ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = state.enter(++depth, Step.ATOMIC_DONE, false);
          pc = pc + 1;
          ptr = state.ptr;
          continue;
        case Op.GROUPREF:
        case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE:
        case Op.GROUPREF_LOC_IGNORE: {
          const next = matchGroupref(state, code[pc - 1]!, code[pc]!, ptr);
          if (next < 0) break dispatch;
          ptr = next;
          pc++;
          continue;
        }
        case Op.GROUPREF_EXISTS: {
          const gi = code[pc]! * 2;
          if (gi >= state.lastmark || marks[gi]! < 0 || marks[gi + 1]! < 0 || marks[gi + 1]! < marks[gi]!) {
            pc += code[pc + 1]!;
          } else {
            pc += 2;
          }
          continue;
        }
        case Op.ASSERT: {
          const back = code[pc + 1]!;
          if (ptr < back) break dispatch;
          state.ptr = ptr - back;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = state.enter(++depth, Step.ASSERT_DONE, false);
          pc = pc + 2;
          ptr = state.ptr;
          continue;
        }
        case Op.ASSERT_NOT: {
          const back = code[pc + 1]!;
          if (ptr >= back) {
            state.ptr = ptr - back;
            ctx.lastmark = state.lastmark;
            ctx.lastindex = state.lastindex;
            if (state.repeat !== null) state.pushMarks(ctx);
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.ASSERT_NOT_DONE, false);
            pc = pc + 2;
            ptr = state.ptr;
            continue;
          }
          pc += code[pc]!;
          continue;
        }
        case Op.FAILURE:
          break dispatch;
        default:
          throw new Error(`sre: bad opcode ${code[pc - 1]}`);
      }
    }

    // Continue the current frame, or return from it, until some frame needs
    // to dispatch again or start a sub-match.
    for (;;) {
      switch (step) {
        case Step.FAIL:
          ret = false;
          step = Step.RETURN;
          continue;
        case Step.RETURN: {
          if (depth === 0) return ret;
          const resume = ctx.resume;
          depth--;
          ctx = state.frame(depth);
          pc = ctx.pc;
          ptr = ctx.ptr;
          step = resume;
          continue;
        }

        case Step.BRANCH_TRY:
          // pc is at the skip word of the next alternative (0 ends them).
          for (; code[pc]; pc += code[pc]!) {
            const first = code[pc + 1];
            if (first === Op.LITERAL && (ptr >= end || s[ptr] !== code[pc + 2])) continue;
            if (first === Op.IN && (ptr >= end || !inSet(prog, pc + 3, s[ptr]!))) continue;
            state.ptr = ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.BRANCH_DONE, ctx.toplevel);
            pc = pc + 1;
            ptr = state.ptr;
            continue outer;
          }
          if (ctx.markTop >= 0) state.dropMarks(ctx);
          ret = false;
          step = Step.RETURN;
          continue;
        case Step.BRANCH_DONE:
          if (ret) {
            if (ctx.markTop >= 0) state.dropMarks(ctx);
            step = Step.RETURN;
            continue;
          }
          if (ctx.markTop >= 0) state.restoreMarks(ctx);
          state.lastmark = ctx.lastmark;
          state.lastindex = ctx.lastindex;
          pc += code[pc]!;
          step = Step.BRANCH_TRY;
          continue;

        case Step.REPEAT_ONE_TRY: {
          // pc is at the REPEAT_ONE's skip word; ptr after ctx.count items.
          const min = code[pc + 1]!;
          if (ctx.chr >= 0) {
            while (ctx.count >= min && (ptr >= end || s[ptr] !== ctx.chr)) {
              ptr--;
              ctx.count--;
            }
          }
          if (ctx.count >= min) {
            state.ptr = ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.REPEAT_ONE_DONE, ctx.toplevel);
            pc = pc + code[pc]!;
            ptr = state.ptr;
            continue outer;
          }
          if (ctx.markTop >= 0) state.dropMarks(ctx);
          ret = false;
          step = Step.RETURN;
          continue;
        }
        case Step.REPEAT_ONE_DONE:
          if (ret) {
            if (ctx.markTop >= 0) state.dropMarks(ctx);
            step = Step.RETURN;
            continue;
          }
          if (ctx.markTop >= 0) state.restoreMarks(ctx);
          state.lastmark = ctx.lastmark;
          state.lastindex = ctx.lastindex;
          ptr--;
          ctx.count--;
          step = Step.REPEAT_ONE_TRY;
          continue;

        case Step.MIN_REPEAT_ONE_TRY: {
          const max = code[pc + 2]!;
          if (max === MAXREPEAT || ctx.count <= max) {
            state.ptr = ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.MIN_REPEAT_ONE_DONE, ctx.toplevel);
            pc = pc + code[pc]!;
            ptr = state.ptr;
            continue outer;
          }
          if (ctx.markTop >= 0) state.dropMarks(ctx);
          ret = false;
          step = Step.RETURN;
          continue;
        }
        case Step.MIN_REPEAT_ONE_DONE:
          if (ret) {
            if (ctx.markTop >= 0) state.dropMarks(ctx);
            step = Step.RETURN;
            continue;
          }
          if (ctx.markTop >= 0) state.restoreMarks(ctx);
          state.lastmark = ctx.lastmark;
          state.lastindex = ctx.lastindex;
          state.ptr = ptr;
          if (ptr >= end || !acceptsChar(prog, pc + 3, s[ptr]!)) {
            if (ctx.markTop >= 0) state.dropMarks(ctx);
            step = Step.RETURN;
            continue;
          }
          ptr++;
          ctx.count++;
          step = Step.MIN_REPEAT_ONE_TRY;
          continue;

        case Step.REPEAT_DONE:
          state.repeat = ctx.rep!.prev;
          step = Step.RETURN;
          continue;

        case Step.MAX_UNTIL_MIN_DONE:
        case Step.MIN_UNTIL_MIN_DONE:
          if (!ret) {
            ctx.rep!.count = ctx.count - 1;
            state.ptr = ptr;
          }
          step = Step.RETURN;
          continue;
        case Step.MAX_UNTIL_MORE_DONE: {
          const rep = ctx.rep!;
          rep.lastPtr = ctx.savedLastPtr;
          if (ret) {
            state.dropMarks(ctx);
            step = Step.RETURN;
            continue;
          }
          state.restoreMarks(ctx);
          state.dropMarks(ctx);
          state.lastmark = ctx.lastmark;
          state.lastindex = ctx.lastindex;
          rep.count = ctx.count - 1;
          state.ptr = ptr;
          // No further iteration: the tail must match here.
          state.repeat = rep.prev;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = state.enter(++depth, Step.MAX_UNTIL_TAIL_DONE, ctx.toplevel);
          pc = pc;
          ptr = state.ptr;
          continue outer;
        }
        case Step.MAX_UNTIL_TAIL_DONE:
          state.repeat = ctx.rep;
          if (!ret) state.ptr = ptr;
          step = Step.RETURN;
          continue;
        case Step.MIN_UNTIL_TAIL_DONE: {
          const rep = ctx.rep!;
          state.repeat = rep;
          if (ret) {
            if (ctx.markTop >= 0) state.dropMarks(ctx);
            step = Step.RETURN;
            continue;
          }
          if (ctx.markTop >= 0) {
            state.restoreMarks(ctx);
            state.dropMarks(ctx);
          }
          state.lastmark = ctx.lastmark;
          state.lastindex = ctx.lastindex;
          state.ptr = ptr;
          const max = code[rep.pc + 2]!;
          if ((ctx.count >= max && max !== MAXREPEAT) || state.ptr === rep.lastPtr) {
            ret = false;
            step = Step.RETURN;
            continue;
          }
          // The tail failed: match one more iteration.
          rep.count = ctx.count;
          ctx.savedLastPtr = rep.lastPtr;
          rep.lastPtr = state.ptr;
          ctx.pc = pc;
          ctx.ptr = ptr;
          ctx = state.enter(++depth, Step.MIN_UNTIL_MORE_DONE, ctx.toplevel);
          pc = rep.pc + 3;
          ptr = state.ptr;
          continue outer;
        }
        case Step.MIN_UNTIL_MORE_DONE: {
          const rep = ctx.rep!;
          rep.lastPtr = ctx.savedLastPtr;
          if (!ret) {
            rep.count = ctx.count - 1;
            state.ptr = ptr;
          }
          step = Step.RETURN;
          continue;
        }

        case Step.POSS_MIN_DONE:
          if (!ret) {
            state.ptr = ptr;
            step = Step.RETURN;
            continue;
          }
          ctx.count++;
          if (ctx.count < code[pc + 1]!) {
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.POSS_MIN_DONE, false);
            pc = pc + 3;
            ptr = state.ptr;
            continue outer;
          }
          ptr = -1;
          step = Step.POSS_MORE_TRY;
          continue;
        case Step.POSS_MORE_TRY: {
          const max = code[pc + 2]!;
          if ((ctx.count < max || max === MAXREPEAT) && state.ptr !== ptr) {
            ctx.lastmark = state.lastmark;
            ctx.lastindex = state.lastindex;
            state.pushMarks(ctx);
            ptr = state.ptr;
            ctx.pc = pc;
            ctx.ptr = ptr;
            ctx = state.enter(++depth, Step.POSS_MORE_DONE, false);
            pc = pc + 3;
            ptr = state.ptr;
            continue outer;
          }
          // Done repeating: continue with the tail after the body's SUCCESS.
          pc += code[pc]! + 1;
          ptr = state.ptr;
          continue outer;
        }
        case Step.POSS_MORE_DONE:
          if (ret) {
            state.dropMarks(ctx);
            ctx.count++;
            step = Step.POSS_MORE_TRY;
            continue;
          }
          state.restoreMarks(ctx);
          state.dropMarks(ctx);
          state.lastmark = ctx.lastmark;
          state.lastindex = ctx.lastindex;
          state.ptr = ptr;
          pc += code[pc]! + 1;
          ptr = state.ptr;
          continue outer;

        case Step.ATOMIC_DONE:
          if (!ret) {
            state.ptr = ptr;
            step = Step.RETURN;
            continue;
          }
          pc += code[pc]!;
          ptr = state.ptr;
          continue outer;

        case Step.ASSERT_DONE:
          if (!ret) {
            step = Step.RETURN;
            continue;
          }
          pc += code[pc]!;
          continue outer;
        case Step.ASSERT_NOT_DONE:
          if (ret) {
            if (ctx.markTop >= 0) state.dropMarks(ctx);
            ret = false;
            step = Step.RETURN;
            continue;
          }
          if (ctx.markTop >= 0) {
            state.restoreMarks(ctx);
            state.dropMarks(ctx);
          }
          state.lastmark = ctx.lastmark;
          state.lastindex = ctx.lastindex;
          pc += code[pc]!;
          continue outer;
      }
    }
  }
}

/** Match at state.start (Pattern.match / fullmatch, scanner.match). */
export function matchAt(prog: Program, state: MatchState): boolean {
  state.ptr = state.start;
  if (prog.minWidth && state.end - state.start < prog.minWidth) return false;
  return runMatch(prog, state, prog.bodyPc, true);
}

/**
 * Find the first match starting at or after state.start (sre's search): on
 * success state.start and state.ptr are its bounds. Starts that cannot
 * begin a match (by the pattern's literal prefix or first character set)
 * are skipped without running the program.
 */
export function searchFrom(prog: Program, state: MatchState): boolean {
  let ptr = state.start;
  const end = state.end;
  const s = state.s;
  if (ptr > end) return false;
  const min = prog.minWidth;
  if (min && end - ptr < min) return false;
  const prefix = prog.prefix;
  const skip = prog.prefixSkip;

  if (prefix.length > 0) {
    state.mustAdvance = false;
    // Knuth-Morris-Pratt over the prefix: every occurrence, in order.
    const overlap = prog.prefixOverlap;
    const first = prefix[0];
    let matched = 0;
    for (; ptr < end; ptr++) {
      if (matched === 0) {
        // Skip quickly to the next occurrence of the first character.
        while (ptr < end && s[ptr] !== first) ptr++;
        if (ptr === end) break;
      }
      const c = s[ptr];
      while (matched > 0 && c !== prefix[matched]) matched = overlap[matched - 1]!;
      if (c === prefix[matched]) matched++;
      if (matched < prefix.length) continue;
      const start = ptr + 1 - prefix.length;
      state.start = start;
      state.ptr = start + skip;
      if (prog.prefixIsLiteral) return true;
      if (runMatch(prog, state, prog.bodyPc + 2 * skip, false)) return true;
      state.resetCaptures();
      matched = overlap[matched - 1]!;
    }
    return false;
  }

  if (prog.firstSetPc >= 0) {
    state.mustAdvance = false;
    for (;;) {
      while (ptr < end && !inSet(prog, prog.firstSetPc, s[ptr]!)) ptr++;
      if (ptr >= end) return false;
      state.start = ptr;
      state.ptr = ptr;
      if (runMatch(prog, state, prog.bodyPc, false)) return true;
      ptr++;
      state.resetCaptures();
    }
  }

  // No match can start in the last min - 1 characters.
  const last = min > 1 ? Math.max(end - (min - 1), ptr) : end;
  state.start = ptr;
  state.ptr = ptr;
  let found = canStartAt(prog, state, ptr) && runMatch(prog, state, prog.bodyPc, true);
  state.mustAdvance = false;
  if (!found && prog.anchoredAtStart) return false;
  while (!found && ptr < last) {
    ptr++;
    if (!canStartAt(prog, state, ptr)) continue;
    state.resetCaptures();
    state.start = ptr;
    state.ptr = ptr;
    found = runMatch(prog, state, prog.bodyPc, false);
  }
  return found;
}

/** False where the program's first operation fails at once (saves running it). */
function canStartAt(prog: Program, state: MatchState, ptr: number): boolean {
  if (prog.anchoredAtLine) return ptr === 0 || state.s[ptr - 1] === 0x0a;
  if (prog.firstCharPc < 0) return true;
  return ptr < state.end && acceptsChar(prog, prog.firstCharPc, state.s[ptr]!);
}
