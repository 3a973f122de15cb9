// Robustness of the parser on broken input: whatever the text, `parse` returns
// a tree or throws a PySyntaxError with sane fields, and `decodeSource` returns
// text or throws a PySyntaxError. Any other exception (TypeError, a JS stack
// overflow, ...) is a bug; so is an input that takes seconds (runaway
// backtracking). Deterministic: fixed seeds, fixed counts.
//
// The mutation engine is exported for tools/fuzz_parse.mjs, the long run over
// the whole stdlib; that tool sets PYHEAP_FUZZ_NO_TESTS=1 before importing this
// module so that the tests below are not registered.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parse, dump, decodeSource, PySyntaxError } from '../../src/parse/index.js';

export type Mode = 'exec' | 'eval' | 'single' | 'func_type';

export interface FuzzInput {
  label: string;
  /** Text given to `parse`; or, when `bytes` is set, bytes given to decodeSource first. */
  source?: string;
  bytes?: Uint8Array;
  mode: Mode;
  typeComments: boolean;
  /**
   * CPython 3.11 itself raises MemoryError ("-"*10000 + "1": parser stack
   * beyond MAXSTACK=6000) or RecursionError ("not " * 5000: "maximum
   * recursion depth exceeded during ast construction") for some deeply nested
   * inputs; for those, an error named so is accepted too.
   */
  deep?: boolean;
}

export interface FuzzOutcome {
  /** 'tree' | 'error' (PySyntaxError or accepted MemoryError/RecursionError) */
  result: 'tree' | 'error';
  ms: number;
}

export class FuzzFailure extends Error {
  constructor(readonly input: FuzzInput, readonly reason: string, readonly error: unknown) {
    super(reason);
  }

  describe(maxChars = 1500): string {
    const shown = this.input.source !== undefined
      ? `source (${this.input.source.length} chars): ${JSON.stringify(clip(this.input.source, maxChars))}`
      : `bytes (${this.input.bytes?.length}): [${clip(Array.from(this.input.bytes ?? []).join(','), maxChars)}]`;
    const stack = this.error instanceof Error ? (this.error.stack ?? '').split('\n').slice(0, 8).join('\n') : String(this.error);
    return `${this.input.label} (mode ${this.input.mode}, typeComments ${this.input.typeComments}): ${this.reason}\n${shown}\n${stack}`;
  }
}

function clip(s: string, n: number): string {
  return s.length > n ? s.slice(0, n) + `… [${s.length - n} more]` : s;
}

/** Above this an input counts as hanging (CPython parses any of these in well under 1 s). */
export const SLOW_INPUT_MS = 3000;

// --- deterministic randomness ----------------------------------------------

export type Rng = () => number;

/** mulberry32: a small seeded generator, [0, 1). */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)] as T;

// --- inputs -----------------------------------------------------------------

/** Small sources covering most of the grammar, so the test does not depend on fixtures. */
export const SNIPPETS: readonly string[] = [
  'x = 1\nprint(x + 2 * 3 ** -4, x if x else None, not x, x @ x)\n',
  'def f(a, /, b: int = 1, *args, c, d=2, **kw) -> "T":\n    """doc"""\n    return lambda y, *z, **w: (a, b, c)\n',
  '@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x: int = 0\n    def m(self): ...\n',
  'async def g():\n    async with a as b, c:\n        async for i in aiter():\n            await i\n    return [x async for x in y]\n',
  'try:\n    pass\nexcept* (E, F) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[1:2, ::3], b.c\n',
  'match cmd:\n    case [1, 2, *rest] | {"k": v, **kw} if v > 0:\n        pass\n    case Point(x=0, y=_) as p:\n        pass\n    case -1 + 2j | None | True | "s" b"" :\n        pass\n',
  'x = f"{a!r:>{width}} {b=} {{lit}} {c:%Y-%m-%d}" rb"\\x00" u"\\N{BULLET}" """tri\nple"""\n',
  'with (open(a) as f, open(b) as g):\n    while (n := next(it)) is not None:\n        if n: continue\n        elif not n: break\n    else:\n        global q; nonlocal r\n',
  'def f(a,  # type: int\n      b,  # type: str\n      ):\n    # type: (...) -> None\n    x = []  # type: List[int]\n    for i in x:  # type: ignore\n        yield from i\n',
  'import a.b as c, d\nfrom ..e import (f as g, h)\nfrom . import *\nassert x, "msg"\nx += 1; y //= 2; z **= 3; w >>= 1; v @= m\n',
  'print((yield), *a, *b, **c, **d)\n[*a, *b] = {**m, "k": 1}, {1, *s}\nx = a[1:2, ...,None], 0x1F, 0o17, 0b101, 1_000.5e-3, 3j, .5\n',
  'if x:\n\tpass\nelif y:\n        pass\nclass D: pass\n\\\n\n# comment\n',
];

