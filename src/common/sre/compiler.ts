// Parse tree -> program for the matcher, word for word the program CPython
// 3.11's re._compiler emits (re.DEBUG shows it, and its layout decides
// behaviour: which repeat form is used, how case-insensitive literals and
// sets are encoded). One Uint32 per word; skips are relative to their word.
//
//   INFO skip flags min max [prefix_len prefix_skip <prefix> <overlap> | <set>]
//   LITERAL c | NOT_LITERAL c | *_IGNORE c | ANY | ANY_ALL | AT at | MARK i
//   IN skip <set> | IN_IGNORE, IN_UNI_IGNORE, IN_LOC_IGNORE likewise
//       set: (LITERAL c | RANGE lo hi | RANGE_UNI_IGNORE lo hi | CATEGORY cat
//             | NEGATE | CHARSET <8 words> | BIGCHARSET n <64 words> <n*8 words>)* FAILURE
//   BRANCH (skip <alt> JUMP skip)* FAILURE
//   REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE skip min max <item> SUCCESS
//   REPEAT skip min max <body> MAX_UNTIL|MIN_UNTIL
//   POSSESSIVE_REPEAT skip min max <body> SUCCESS
//   ATOMIC_GROUP skip <body> SUCCESS
//   ASSERT | ASSERT_NOT skip back <body> SUCCESS
//   GROUPREF g | GROUPREF_*_IGNORE g
//   GROUPREF_EXISTS g skip <yes> [JUMP skip <no>]
// and the program ends with SUCCESS.

import { Op, At, Cat, Flag, Info, TYPE_FLAGS, MAXCODE } from './constants.js';
import { SreError } from './error.js';
import { parsePattern, SubPattern, Node, SetItem } from './parser.js';
import { lowerUni, lowerAscii, isCasedUni, isCasedAscii, extraCasesOf } from './chars.js';
import { inCharset } from './matcher.js';

/** A compiled pattern: the program and what search() needs to start fast. */
export interface Program {
  readonly code: Uint32Array;
  /** Where matching starts: after the INFO block. */
  readonly bodyPc: number;
  /** For each position in `code` where a set's items start: its offset in setMaps. */
  readonly setMapAt: Int32Array;
  /** 256-bit maps (8 words each) of each set's members below 256. */
  readonly setMaps: Uint32Array;
  /** Flags as Pattern.flags reports them (with the implied UNICODE). */
  readonly flags: number;
  /** Number of capturing groups. */
  readonly groups: number;
  /** Group names to numbers, in definition order. */
  readonly groupindex: ReadonlyMap<string, number>;
  /** Smallest number of characters a match consumes (capped at MAXCODE). */
  readonly minWidth: number;
  /** Characters every match starts with (may be empty). */
  readonly prefix: Uint32Array;
  /** For each prefix length i + 1, the longest proper prefix that is also its suffix. */
  readonly prefixOverlap: Uint32Array;
  /** How many prefix characters precede the first group (matching resumes there). */
  readonly prefixSkip: number;
  /** Whether the whole pattern is its prefix. */
  readonly prefixIsLiteral: boolean;
  /** Position in `code` of the items of a set every match starts with, or -1. */
  readonly firstSetPc: number;
  /** Whether the program starts with \A or ^ (without MULTILINE). */
  readonly anchoredAtStart: boolean;
  /** Whether the program starts with ^ under MULTILINE. */
  readonly anchoredAtLine: boolean;
  /** Position of a one-character operation every match must begin with, or -1. */
  readonly firstCharPc: number;
}

function combineFlags(flags: number, addFlags: number, delFlags: number): number {
  if (addFlags & TYPE_FLAGS) flags &= ~TYPE_FLAGS;
  return (flags | addFlags) & ~delFlags;
}

/** Case functions for IGNORECASE without LOCALE: Unicode or ASCII. */
interface CaseFolding {
  readonly iscased: (c: number) => boolean;
  readonly tolower: (c: number) => number;
  /** Only for Unicode: the extra equivalences of re._casefix. */
  readonly unicode: boolean;
}

