// The regular expression engine against tests/common/sre_cases.json: patterns,
// subjects and CPython 3.11's results, made by tools/gen_sre_cases.py (hand
// written cases, every call of CPython's test_re.py, random patterns).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  compile, escape, FLAGS, Match, Pattern, SreError, PyStr, setWarningHandler,
} from '../../src/common/sre/index.js';
import { PyErrorSpec } from '../../src/common/pyerror.js';
import {
  isUniWord, isUniDigit, isUniSpace, lowerUni, upperUni,
} from '../../src/common/sre/chars.js';

interface Case {
  p: string;
  b?: boolean;
  f?: number;
  op: string;
  s?: string;
  n?: number;
  sb?: boolean;
  a?: (number | string)[];
  r?: string;
  rb?: boolean;
  cps?: number[];
  x: unknown;
}

const cases: Case[] = JSON.parse(
  readFileSync(new URL('../../../tests/common/sre_cases.json', import.meta.url), 'utf8'));

/** Bytes travel in the JSON as Latin-1 text. */
function latin1(s: string): Uint8Array {
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

function decode(v: string, isBytes: boolean): PyStr {
  return isBytes ? latin1(v) : v;
}

function encode(v: PyStr | null): string | null {
  if (v === null || typeof v === 'string') return v;
  return String.fromCharCode(...v);
}

function matchResult(m: Match | null): unknown {
  if (m === null) return null;
  const n = m.re.groups;
  const regs: number[][] = [];
  const g: (string | null)[] = [];
  for (let i = 0; i <= n; i++) {
    regs.push(m.span(i));
    g.push(encode(m.group(i)));
  }
  return { regs, li: m.lastindex, lg: m.lastgroup, g };
}

function errorResult(e: unknown): unknown {
  if (e instanceof SreError) {
    return { err: 'error', msg: e.msg, pos: e.pos, lineno: e.lineno, colno: e.colno, str: e.message };
  }
  if (e instanceof PyErrorSpec) return { err: e.pyType, msg: e.pyMessage };
  throw e;
}

const patterns = new Map<string, Pattern>();

/** Warnings issued while compiling, as [category, message]. */
const warnings: string[][] = [];
setWarningHandler((category, message) => warnings.push([category, message]));

function run(c: Case): unknown {
  if (c.op !== 'compile' && c.op !== 'expand') return runOp(c);
  warnings.length = 0;
  const result = runOp(c);
  return warnings.length > 0 ? { result, w: [...warnings] } : result;
}

function runOp(c: Case): unknown {
  if (c.op === 'chars') {
    return c.cps!.map((cp) => [isUniWord(cp), isUniDigit(cp), isUniSpace(cp), lowerUni(cp), upperUni(cp)]);
  }
  const isBytes = c.b ?? false;
  if (c.op === 'escape') return encode(escape(decode(c.p, isBytes)));
  const subject = c.s === undefined ? '' : decode(c.s.repeat(c.n ?? 1), c.sb ?? isBytes);
  // Integers beyond doubles come as decimal strings.
  const args = (c.a ?? []).map((a) => typeof a === 'string' ? BigInt(a) : a);
  try {
    const key = `${isBytes}:${c.f ?? 0}:${c.p}`;
    let p = c.op === 'compile' || c.op === 'nesting' ? undefined : patterns.get(key);
    if (p === undefined) {
      p = compile(decode(c.p, isBytes), c.f ?? 0);
      patterns.set(key, p);
    }
    switch (c.op) {
      case 'compile':
      case 'nesting':
        return { flags: p.flags, groups: p.groups, groupindex: Object.fromEntries(p.groupindex) };
      case 'debug':
        return compile(decode(c.p, isBytes), (c.f ?? 0) | FLAGS.DEBUG).debugOutput;
      case 'search':
      case 'match':
      case 'fullmatch':
        return matchResult(p[c.op](subject, ...args));
      case 'finditer':
        return Array.from(p.finditer(subject, ...args), matchResult);
      case 'scanmatch': {
        const scanner = p.scanner(subject, ...args);
        const out: unknown[] = [];
        for (let i = 0; i < 20; i++) {
          const m = scanner.match();
          out.push(matchResult(m));
          if (m === null) break;
        }
        return out;
      }
      case 'findall':
        return p.findall(subject, ...args).map((v) => Array.isArray(v) ? v.map(encode) : encode(v));
      case 'split':
        return p.split(subject, ...args).map(encode);
      case 'sub':
        return encode(p.sub(decode(c.r!, c.rb ?? isBytes), subject, ...args));
      case 'subn': {
        const [text, n] = p.subn(decode(c.r!, c.rb ?? isBytes), subject, ...args);
        return [encode(text), n];
      }
      case 'expand': {
        const m = p.search(subject);
        return m === null ? null : encode(m.expand(decode(c.r!, c.rb ?? isBytes)));
      }
    }
    throw new Error('unknown operation ' + c.op);
  } catch (e) {
    return errorResult(e);
  }
}

/** Run every case of the given operations (or the long ones); report the first mismatches. */
function checkCases(ops: string[], long = false): void {
  const selected = cases.filter((c) => ops.includes(c.op) && (c.n !== undefined) === long);
  assert.ok(selected.length > 0);
  const failures: string[] = [];
  for (const c of selected) {
    const got = run(c);
    try {
      assert.deepStrictEqual(got, c.x);
    } catch {
      failures.push(`${JSON.stringify({ ...c, x: undefined })}\n  want ${JSON.stringify(c.x)}\n  got  ${JSON.stringify(got)}`);
    }
  }
  assert.equal(failures.length, 0, `${failures.length} of ${selected.length} cases differ:\n` +
    failures.slice(0, 15).join('\n'));
}

test('compile_flags_groups_and_errors_match_cpython', () => checkCases(['compile']));
test('deep_nesting_raises_recursion_error_where_cpython_does', () => checkCases(['nesting']));
test('debug_output_matches_cpython', () => checkCases(['debug']));
test('search_matches_cpython', () => checkCases(['search']));
test('match_and_fullmatch_match_cpython', () => checkCases(['match', 'fullmatch']));
test('findall_finditer_and_scanner_match_cpython', () => checkCases(['findall', 'finditer', 'scanmatch']));
test('split_matches_cpython', () => checkCases(['split']));
test('sub_subn_and_expand_match_cpython', () => checkCases(['sub', 'subn', 'expand']));
test('character_classes_and_case_mappings_match_str_methods', () => checkCases(['chars']));
test('escape_matches_cpython', () => checkCases(['escape']));
test('long_subjects_match_cpython_without_deep_js_recursion',
  () => checkCases(['match', 'search', 'split'], true));