/** What the fuzz test mutates: the snippets, plus the repo's AST and syntax-error fixtures if present. */
export function fixtureSources(repoRoot: string): { name: string; text: string }[] {
  const out = SNIPPETS.map((text, i) => ({ name: `snippet${i}`, text }));
  for (const dir of ['tests/conformance/ast', 'tests/conformance/syntax_errors']) {
    const full = path.join(repoRoot, dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full).filter((n) => n.endsWith('.py')).sort()) {
      out.push({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(full, f), 'utf8') });
    }
  }
  return out;
}

const INSERTS: readonly string[] = [
  '(', ')', '[', ']', '{', '}', '"', "'", '"""', "'''", '\\', '\\\n', '\t', '\n', '\r', '\r\n', '\f', '\v',
  '\0', ' ', '    ', '#', ':', ',', ';', '.', '=', '==', '@', '*', '**', '->', ':=', '...', '!', '$', '?', '`',
  'é', '€', '\u00a0', '\u2028', '\ufeff', '\x1b', '\udc80', '\ud800', 'ª', '①', '٣',
  '𝄞', '💩', '😀x', '\u{10ffff}', '\u{e0100}', '𐀀', '\u{1d400}', '"💩"', "'a😀b'", 'f"{💩}"',
  'f"', "rb'", 'f"{', '}"', '{x!r:>{w}}', '{=}', 'u', 'r', 'b', 'f',
  'lambda', 'await', 'yield', 'match', 'case', 'type', '_', 'if', 'else', 'not', 'in', 'is', 'def', 'class',
  'return', 'async', 'del', 'global', 'print', 'None', 'import', 'from', 'as', 'with', 'try', 'except',
  '0x', '1e', '1_', '0b2', '09', '1j', '1.e', '0o8', '1__0', '.5j', '1if',
];

/** A rough token split: names and numbers, runs of spaces, single other characters. */
function roughTokens(s: string): string[] {
  return s.match(/[\p{L}\p{N}_]+|[ \t]+|[^]/gu) ?? [];
}

/** One random edit of `s`. */
export function mutateOnce(s: string, rng: Rng): string {
  const at = int(rng, s.length + 1);
  switch (int(rng, 9)) {
    case 0: // delete a character
      return s.slice(0, at) + s.slice(at + 1);
    case 1: // insert an interesting string
    case 2:
      return s.slice(0, at) + pick(rng, INSERTS) + s.slice(at);
    case 3: { // duplicate a span
      const len = 1 + int(rng, 40);
      return s.slice(0, at + len) + s.slice(at, at + len) + s.slice(at + len);
    }
    case 4: // swap two neighbouring characters
      return at + 1 < s.length ? s.slice(0, at) + s[at + 1] + s[at] + s.slice(at + 2) : s + '(';
    case 5: { // delete a span
      const len = 1 + int(rng, 30);
      return s.slice(0, at) + s.slice(at + len);
    }
    default: { // token edits: delete, duplicate, swap, replace
      const toks = roughTokens(s);
      if (toks.length === 0) return pick(rng, INSERTS);
      const i = int(rng, toks.length);
      const j = int(rng, toks.length);
      const op = int(rng, 4);
      if (op === 0) toks.splice(i, 1);
      else if (op === 1) toks.splice(i, 0, toks[i] as string);
      else if (op === 2) [toks[i], toks[j]] = [toks[j] as string, toks[i] as string];
      else toks[i] = pick(rng, INSERTS);
      return toks.join('');
    }
  }
}

