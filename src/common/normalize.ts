// The unicodedata properties beyond the str methods' (category, bidirectional
// class, combining class, East Asian width, mirrored, decomposition) and
// Unicode normalization (NFC, NFD, NFKC, NFKD), from the tables
// tools/gen_unicodedata.py writes into unicodeDb.ts. Tables are unpacked on
// first use.

import { PackedInts } from './unicode.js';
import {
  CATEGORY_NAMES, CATEGORY_RUNS, BIDI_NAMES, BIDI_RUNS, EAW_NAMES, EAW_RUNS, COMBINING_VALUES, COMBINING_RUNS,
  MIRRORED_RUNS, DECOMP_TAGS, DECOMPOSITIONS, COMPOSITES,
} from './unicodeDb.js';

export { UNIDATA_VERSION } from './unicodeDb.js';

/** A property stored as runs: run ends and value indexes, searched by bisection. */
class RunTable {
  private ends: number[] = [];
  private values: number[] = [];
  constructor(private readonly packed: string) {}
  get(cp: number): number {
    if (this.ends.length === 0) {
      const p = new PackedInts(this.packed);
      for (let end = 0; !p.done;) {
        end += p.next();
        this.ends.push(end);
        this.values.push(p.next());
      }
    }
    let lo = 0;
    let hi = this.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= cp) lo = mid + 1;
      else hi = mid;
    }
    return this.values[lo]!;
  }
}

const categoryRuns = new RunTable(CATEGORY_RUNS);
const bidiRuns = new RunTable(BIDI_RUNS);
const eawRuns = new RunTable(EAW_RUNS);
const combiningRuns = new RunTable(COMBINING_RUNS);
const mirroredRuns = new RunTable(MIRRORED_RUNS);

export function category(cp: number): string {
  return CATEGORY_NAMES[categoryRuns.get(cp)]!;
}

export function bidirectional(cp: number): string {
  return BIDI_NAMES[bidiRuns.get(cp)]!;
}

export function eastAsianWidth(cp: number): string {
  return EAW_NAMES[eawRuns.get(cp)]!;
}

export function combining(cp: number): number {
  return COMBINING_VALUES[combiningRuns.get(cp)]!;
}

export function mirrored(cp: number): number {
  return mirroredRuns.get(cp);
}

interface Decomposition {
  tag: string;
  cps: number[];
}

let decomp: Map<number, Decomposition> | null = null;
/** Canonical pairs (first << 21 | second) -> the primary composite. */
let compose: Map<number, number> | null = null;

function decompositions(): Map<number, Decomposition> {
  if (decomp === null) {
    decomp = new Map();
    const p = new PackedInts(DECOMPOSITIONS);
    for (let cp = 0; !p.done;) {
      cp += p.next();
      const tag = DECOMP_TAGS[p.next()]!;
      const n = p.next();
      const cps: number[] = [];
      for (let i = 0; i < n; i++) cps.push(p.next());
      decomp.set(cp, { tag, cps });
    }
  }
  return decomp;
}

function compositions(): Map<number, number> {
  if (compose === null) {
    compose = new Map();
    const d = decompositions();
    const p = new PackedInts(COMPOSITES);
    for (let cp = 0; !p.done;) {
      cp += p.next();
      const [a, b] = d.get(cp)!.cps;
      compose.set(a! * 0x200000 + b!, cp);
    }
  }
  return compose;
}

/** unicodedata.decomposition(): '<tag> XXXX YYYY' or ''. */
export function decompositionText(cp: number): string {
  const d = decompositions().get(cp);
  if (d === undefined) return '';
  const hex = d.cps.map((c) => c.toString(16).toUpperCase().padStart(4, '0')).join(' ');
  return d.tag === '' ? hex : `${d.tag} ${hex}`;
}

// Hangul syllables decompose and compose by arithmetic (Unicode 3.12).
const S_BASE = 0xac00, L_BASE = 0x1100, V_BASE = 0x1161, T_BASE = 0x11a7;
const L_COUNT = 19, V_COUNT = 21, T_COUNT = 28, N_COUNT = V_COUNT * T_COUNT, S_COUNT = L_COUNT * N_COUNT;

function decomposeInto(cp: number, compat: boolean, out: number[]): void {
  if (cp >= S_BASE && cp < S_BASE + S_COUNT) {
    const s = cp - S_BASE;
    out.push(L_BASE + Math.floor(s / N_COUNT), V_BASE + Math.floor((s % N_COUNT) / T_COUNT));
    if (s % T_COUNT !== 0) out.push(T_BASE + (s % T_COUNT));
    return;
  }
  const d = decompositions().get(cp);
  if (d === undefined || (d.tag !== '' && !compat)) {
    out.push(cp);
    return;
  }
  for (const c of d.cps) decomposeInto(c, compat, out);
}

/** Full decomposition, then combining marks put in canonical order (a stable sort by class). */
function decompose(cps: number[], compat: boolean): number[] {
  const out: number[] = [];
  for (const cp of cps) decomposeInto(cp, compat, out);
  for (let i = 1; i < out.length; i++) {
    const mark = out[i]!;
    const c = combining(mark);
    if (c === 0) continue;
    let j = i;
    while (j > 0 && combining(out[j - 1]!) > c) {
      out[j] = out[j - 1]!;
      j--;
    }
    out[j] = mark;
  }
  return out;
}

/** Canonical composition of a decomposed sequence (Unicode's algorithm). */
function composeSeq(cps: number[]): number[] {
  const pairs = compositions();
  const out: number[] = [];
  let starter = -1;
  // The class of the last character kept since the starter (0: right after it).
  let lastClass = 0;
  for (const c of cps) {
    const cc = combining(c);
    if (starter >= 0 && (lastClass === 0 || lastClass < cc)) {
      const s = out[starter]!;
      let composite: number | undefined;
      if (s >= L_BASE && s < L_BASE + L_COUNT && c >= V_BASE && c < V_BASE + V_COUNT) {
        composite = S_BASE + ((s - L_BASE) * V_COUNT + (c - V_BASE)) * T_COUNT;
      } else if (s >= S_BASE && s < S_BASE + S_COUNT && (s - S_BASE) % T_COUNT === 0 && c > T_BASE && c < T_BASE + T_COUNT) {
        composite = s + (c - T_BASE);
      } else {
        composite = pairs.get(s * 0x200000 + c);
      }
      if (composite !== undefined) {
        out[starter] = composite;
        continue;
      }
    }
    if (cc === 0) starter = out.length;
    lastClass = cc;
    out.push(c);
  }
  return out;
}

/** unicodedata.normalize(form, s) on code points. */
export function normalizeCodePoints(form: 'NFC' | 'NFD' | 'NFKC' | 'NFKD', cps: number[]): number[] {
  const compat = form === 'NFKC' || form === 'NFKD';
  const d = decompose(cps, compat);
  return form === 'NFC' || form === 'NFKC' ? composeSeq(d) : d;
}