const UNICODE_CASE: CaseFolding = { iscased: isCasedUni, tolower: lowerUni, unicode: true };
const ASCII_CASE: CaseFolding = { iscased: isCasedAscii, tolower: lowerAscii, unicode: false };

function caseFolding(flags: number): CaseFolding | null {
  if (!(flags & Flag.IGNORECASE) || (flags & Flag.LOCALE)) return null;
  return flags & Flag.UNICODE ? UNICODE_CASE : ASCII_CASE;
}

// ---------------------------------------------------------------------------
// Sets

/** A set item as emitted: parsed items plus the forms optimisation makes. */
type OutItem = SetItem | { op: Op.RANGE_UNI_IGNORE; lo: number; hi: number } |
  { op: Op.CHARSET | Op.BIGCHARSET; map: Uint8Array };

/**
 * _optimize_charset: fold the members below U+10000 into a character map
 * (lower-cased, with the extra equivalences, under IGNORECASE), keep
 * categories and the members above the map as they are, and write the map
 * as at most two literals/ranges or as a bitmap. Returns the items (the
 * original ones where that is not shorter and case does not matter) and
 * whether case matters for the set.
 */
function optimizeCharset(items: readonly SetItem[], fold: CaseFolding | null): [readonly OutItem[], boolean] {
  const out: OutItem[] = [];
  const tail: OutItem[] = [];
  let charmap = new Uint8Array(256);
  let hascased = false;
  const mark = (c: number): boolean => {
    if (c >= charmap.length) return false;
    charmap[c] = 1;
    return true;
  };
  const markFolded = (c: number): boolean => {
    const lo = fold!.tolower(c);
    if (!mark(lo)) return false;
    const extra = fold!.unicode ? extraCasesOf(lo) : undefined;
    if (extra !== undefined) {
      for (const k of extra) if (!mark(k)) return false;
    }
    return true;
  };
  for (const item of items) {
    for (;;) {
      let fits = true;
      if (item.op === Op.LITERAL) {
        if (fold !== null) {
          fits = markFolded(item.c);
          if (fits && !hascased && fold.iscased(item.c)) hascased = true;
        } else {
          fits = mark(item.c);
        }
      } else if (item.op === Op.RANGE) {
        for (let c = item.lo; c <= item.hi && fits; c++) fits = fold !== null ? markFolded(c) : mark(c);
        if (fits && fold !== null && !hascased) {
          for (let c = item.lo; c <= item.hi && !hascased; c++) hascased = fold.iscased(c);
        }
      } else if (item.op === Op.NEGATE) {
        out.push(item);
      } else {
        tail.push(item);
      }
      if (fits) break;
      if (charmap.length === 256) {
        // A member beyond Latin-1: widen the map to the BMP and redo the item.
        const wide = new Uint8Array(0x10000);
        wide.set(charmap);
        charmap = wide;
        continue;
      }
      // A member beyond the BMP stays as it is (not lower-cased): the matcher
      // compares it with the lower-cased character, or for a range also with
      // that character's upper case.
      if (fold !== null) {
        hascased = true;
        tail.push(item.op === Op.RANGE ? { op: Op.RANGE_UNI_IGNORE, lo: item.lo, hi: item.hi } : item);
      } else {
        tail.push(item);
      }
      break;
    }
  }

  const runs = fewRuns(charmap);
  if (runs === null) {
    out.push({ op: charmap.length === 256 ? Op.CHARSET : Op.BIGCHARSET, map: charmap });
    out.push(...tail);
    return [out, hascased];
  }
  for (const [p, end] of runs) {
    out.push(end - p === 1 ? { op: Op.LITERAL, c: p } : { op: Op.RANGE, lo: p, hi: end - 1 });
  }
  out.push(...tail);
  return [hascased || out.length < items.length ? out : items, hascased];
}