/** `count` mutants of `text`, each with 1 to 3 edits. */
export function* mutants(name: string, text: string, rng: Rng, count: number): Generator<FuzzInput> {
  for (let k = 0; k < count; k++) {
    let s = text;
    const edits = 1 + int(rng, 3);
    for (let e = 0; e < edits; e++) s = mutateOnce(s, rng);
    const r = rng();
    const mode: Mode = r < 0.85 ? 'exec' : r < 0.9 ? 'eval' : r < 0.95 ? 'single' : 'func_type';
    yield { label: `${name} mutant ${k}`, source: s, mode, typeComments: rng() < 0.5 };
  }
}

/** `text` cut at `cuts` evenly spaced positions (every Nth character). */
export function* truncations(name: string, text: string, cuts: number): Generator<FuzzInput> {
  const step = Math.max(1, Math.ceil(text.length / cuts));
  for (let at = 0; at < text.length; at += step) {
    yield { label: `${name} cut at ${at}`, source: text.slice(0, at), mode: 'exec', typeComments: true };
  }
}

/** Deep nesting and very long lines: the inputs that overflow a recursive parser's stack. */
export function* extremeInputs(): Generator<FuzzInput> {
  const r = (s: string, n: number): string => s.repeat(n);
  const deep: [string, string][] = [
    ['1000 (', r('(', 1000)], ['1000 [', r('[', 1000)], ['1000 {', r('{', 1000)],
    ['1000 () balanced', r('(', 1000) + r(')', 1000)], ['1000 [] around 1', r('[', 1000) + '1' + r(']', 1000)],
    ['199 () balanced', r('(', 199) + 'x' + r(')', 199)], ['200 () balanced', r('(', 200) + 'x' + r(')', 200)],
    ['1000 f(', r('f(', 1000)], ['5000 [0] subscripts', 'x' + r('[0]', 5000)], ['5000 () calls', 'f' + r('()', 5000)],
    ['10000 unary -', r('-', 10000) + '1'], ['10000 ~', r('~', 10000) + 'x'], ['5000 not', r('not ', 5000) + 'x'],
    ['10000 attributes', r('a.', 10000) + 'b'], ['100000 +', r('1+', 100000) + '1'], ['5000 **', r('2**', 5000) + '2'],
    ['5000 lambda', 'x = ' + r('lambda:', 5000) + '1'], ['5000 if-else', 'x' + r(' if x else x', 5000)],
    ['3000 await', 'async def f():\n    ' + r('await ', 3000) + 'x\n'], ['10000 decorators', r('@d\n', 10000) + 'def f(): pass\n'],
    ['150 nested if', Array.from({ length: 150 }, (_, i) => r('    ', i) + 'if x:\n').join('') + r('    ', 150) + 'pass\n'],
    ['99 nested if', Array.from({ length: 99 }, (_, i) => r(' ', i) + 'if x:\n').join('') + r(' ', 99) + 'pass\n'],
    ['300 f-string {', r('f"{', 300)], ['nested f-strings', "f'{f\"{f'''{f\"\"\"{x}\"\"\"}'''}\"}'"],
    ['500 match [', 'match x:\n    case ' + r('[', 500) + r(']', 500) + ':\n        pass\n'],
    ['3000 star targets', r('*', 3000) + 'a = b'], ['2000 walrus', r('(a:=', 2000) + '1' + r(')', 2000)],
    ['1000 dict nesting', r('{1:', 1000) + '1' + r('}', 1000)], ['2000 comparisons', 'x' + r(' < x', 2000)],
    ['3000 backslash lines', r('x = 1 + \\\n', 3000) + '1\n'], ['1000 nested lambda defaults', r('lambda x=', 1000) + '1'],
  ];
  for (const [label, source] of deep) {
    yield { label: `deep: ${label}`, source, mode: 'exec', typeComments: false, deep: true };
    yield { label: `deep: ${label} (eval)`, source, mode: 'eval', typeComments: false, deep: true };
  }
  const long: [string, string][] = [
    ['1 MB string literal', `x = "${r('a', 1_000_000)}"\n`], ['200000-char name', r('x', 200_000) + ' = 1\n'],
    ['100000-element tuple', 'x = ' + r('a,', 100_000) + '\n'], ['1 MB comment', '#' + r('c', 1_000_000) + '\n'],
    ['100000 spaces then x', r(' ', 100_000) + 'x\n'], ['1000 tabs then x', r('\t', 1000) + 'x\n'],
    ['10000-arg def', 'def f(' + r('a,', 10_000) + '): pass\n'], ['100000 blank lines', r('\n', 100_000) + 'x\n'],
    ['100000 statements on a line', r('x;', 100_000) + '\n'], ['unterminated triple quote', "'''" + r('a\n', 100_000)],
    ['10000 f-string fields', 'f"' + r('{x}', 10_000) + '"\n'], ['200000-digit int', 'x = ' + r('9', 200_000) + '\n'],
    ['100000 string concatenation', 'x = ' + r('"a" ', 100_000) + '\n'], ['100000 CRs', r('x\r', 100_000)],
  ];
  for (const [label, source] of long) yield { label: `long: ${label}`, source, mode: 'exec', typeComments: true };
}

