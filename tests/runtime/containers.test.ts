// list, tuple, dict, set, frozenset, range, slice and the built-in iterators
// against CPython 3.11. tests/runtime/containers_cases.json (written by
// tools/gen_container_cases.py) holds small programs and what CPython printed
// for each: values, reprs, iteration orders, error messages, __sizeof__
// figures. Each program runs here in a fresh interpreter and must print the
// same bytes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Interpreter, type Host } from '../../src/runtime/interp.js';
import type { PyObject } from '../../src/runtime/object.js';
import { bootstrap } from '../../src/runtime/bootstrap.js';
import { foldedFrozenset, newSet, setUpdate } from '../../src/runtime/types/set.js';
import { newStr } from '../../src/runtime/types/str.js';
import { newIntAny } from '../../src/runtime/types/int.js';
import { reprJS } from '../../src/runtime/abstract.js';
import { decref } from '../../src/runtime/object.js';

interface Case {
  name: string;
  source: string;
  stdout: string;
}

/** A set display of constants: its items (big ints as {"int": digits}) and CPython's repr of it. */
interface Folded {
  items: (number | string | { int: string })[];
  repr: string;
}

// Runs from dist/tests/runtime/; the cases stay in the source tree.
const CASES_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..',
  'tests', 'runtime', 'containers_cases.json');
const data: { cases: Case[]; folded: Folded[] } = JSON.parse(fs.readFileSync(CASES_PATH, 'utf8'));
const cases = data.cases;

/** Cases whose difference comes from code outside these types (each must still differ; remove it from here when it passes). */
const KNOWN_DIVERGENT = new Set<string>();

/** pyheap's modules written in Python (the programs import sys, which may use them). */
const LIB_DIR = path.resolve(path.dirname(CASES_PATH), '..', '..', 'lib');

function run(source: string): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const host: Host = {
    readFile: (p) => (fs.existsSync(p) && fs.statSync(p).isFile() ? fs.readFileSync(p) : null),
    isDir: (p) => fs.existsSync(p) && fs.statSync(p).isDirectory(),
    writeOut: (s) => {
      stdout += s;
    },
    writeErr: (s) => {
      stderr += s;
    },
    join: (...parts) => path.join(...parts),
    dirname: (p) => path.dirname(p),
    resolve: (p) => path.resolve(p),
  };
  const interp = new Interpreter(host, { argv: ['case.py'], path: [LIB_DIR] });
  interp.runMain(source, '<case>');
  return { stdout, stderr };
}

for (const c of cases) {
  test(c.name, () => {
    const r = run(c.source);
    if (KNOWN_DIVERGENT.has(c.name)) {
      assert.notEqual(r.stdout, c.stdout, `${c.name} now matches CPython: remove it from KNOWN_DIVERGENT`);
      return;
    }
    assert.equal(r.stderr, '', 'no uncaught error');
    assert.equal(r.stdout, c.stdout);
  });
}

// foldedFrozenset gives the layout of the constant a display of constants
// updates its new set from, so the set's order must be the display's.
test('foldedFrozenset: the iteration order of constant set displays', () => {
  bootstrap();
  for (const f of data.folded) {
    const items: PyObject[] = f.items.map((x) =>
      typeof x === 'string' ? newStr(x) : typeof x === 'number' ? newIntAny(x) : newIntAny(BigInt(x.int)));
    const frozen = foldedFrozenset(items);
    const s = newSet();
    setUpdate(s, frozen);
    assert.equal(reprJS(s) + '\n', f.repr);
    decref(s);
    decref(frozen);
    for (const x of items) decref(x);
  }
});