/** The [start, end) runs of members of the map if there are at most two. */
function fewRuns(charmap: Uint8Array): [number, number][] | null {
  const runs: [number, number][] = [];
  let q = 0;
  for (;;) {
    const p = charmap.indexOf(1, q);
    if (p < 0) return runs;
    if (runs.length >= 2) return null;
    q = charmap.indexOf(0, p);
    if (q < 0) {
      runs.push([p, charmap.length]);
      return runs;
    }
    runs.push([p, q]);
  }
}

/** Bits as words, the first bit the lowest of the first word. */
function bitmapWords(bits: Uint8Array): number[] {
  const words: number[] = [];
  for (let w = 0; w < bits.length; w += 32) {
    let word = 0;
    for (let b = 0; b < 32; b++) if (bits[w + b]) word |= 1 << b;
    words.push(word >>> 0);
  }
  return words;
}

/**
 * BIGCHARSET's operands: the number of distinct 256-character blocks of the
 * BMP map, the block of each of the 256 pages (one byte each, four to a
 * word), and the blocks' bitmaps.
 */
function bigCharsetWords(map: Uint8Array): number[] {
  const blockOf = new Map<string, number>();
  const pages = new Uint8Array(256);
  const blocks: Uint8Array[] = [];
  for (let page = 0; page < 256; page++) {
    const chunk = map.subarray(page << 8, (page + 1) << 8);
    const key = chunk.join('');
    let block = blockOf.get(key);
    if (block === undefined) {
      block = blocks.length;
      blockOf.set(key, block);
      blocks.push(chunk);
    }
    pages[page] = block;
  }
  const words = [blocks.length, ...new Uint32Array(pages.buffer)];
  for (const chunk of blocks) words.push(...bitmapWords(chunk));
  return words;
}

function categoryFor(cat: Cat, flags: number): Cat {
  if (flags & Flag.LOCALE) {
    if (cat === Cat.WORD) return Cat.LOC_WORD;
    if (cat === Cat.NOT_WORD) return Cat.LOC_NOT_WORD;
    return cat;
  }
  if (flags & Flag.UNICODE) return (cat + (Cat.UNI_DIGIT - Cat.DIGIT)) as Cat;
  return cat;
}

// ---------------------------------------------------------------------------
// Program

const IGNORE_OPS = {
  ascii: [Op.LITERAL_IGNORE, Op.NOT_LITERAL_IGNORE],
  unicode: [Op.LITERAL_UNI_IGNORE, Op.NOT_LITERAL_UNI_IGNORE],
  locale: [Op.LITERAL_LOC_IGNORE, Op.NOT_LITERAL_LOC_IGNORE],
} as const;

const REPEAT_NAMES: Record<number, string> = {
  [Op.MAX_REPEAT]: 'MAX_REPEAT', [Op.MIN_REPEAT]: 'MIN_REPEAT', [Op.POSSESSIVE_REPEAT]: 'POSSESSIVE_REPEAT',
};

/** Whether a repeated sub-pattern is one character wide (REPEAT_ONE forms). */
function isSimple(p: SubPattern): boolean {
  if (p.length !== 1) return false;
  const node = p.data[0]!;
  if (node.op === Op.SUBPATTERN) return node.group === null && isSimple(node.p);
  return node.op === Op.LITERAL || node.op === Op.NOT_LITERAL || node.op === Op.ANY || node.op === Op.IN;
}

function compileAt(at: At, flags: number): At {
  if (flags & Flag.MULTILINE) {
    if (at === At.BEGINNING) at = At.BEGINNING_LINE;
    else if (at === At.END) at = At.END_LINE;
  }
  if (flags & Flag.LOCALE) {
    if (at === At.BOUNDARY) return At.LOC_BOUNDARY;
    if (at === At.NON_BOUNDARY) return At.LOC_NON_BOUNDARY;
  } else if (flags & Flag.UNICODE) {
    if (at === At.BOUNDARY) return At.UNI_BOUNDARY;
    if (at === At.NON_BOUNDARY) return At.UNI_NON_BOUNDARY;
  }
  return at;
}

/** Emits a program, remembering where each set's items start. */
class Emitter {
  readonly code: number[] = [];
  readonly sets: number[] = [];