const COOKIES: readonly string[] = [
  '', '', '', '# -*- coding: latin-1 -*-\n', '# coding: utf-8\n', '# coding: uft-8\n', '# coding=utf-16\n',
  '#!/usr/bin/python\n# vim: set fileencoding=cp1252 :\n', '\ufeff', '\ufeff# coding: latin-1\n',
  '# coding: ascii\n', '# coding: euc-jp\n', '\n\n# coding: latin-1\n', '# coding: utf-8-sig\n',
];

/** Random bytes, and UTF-8 sources with corrupted bytes, behind random encoding declarations. */
export function* byteInputs(name: string, texts: readonly string[], rng: Rng, count: number): Generator<FuzzInput> {
  const enc = new TextEncoder();
  for (let k = 0; k < count; k++) {
    const cookie = enc.encode(pick(rng, COOKIES));
    let body: Uint8Array;
    if (rng() < 0.4) {
      body = new Uint8Array(int(rng, 200));
      for (let i = 0; i < body.length; i++) body[i] = int(rng, 256);
    } else {
      body = enc.encode(pick(rng, texts));
      const flips = 1 + int(rng, 4);
      for (let f = 0; f < flips && body.length > 0; f++) body[int(rng, body.length)] = 0x80 + int(rng, 128);
    }
    const bytes = new Uint8Array(cookie.length + body.length);
    bytes.set(cookie);
    bytes.set(body, cookie.length);
    yield { label: `${name} bytes ${k}`, bytes, mode: 'exec', typeComments: rng() < 0.5 };
  }
}

// --- the check --------------------------------------------------------------

const ROOT_TYPE: Record<Mode, string> = { exec: 'Module', eval: 'Expression', single: 'Interactive', func_type: 'FunctionType' };
const KINDS = new Set(['SyntaxError', 'IndentationError', 'TabError']);
const FILENAME = '<fuzz>';

