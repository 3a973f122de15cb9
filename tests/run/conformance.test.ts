// Every program of tests/conformance/run (and the seed snippets) must print
// what CPython 3.11 printed for it. KNOWN_FAILING lists the programs that do
// not yet; each of them must still fail, so the list only ever shrinks
// (tools/known_failing.mjs rewrites it after a change). The seed snippets'
// clock figures are masked (the fidelity contract's clock rule).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { ROOT, loadPrograms, runAll, sameOutcome, knownFailing, maskFor } from './harness.js';

for (const folder of ['run', 'seed']) {
  const dir = path.join(ROOT, 'tests', 'conformance', folder);
  const programs = loadPrograms(dir);
  const failing = knownFailing(dir);
  const results = runAll(programs);

  test(`conformance/${folder}: ${programs.length} programs`, async (t) => {
    const got = await results;
    for (const p of programs) {
      const r = got.get(p.name)!;
      const mask = maskFor(folder);
      const ok = sameOutcome(r, p.expected, mask);
      await t.test(p.name, () => {
        if (failing.has(p.name)) {
          assert.ok(!ok, `${p.name} now passes: remove it from KNOWN_FAILING (node tools/known_failing.mjs)`);
          return;
        }
        assert.equal(mask(r.stdout), mask(p.expected.stdout), 'stdout');
        assert.equal(mask(r.stderr), mask(p.expected.stderr), 'stderr');
        assert.equal(r.status, p.expected.status, 'exit status');
      });
    }
  });
}