  /** Reserve a skip word; returns its index for patch(). */
  reserve(): number {
    this.code.push(0);
    return this.code.length - 1;
  }

  /** Point the skip word at `at` to the current end (plus extra). */
  patch(at: number, extra = 0): void {
    this.code[at] = this.code.length - at + extra;
  }

  charset(items: readonly OutItem[], flags: number): void {
    const code = this.code;
    this.sets.push(code.length);
    for (const item of items) {
      switch (item.op) {
        case Op.NEGATE:
          code.push(Op.NEGATE);
          break;
        case Op.LITERAL:
          code.push(Op.LITERAL, item.c);
          break;
        case Op.RANGE:
        case Op.RANGE_UNI_IGNORE:
          code.push(item.op, item.lo, item.hi);
          break;
        case Op.CATEGORY:
          code.push(Op.CATEGORY, categoryFor(item.cat, flags));
          break;
        case Op.CHARSET:
          code.push(Op.CHARSET, ...bitmapWords(item.map));
          break;
        case Op.BIGCHARSET:
          code.push(Op.BIGCHARSET, ...bigCharsetWords(item.map));
          break;
      }
    }
    code.push(Op.FAILURE);
  }

  literal(op: Op.LITERAL | Op.NOT_LITERAL, c: number, flags: number): void {
    const code = this.code;
    const negated = op === Op.NOT_LITERAL ? 1 : 0;
    if (!(flags & Flag.IGNORECASE)) {
      code.push(op, c);
      return;
    }
    if (flags & Flag.LOCALE) {
      code.push(IGNORE_OPS.locale[negated], c);
      return;
    }
    const fold = caseFolding(flags)!;
    if (!fold.iscased(c)) {
      code.push(op, c);
      return;
    }
    const lo = fold.tolower(c);
    const extra = fold.unicode ? extraCasesOf(lo) : undefined;
    if (!fold.unicode) {
      code.push(IGNORE_OPS.ascii[negated], lo);
    } else if (extra === undefined) {
      code.push(IGNORE_OPS.unicode[negated], lo);
    } else {
      // The character has case-insensitive equivalents beyond lower():
      // match it as the set of all of them.
      code.push(Op.IN_UNI_IGNORE);
      const skip = this.reserve();
      const items: OutItem[] = negated ? [{ op: Op.NEGATE }] : [];
      for (const k of [lo, ...extra]) items.push({ op: Op.LITERAL, c: k });
      this.charset(items, flags);
      this.patch(skip);
    }
  }

  set(items: readonly SetItem[], flags: number): void {
    const [charset, hascased] = optimizeCharset(items, caseFolding(flags));
    const code = this.code;
    if ((flags & Flag.IGNORECASE) && (flags & Flag.LOCALE)) code.push(Op.IN_LOC_IGNORE);
    else if (!hascased) code.push(Op.IN);
    else if (!(flags & Flag.UNICODE)) code.push(Op.IN_IGNORE);
    else code.push(Op.IN_UNI_IGNORE);
    const skip = this.reserve();
    this.charset(charset, flags);
    this.patch(skip);
  }

  nodes(nodes: readonly Node[], flags: number): void {
    for (const node of nodes) this.node(node, flags);
  }

