// co_stacksize (src/compile/stackdepth.ts) and the frame's locals count
// (co_nlocalsplus) of every code object of the programs in
// tests/compile/stackdepth/ and a few corpus programs, against
// tests/compile/stackdepth_cases.json: CPython 3.11's figures, recorded with
// `node tools/stackdepth_check.mjs --json FILES` (the FILES are the
// goldens' keys). Generators' and frames' __sizeof__ count these.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from '../../src/parse/index.js';
import { compileModule, codeUnitsOf } from '../../src/compile/codegen.js';

const ROOT = new URL('../../../', import.meta.url);
const cases: Record<string, [string, number, number, number][]> = JSON.parse(
  readFileSync(new URL('tests/compile/stackdepth_cases.json', ROOT), 'utf8'));

test('code_objects_stack_sizes_match_cpython', () => {
  const bad: string[] = [];
  for (const [file, want] of Object.entries(cases)) {
    const source = readFileSync(new URL(file, ROOT), 'utf8');
    const lines = source.split(/(?<=\n)/);
    const tree = parse(source, { filename: file, mode: 'exec', byteOffsets: true, warnings: [] });
    const root = compileModule(tree, file, (n) => lines[n - 1] ?? null, { interactive: false });
    const got = codeUnitsOf(root).map((u) => JSON.stringify([u.qualname, u.firstlineno, u.stacksize,
      new Set([...u.varnames, ...u.cellvars]).size + u.freevars.length]));
    const expected = want.map((u) => JSON.stringify(u));
    // As multisets: CPython's co_consts order is not the units' order.
    if (JSON.stringify([...got].sort()) !== JSON.stringify([...expected].sort())) {
      for (const u of expected) if (!got.includes(u)) bad.push(`${file}: CPython ${u}`);
      for (const u of got) if (!expected.includes(u)) bad.push(`${file}: pyheap  ${u}`);
    }
  }
  assert.deepEqual(bad, []);
});