function lineCount(s: string): number {
  return (s.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** Why `e` is not a sane PySyntaxError for `source`, or null. */
function syntaxErrorProblem(e: PySyntaxError, source: string | null): string | null {
  if (!KINDS.has(e.kind)) return `kind ${JSON.stringify(e.kind)}`;
  if (typeof e.msg !== 'string' || e.msg.length === 0) return 'empty msg';
  if (e.filename !== FILENAME) return `filename ${JSON.stringify(e.filename)}`;
  for (const f of ['lineno', 'offset', 'endLineno', 'endOffset'] as const) {
    if (!Number.isInteger(e[f])) return `${f} is ${e[f]}`;
  }
  if (e.lineno < 0 || e.offset < -1) return `negative position ${e.lineno}:${e.offset}`;
  if (source !== null && e.lineno > lineCount(source) + 1) return `lineno ${e.lineno} beyond the ${lineCount(source)} lines`;
  if (e.text !== null && typeof e.text !== 'string') return `text is ${typeof e.text}`;
  return null;
}

function isAcceptedDeepError(e: unknown): boolean {
  const name = (e as { name?: unknown; kind?: unknown } | null);
  return name !== null && typeof name === 'object' && (name.name === 'MemoryError' || name.name === 'RecursionError'
    || name.kind === 'MemoryError' || name.kind === 'RecursionError');
}

/**
 * Runs one input; throws FuzzFailure unless the parser behaved. With
 * `withDump`, a returned tree is also dumped (both forms).
 */
export function checkInput(input: FuzzInput, withDump: boolean): FuzzOutcome {
  const t0 = performance.now();
  const took = (): number => performance.now() - t0;
  let source = input.source ?? null;
  if (input.bytes) {
    try {
      source = decodeSource(input.bytes, FILENAME, 'file');
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw new FuzzFailure(input, `decodeSource threw ${(e as Error)?.name ?? typeof e}`, e);
      const problem = syntaxErrorProblem(e, null);
      if (problem) throw new FuzzFailure(input, `decodeSource: insane PySyntaxError: ${problem}`, e);
      return { result: 'error', ms: took() };
    }
    if (typeof source !== 'string') throw new FuzzFailure(input, `decodeSource returned ${typeof source}`, null);
  }
  const text = source as string;
  let tree: { _type?: unknown };
  try {
    tree = parse(text, { filename: FILENAME, mode: input.mode, typeComments: input.typeComments }) as { _type?: unknown };
  } catch (e) {
    const ms = took();
    if (e instanceof PySyntaxError) {
      const problem = syntaxErrorProblem(e, text);
      if (problem) throw new FuzzFailure(input, `insane PySyntaxError: ${problem}`, e);
    } else if (!(input.deep && isAcceptedDeepError(e))) {
      throw new FuzzFailure(input, `parse threw ${(e as Error)?.name ?? typeof e}: ${String((e as Error)?.message ?? e).slice(0, 200)}`, e);
    }
    if (ms > SLOW_INPUT_MS) throw new FuzzFailure(input, `parse took ${ms.toFixed(0)} ms`, null);
    return { result: 'error', ms };
  }
  const ms = took();
  if (ms > SLOW_INPUT_MS) throw new FuzzFailure(input, `parse took ${ms.toFixed(0)} ms`, null);
  if (tree?._type !== ROOT_TYPE[input.mode]) throw new FuzzFailure(input, `parse returned ${String(tree?._type)}`, null);
  if (withDump) {
    for (const options of [{ includeAttributes: true, indent: 3 }, { includeAttributes: false, indent: null }]) {
      let d: unknown;
      try {
        d = dump(tree as object, options);
      } catch (e) {
        throw new FuzzFailure(input, `dump(${JSON.stringify(options)}) threw ${(e as Error)?.name}: ${(e as Error)?.message}`, e);
      }
      if (typeof d !== 'string' || !d.startsWith(`${ROOT_TYPE[input.mode]}(`)) {
        throw new FuzzFailure(input, `dump(${JSON.stringify(options)}) returned ${JSON.stringify(String(d).slice(0, 80))}`, null);
      }
    }
  }
  return { result: 'tree', ms };
}

// --- the tests ----------------------------------------------------------------
//
// Each group runs in a worker thread so that an input that hangs the parser
// (runaway backtracking) fails the test, naming the input, instead of hanging
// `npm test`. The worker publishes the index of the input it is on in shared
// memory; the inputs are deterministic, so the test regenerates that input.

function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

interface Group {
  inputs: () => Iterable<FuzzInput>;
  /** Dump every Nth returned tree (0: never). */
  dumpEvery: number;
}

function groups(root: string): Record<string, Group> {
  const sources = fixtureSources(root);
  return {
    mutations: {
      inputs: function* () {
        const rng = makeRng(0x5eed1);
        for (const { name, text } of sources) yield* mutants(name, text, rng, 25);
      },
      dumpEvery: 7,
    },
    truncations: {
      inputs: function* () {
        for (const { name, text } of sources) yield* truncations(name, text, 25);
        for (const [i, text] of SNIPPETS.entries()) yield* truncations(`snippet${i}`, text, text.length);
      },
      dumpEvery: 5,
    },
    // A deep tree is not dumped: CPython's ast.dump is recursive too (RecursionError).
    extreme: { inputs: extremeInputs, dumpEvery: 0 },
    bytes: { inputs: () => byteInputs('bytes', sources.map((s) => s.text), makeRng(0xb17e5), 1500), dumpEvery: 5 },
    snippetDumps: {
      inputs: function* () {
        const rng = makeRng(0xd0);
        for (const [i, text] of SNIPPETS.entries()) yield* mutants(`snippet${i}`, text, rng, 150);
      },
      dumpEvery: 1,
    },
  };
}

interface GroupResult { trees: number; errors: number; failures: string[] }

/** Runs a group's inputs, stopping after 5 failures; `progress[0]` holds the current index. */
function runGroup(group: Group, progress: Int32Array): GroupResult {
  const failures: string[] = [];
  let trees = 0, errors = 0, n = 0;
  for (const input of group.inputs()) {
    Atomics.store(progress, 0, n);
    try {
      const o = checkInput(input, group.dumpEvery > 0 && n % group.dumpEvery === 0);
      if (o.result === 'tree') trees++; else errors++;
    } catch (e) {
      if (!(e instanceof FuzzFailure)) throw e;
      failures.push(e.describe());
      if (failures.length >= 5) break;
    }
    n++;
  }
  return { trees, errors, failures };
}

function inputAt(group: Group, index: number): FuzzInput | undefined {
  let n = 0;
  for (const input of group.inputs()) if (n++ === index) return input;
  return undefined;
}

async function runGroupInWorker(name: string, timeoutMs: number): Promise<GroupResult> {
  const progress = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { fuzzGroup: name, progress },
    env: { ...process.env, PYHEAP_FUZZ_NO_TESTS: '1' },
    // About the main thread's stack (V8's default 984 KB), where the CLI parses.
    resourceLimits: { stackSizeMb: 1 },
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    return await new Promise<GroupResult>((resolve, reject) => {
      timer = setTimeout(() => {
        void worker.terminate();
        const input = inputAt(groups(repoRoot())[name] as Group, Atomics.load(progress, 0));
        const what = input ? new FuzzFailure(input, `no result after ${timeoutMs} ms (hang?)`, null).describe() : 'unknown input';
        reject(new Error(`group ${name} timed out on:\n${what}`));
      }, timeoutMs);
      worker.once('message', (r: GroupResult) => resolve(r));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`fuzz worker exited with ${code}`)));
    });
  } finally {
    clearTimeout(timer);
    void worker.terminate();
  }
}

