#!/usr/bin/env node
// Rewrite tests/conformance/FOLDER/KNOWN_FAILING (FOLDER: run, the default, or seed): the programs whose
// output pyheap does not yet match. Prints the pass count per area.
// Build first (npm run build).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, loadPrograms, runAll, sameOutcome, maskFor } from '../dist/tests/run/harness.js';

const folder = process.argv[2] ?? 'run';
const dir = path.join(ROOT, 'tests', 'conformance', folder);
const programs = loadPrograms(dir);
const results = await runAll(programs, Number(process.env.JOBS ?? 4));
const failing = programs.filter((p) => !sameOutcome(results.get(p.name), p.expected, maskFor(folder))).map((p) => p.name);
const areas = new Map();
for (const p of programs) {
  const a = p.name.split('_')[0];
  const e = areas.get(a) ?? [0, 0];
  e[1]++;
  if (!failing.includes(p.name)) e[0]++;
  areas.set(a, e);
}
for (const [a, [pass, all]] of [...areas].sort()) console.log(`${a.padEnd(10)} ${String(pass).padStart(4)} / ${all}`);
console.log(`total      ${programs.length - failing.length} / ${programs.length}`);
fs.writeFileSync(path.join(dir, 'KNOWN_FAILING'),
  '# Corpus programs whose output pyheap does not match yet (written by tools/known_failing.mjs).\n' +
  failing.map((n) => n + '\n').join(''));