  node(node: Node, flags: number): void {
    const code = this.code;
    switch (node.op) {
      case Op.LITERAL:
      case Op.NOT_LITERAL:
        this.literal(node.op, node.c, flags);
        break;
      case Op.IN:
        this.set(node.items, flags);
        break;
      case Op.ANY:
        code.push(flags & Flag.DOTALL ? Op.ANY_ALL : Op.ANY);
        break;
      case Op.MAX_REPEAT:
      case Op.MIN_REPEAT:
      case Op.POSSESSIVE_REPEAT: {
        if (flags & Flag.TEMPLATE) {
          throw new SreError(`internal: unsupported template operator ${REPEAT_NAMES[node.op]}`);
        }
        const simple = isSimple(node.p);
        code.push(simple
          ? (node.op === Op.MAX_REPEAT ? Op.REPEAT_ONE
            : node.op === Op.MIN_REPEAT ? Op.MIN_REPEAT_ONE : Op.POSSESSIVE_REPEAT_ONE)
          : (node.op === Op.POSSESSIVE_REPEAT ? Op.POSSESSIVE_REPEAT : Op.REPEAT));
        const skip = this.reserve();
        code.push(node.min, node.max);
        this.nodes(node.p.data, flags);
        if (simple) {
          code.push(Op.SUCCESS);
          this.patch(skip);
        } else {
          this.patch(skip);
          code.push(node.op === Op.MAX_REPEAT ? Op.MAX_UNTIL
            : node.op === Op.MIN_REPEAT ? Op.MIN_UNTIL : Op.SUCCESS);
        }
        break;
      }
      case Op.SUBPATTERN:
        if (node.group) code.push(Op.MARK, (node.group - 1) * 2);
        this.nodes(node.p.data, combineFlags(flags, node.addFlags, node.delFlags));
        if (node.group) code.push(Op.MARK, (node.group - 1) * 2 + 1);
        break;
      case Op.ATOMIC_GROUP: {
        code.push(Op.ATOMIC_GROUP);
        const skip = this.reserve();
        this.nodes(node.p.data, flags);
        code.push(Op.SUCCESS);
        this.patch(skip);
        break;
      }
      case Op.ASSERT:
      case Op.ASSERT_NOT: {
        code.push(node.op);
        const skip = this.reserve();
        if (node.dir >= 0) {
          code.push(0);
        } else {
          const [lo, hi] = node.p.getwidth();
          if (lo > MAXCODE) throw new SreError('looks too much behind');
          if (lo !== hi) throw new SreError('look-behind requires fixed-width pattern');
          code.push(lo);
        }
        this.nodes(node.p.data, flags);
        code.push(Op.SUCCESS);
        this.patch(skip);
        break;
      }
      case Op.AT:
        code.push(Op.AT, compileAt(node.at, flags));
        break;
      case Op.BRANCH: {
        code.push(Op.BRANCH);
        const tails: number[] = [];
        for (const alt of node.alts) {
          const skip = this.reserve();
          this.nodes(alt.data, flags);
          code.push(Op.JUMP);
          tails.push(this.reserve());
          this.patch(skip);
        }
        code.push(Op.FAILURE);
        for (const tail of tails) this.patch(tail);
        break;
      }
      case Op.GROUPREF:
        code.push(!(flags & Flag.IGNORECASE) ? Op.GROUPREF
          : flags & Flag.LOCALE ? Op.GROUPREF_LOC_IGNORE
          : flags & Flag.UNICODE ? Op.GROUPREF_UNI_IGNORE : Op.GROUPREF_IGNORE, node.group - 1);
        break;
      case Op.GROUPREF_EXISTS: {
        code.push(Op.GROUPREF_EXISTS, node.group - 1);
        const skipYes = this.reserve();
        this.nodes(node.yes.data, flags);
        // An empty "no" branch is written as none.
        if (node.no !== null && node.no.length > 0) {
          code.push(Op.JUMP);
          const skipNo = this.reserve();
          this.patch(skipYes, 1);
          this.nodes(node.no.data, flags);
          this.patch(skipNo);
        } else {
          this.patch(skipYes, 1);
        }
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------
// Search information (the INFO block)

function casedUnder(flags: number): ((c: number) => boolean) | null {
  if (!(flags & Flag.IGNORECASE)) return null;
  return flags & Flag.UNICODE ? isCasedUni : isCasedAscii;
}

/**
 * The literal characters every match starts with; where the first capturing
 * group begins among them (null if none does); and whether they are the
 * whole pattern.
 */
function literalPrefix(p: SubPattern, flags: number): [number[], number | null, boolean] {
  const prefix: number[] = [];
  let prefixSkip: number | null = null;
  const iscased = casedUnder(flags);
  for (const node of p.data) {
    if (node.op === Op.LITERAL) {
      if (iscased !== null && iscased(node.c)) return [prefix, prefixSkip, false];
      prefix.push(node.c);
    } else if (node.op === Op.SUBPATTERN) {
      const flags1 = combineFlags(flags, node.addFlags, node.delFlags);
      if ((flags1 & Flag.IGNORECASE) && (flags1 & Flag.LOCALE)) return [prefix, prefixSkip, false];
      const [prefix1, skip1, gotAll] = literalPrefix(node.p, flags1);
      if (prefixSkip === null) {
        if (node.group !== null) prefixSkip = prefix.length;
        else if (skip1 !== null) prefixSkip = prefix.length + skip1;
      }
      prefix.push(...prefix1);
      if (!gotAll) return [prefix, prefixSkip, false];
    } else {
      return [prefix, prefixSkip, false];
    }
  }
  return [prefix, prefixSkip, true];
}

/** A set of characters every match starts with, or null. */
function charsetPrefix(p: SubPattern, flags: number): readonly SetItem[] | null {
  let node: Node;
  for (;;) {
    if (p.length === 0) return null;
    node = p.data[0]!;
    if (node.op !== Op.SUBPATTERN) break;
    flags = combineFlags(flags, node.addFlags, node.delFlags);
    if ((flags & Flag.IGNORECASE) && (flags & Flag.LOCALE)) return null;
    p = node.p;
  }
  const iscased = casedUnder(flags);
  const cased = (c: number): boolean => iscased !== null && iscased(c);
  if (node.op === Op.LITERAL) return cased(node.c) ? null : [{ op: Op.LITERAL, c: node.c }];
  if (node.op === Op.BRANCH) {
    const set: SetItem[] = [];
    for (const alt of node.alts) {
      if (alt.length === 0) return null;
      const first = alt.data[0]!;
      if (first.op !== Op.LITERAL || cased(first.c)) return null;
      set.push({ op: Op.LITERAL, c: first.c });
    }
    return set;
  }
  if (node.op === Op.IN) {
    if (iscased !== null) {
      for (const item of node.items) {
        if (item.op === Op.LITERAL && iscased(item.c)) return null;
        if (item.op === Op.RANGE) {
          if (item.hi > 0xffff) return null;
          for (let c = item.lo; c <= item.hi; c++) if (iscased(c)) return null;
        }
      }
    }
    return node.items;
  }
  return null;
}

/** The Knuth-Morris-Pratt failure table of the prefix (_generate_overlap_table). */
function overlapTable(prefix: readonly number[]): number[] {
  const table = new Array<number>(prefix.length).fill(0);
  for (let i = 1; i < prefix.length; i++) {
    let k = table[i - 1]!;
    while (k > 0 && prefix[i] !== prefix[k]) k = table[k - 1]!;
    table[i] = prefix[i] === prefix[k] ? k + 1 : 0;
  }
  return table;
}

interface SearchInfo {
  prefix: number[];
  prefixSkip: number;
  prefixIsLiteral: boolean;
  firstSetPc: number;
}

/** Emit the INFO block (_compile_info) and return what it says. */
function emitInfo(e: Emitter, p: SubPattern, flags: number): SearchInfo {
  const code = e.code;
  const [lo, width] = p.getwidth();
  const hi = Math.min(width, MAXCODE);
  const info: SearchInfo = { prefix: [], prefixSkip: 0, prefixIsLiteral: false, firstSetPc: -1 };
  if (lo === 0) {
    code.push(Op.INFO, 4, 0, lo, hi);
    return info;
  }
  let prefix: number[] = [];
  let prefixSkip: number | null = null;
  let gotAll = false;
  let charset: readonly SetItem[] | null = null;
  if (!((flags & Flag.IGNORECASE) && (flags & Flag.LOCALE))) {
    [prefix, prefixSkip, gotAll] = literalPrefix(p, flags);
    if (prefix.length === 0) charset = charsetPrefix(p, flags);
  }
  code.push(Op.INFO);
  const skip = e.reserve();
  let mask = 0;
  if (prefix.length > 0) {
    mask = Info.PREFIX;
    if (prefixSkip === null && gotAll) mask |= Info.LITERAL;
  } else if (charset !== null && charset.length > 0) {
    mask = Info.CHARSET;
  }
  code.push(mask, Math.min(lo, MAXCODE), hi);
  if (prefix.length > 0) {
    info.prefix = prefix;
    info.prefixSkip = prefixSkip ?? prefix.length;
    info.prefixIsLiteral = (mask & Info.LITERAL) !== 0;
    code.push(prefix.length, info.prefixSkip, ...prefix, ...overlapTable(prefix));
  } else if (mask & Info.CHARSET) {
    info.firstSetPc = code.length;
    e.charset(optimizeCharset(charset!, null)[0], flags);
  }
  e.patch(skip);
  return info;
}

/** Operations that match exactly one character. */
const ONE_CHAR_OPS = new Set<number>([
  Op.LITERAL, Op.NOT_LITERAL, Op.ANY, Op.ANY_ALL, Op.IN,
  Op.LITERAL_IGNORE, Op.NOT_LITERAL_IGNORE, Op.IN_IGNORE,
  Op.LITERAL_UNI_IGNORE, Op.NOT_LITERAL_UNI_IGNORE, Op.IN_UNI_IGNORE,
  Op.LITERAL_LOC_IGNORE, Op.NOT_LITERAL_LOC_IGNORE, Op.IN_LOC_IGNORE,
]);

/**
 * The one-character operation that must match at a match's first character:
 * the body's first operation after group marks, or the item of a leading
 * repeat of at least one; -1 if there is none.
 */
function firstCharOp(code: Uint32Array, pc: number): number {
  while (code[pc] === Op.MARK) pc += 2;
  const op = code[pc]!;
  if (ONE_CHAR_OPS.has(op)) return pc;
  if ((op === Op.REPEAT_ONE || op === Op.MIN_REPEAT_ONE || op === Op.POSSESSIVE_REPEAT_ONE) &&
      code[pc + 2]! >= 1) {
    return pc + 4;
  }
  return -1;
}

/** The Latin-1 part of every set, as 256-bit maps, for the matcher's fast path. */
function latin1Maps(code: Uint32Array, sets: readonly number[]): [Int32Array, Uint32Array] {
  const at = new Int32Array(code.length).fill(-1);
  const maps = new Uint32Array(sets.length * 8);
  sets.forEach((pc, i) => {
    at[pc] = i * 8;
    for (let c = 0; c < 256; c++) {
      if (inCharset(code, pc, c)) maps[i * 8 + (c >>> 5)] |= 1 << (c & 31);
    }
  });
  return [at, maps];
}

/** Compile a pattern (re._compiler.compile): the program, and the parse tree re.DEBUG shows. */
export function compilePattern(pattern: string | Uint8Array, flags: number): [Program, SubPattern] {
  const p = parsePattern(pattern, flags);
  flags |= p.state.flags;
  const e = new Emitter();
  const info = emitInfo(e, p, flags);
  const bodyPc = e.code.length;
  e.nodes(p.data, flags);
  e.code.push(Op.SUCCESS);
  const code = Uint32Array.from(e.code);
  const [setMapAt, setMaps] = latin1Maps(code, e.sets);
  const program: Program = {
    code,
    bodyPc,
    setMapAt,
    setMaps,
    flags,
    groups: p.state.groups - 1,
    groupindex: p.state.groupdict,
    minWidth: code[3]!,
    prefix: Uint32Array.from(info.prefix),
    prefixOverlap: Uint32Array.from(overlapTable(info.prefix)),
    prefixSkip: info.prefixSkip,
    prefixIsLiteral: info.prefixIsLiteral,
    firstSetPc: info.firstSetPc,
    anchoredAtStart: code[bodyPc] === Op.AT &&
      (code[bodyPc + 1] === At.BEGINNING || code[bodyPc + 1] === At.BEGINNING_STRING),
    anchoredAtLine: code[bodyPc] === Op.AT && code[bodyPc + 1] === At.BEGINNING_LINE,
    firstCharPc: firstCharOp(code, bodyPc),
  };
  return [program, p];
}