function assertGroup(r: GroupResult): void {
  if (r.failures.length > 0) {
    assert.fail(`${r.failures.length}${r.failures.length >= 5 ? '+' : ''} bad inputs:\n\n${r.failures.join('\n\n')}`);
  }
  assert.ok(r.trees + r.errors > 0, 'no inputs were run');
}

if (!isMainThread && (workerData as { fuzzGroup?: string } | null)?.fuzzGroup) {
  const { fuzzGroup, progress } = workerData as { fuzzGroup: string; progress: Int32Array };
  parentPort?.postMessage(runGroup(groups(repoRoot())[fuzzGroup] as Group, progress));
} else if (!process.env['PYHEAP_FUZZ_NO_TESTS']) {
  const TIMEOUT_MS = 15_000;

  test('parse_survives_character_and_token_mutations', async () => {
    const r = await runGroupInWorker('mutations', TIMEOUT_MS);
    assertGroup(r);
    // Mutations must produce both outcomes, or the test exercises nothing.
    assert.ok(r.trees > 0 && r.errors > 0, `trees ${r.trees}, errors ${r.errors}`);
  });

  test('parse_survives_truncation_at_every_nth_position', async () => {
    assertGroup(await runGroupInWorker('truncations', TIMEOUT_MS));
  });

  test('parse_survives_deep_nesting_and_long_lines', async () => {
    assertGroup(await runGroupInWorker('extreme', TIMEOUT_MS));
  });

  test('decodeSource_then_parse_survive_random_and_corrupted_bytes', async () => {
    assertGroup(await runGroupInWorker('bytes', TIMEOUT_MS));
  });

  test('dump_works_on_every_tree_from_snippet_mutations', async () => {
    assertGroup(await runGroupInWorker('snippetDumps', TIMEOUT_MS));
  });
}
