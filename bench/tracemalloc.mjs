#!/usr/bin/env node
// The cost of tracing allocations: each benchmark program under
// `-X tracemalloc` against the same program without it, for pyheap and for
// CPython, runs alternating so that both see the same machine.
//
//   node bench/tracemalloc.mjs [--rounds N] [programs...]   (default: objects recursion)
//
// Reports the median wall time of each configuration and the two overhead
// ratios (traced / untraced), pyheap's beside CPython's.

import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS_DIR = path.join(REPO, 'bench', 'programs');
const PYHEAP = path.join(REPO, 'bin', 'pyheap.js');

const args = process.argv.slice(2);
let rounds = 3;
const names = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--rounds') rounds = Math.max(1, Number(args[++i]) | 0);
  else names.push(args[i]);
}
if (names.length === 0) names.push('objects', 'recursion');

function timeRun(cmd, argv, cwd) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env: { ...process.env, PYTHONHASHSEED: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed: ${r.stderr}`);
  return s;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log('program      pyheap  +tracemalloc  ratio   python3  +tracemalloc  ratio');
for (const name of names) {
  const file = name.endsWith('.py') ? name : name + '.py';
  const configs = {
    pyheap: [process.execPath, ['--stack-size=3900', PYHEAP, file]],
    pyheapT: [process.execPath, ['--stack-size=3900', PYHEAP, '-X', 'tracemalloc', file]],
    cpython: ['python3', [file]],
    cpythonT: ['python3', ['-X', 'tracemalloc', file]],
  };
  const times = { pyheap: [], pyheapT: [], cpython: [], cpythonT: [] };
  for (let r = 0; r < rounds; r++) {
    for (const [k, [cmd, argv]] of Object.entries(configs)) times[k].push(timeRun(cmd, argv, PROGRAMS_DIR));
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  console.log(`${name.padEnd(12)} ${m.pyheap.toFixed(2).padStart(6)} ${m.pyheapT.toFixed(2).padStart(13)} ${(m.pyheapT / m.pyheap).toFixed(2).padStart(6)}x` +
    ` ${m.cpython.toFixed(2).padStart(8)} ${m.cpythonT.toFixed(2).padStart(13)} ${(m.cpythonT / m.cpython).toFixed(2).padStart(6)}x`);
}
