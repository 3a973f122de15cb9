// Annotation text under `from __future__ import annotations` against
// tests/compile/unparse_cases.json, made by tools/gen_unparse_cases.py from
// CPython 3.11's __annotations__.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from '../../src/parse/index.js';
import { unparseAnnotation } from '../../src/compile/unparse.js';
import type * as A from '../../src/parse/ast.js';

const cases: [string, string][] = JSON.parse(
  readFileSync(new URL('../../../tests/compile/unparse_cases.json', import.meta.url), 'utf8'));

test('annotation_text_matches_cpython', () => {
  const bad: string[] = [];
  for (const [source, want] of cases) {
    const tree = parse(`x: ${source}\n`, { filename: '<case>', mode: 'exec' }) as A.Module;
    const got = unparseAnnotation((tree.body[0] as A.AnnAssign).annotation);
    if (got !== want) bad.push(`${source}: got ${got}, want ${want}`);
  }
  assert.deepEqual(bad, []);
});
