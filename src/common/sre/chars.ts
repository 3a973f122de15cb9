// Character classes and case mappings as sre sees them: Unicode (str patterns
// without re.ASCII), ASCII (re.ASCII and bytes), and LOCALE, which pyheap runs
// in the C locale, where it is ASCII too. The Unicode data comes from
// unicodeTables.ts, generated from python3 by tools/gen_sre_unicode.py.

import {
  WORD_RUNS, ALPHA_RUNS, DECIMAL_RUNS, SPACE_RUNS, LOWER_RUNS, UPPER_RUNS, EXTRA_CASES,
} from './unicodeTables.js';

/** Whether cp lies in one of the flattened [start, end) runs. */
function inRuns(runs: readonly number[], cp: number): boolean {
  // An odd number of bounds <= cp means cp is inside a run.
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid]! <= cp) lo = mid + 1;
    else hi = mid;
  }
  return (lo & 1) === 1;
}

/** Apply a case table of (start, last, delta, stride) runs to cp. */
function mapCase(runs: readonly number[], cp: number): number {
  // Binary search for the last run starting at or before cp.
  let lo = 0;
  let hi = runs.length >> 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid << 2]! <= cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return cp;
  const at = (lo - 1) << 2;
  const start = runs[at]!;
  if (cp > runs[at + 1]! || (cp - start) % runs[at + 3]! !== 0) return cp;
  return cp + runs[at + 2]!;
}

// ASCII classes, indexed by code: bit 1 word, 2 digit, 4 space.
const ASCII_WORD = 1;
const ASCII_DIGIT = 2;
const ASCII_SPACE = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const isDigit = c >= 0x30 && c <= 0x39;
  const isAlpha = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  ASCII_CLASS[c] = (isDigit || isAlpha || c === 0x5f ? ASCII_WORD : 0) |
    (isDigit ? ASCII_DIGIT : 0) |
    ((c >= 0x09 && c <= 0x0d) || c === 0x20 ? ASCII_SPACE : 0);
}

export function isAsciiWord(c: number): boolean {
  return c < 128 && (ASCII_CLASS[c]! & ASCII_WORD) !== 0;
}

export function isAsciiDigit(c: number): boolean {
  return c < 128 && (ASCII_CLASS[c]! & ASCII_DIGIT) !== 0;
}

export function isAsciiSpace(c: number): boolean {
  return c < 128 && (ASCII_CLASS[c]! & ASCII_SPACE) !== 0;
}

/** \w for str patterns: str.isalnum() or '_'. */
export function isUniWord(c: number): boolean {
  return c < 128 ? (ASCII_CLASS[c]! & ASCII_WORD) !== 0 : inRuns(WORD_RUNS, c);
}

/** \d for str patterns: str.isdecimal(). */
export function isUniDigit(c: number): boolean {
  return c < 128 ? (ASCII_CLASS[c]! & ASCII_DIGIT) !== 0 : inRuns(DECIMAL_RUNS, c);
}

/** \s for str patterns: str.isspace(). */
export function isUniSpace(c: number): boolean {
  // 0x1c..0x1f are whitespace to str.isspace() but not to the ASCII class.
  if (c < 128) return (ASCII_CLASS[c]! & ASCII_SPACE) !== 0 || (c >= 0x1c && c <= 0x1f);
  return inRuns(SPACE_RUNS, c);
}

/** str.isalpha() of one character. */
export function isAlpha(c: number): boolean {
  return c < 128 ? (c | 32) >= 0x61 && (c | 32) <= 0x7a : inRuns(ALPHA_RUNS, c);
}

/** The value of a Unicode decimal digit (each run of them starts at a zero). */
export function decimalValue(c: number): number {
  if (c < 128) return c - 0x30;
  let lo = 0;
  let hi = DECIMAL_RUNS.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (DECIMAL_RUNS[mid]! <= c) lo = mid + 1;
    else hi = mid;
  }
  return (c - DECIMAL_RUNS[lo - 1]!) % 10;
}

/** sre's Unicode lower(): the first character of str.lower(). */
export function lowerUni(c: number): number {
  if (c < 128) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  return mapCase(LOWER_RUNS, c);
}

/** sre's Unicode upper(): the first character of str.upper(). */
export function upperUni(c: number): number {
  if (c < 128) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  return mapCase(UPPER_RUNS, c);
}

/** Whether case-insensitive matching can change anything for c (Unicode). */
export function isCasedUni(c: number): boolean {
  return lowerUni(c) !== c || upperUni(c) !== c;
}

export function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 32 : c;
}

export function upperAscii(c: number): number {
  return c >= 0x61 && c <= 0x7a ? c - 32 : c;
}

export function isCasedAscii(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

let extraCases: Map<number, readonly number[]> | undefined;

/**
 * For a lower-cased character, the other lower-cased characters with the same
 * upper case ('s' and long s, the Greek letter variants, ...), or undefined.
 */
export function extraCasesOf(lowered: number): readonly number[] | undefined {
  if (extraCases === undefined) {
    extraCases = new Map();
    for (let i = 0; i < EXTRA_CASES.length; i += 2 + EXTRA_CASES[i + 1]!) {
      extraCases.set(EXTRA_CASES[i]!, EXTRA_CASES.slice(i + 2, i + 2 + EXTRA_CASES[i + 1]!));
    }
  }
  return extraCases.get(lowered);
}
