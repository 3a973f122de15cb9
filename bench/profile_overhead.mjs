#!/usr/bin/env node
// What cProfile costs: each program of bench/programs/ run plainly and under
// `-m cProfile -o FILE` (the report goes to a file, so that only profiling is
// timed), by pyheap and by CPython, the four runs alternating per round.
//
//   node bench/profile_overhead.mjs [--rounds N] [--filter substr]
//
// The table gives the median wall time of each and the two ratios, profiled
// over plain: pyheap's (the target is at most 2x) beside CPython's own.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS_DIR = path.join(REPO, 'bench', 'programs');
const USAGE = 'usage: node bench/profile_overhead.mjs [--rounds N] [--filter substr]';

function parseArgs(argv) {
  const opts = { rounds: 3, filter: '' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[++i];
    if (next === undefined) usage(`${arg} needs a value`);
    if (arg === '--rounds') {
      opts.rounds = Number(next);
      if (!Number.isInteger(opts.rounds) || opts.rounds < 1) usage('--rounds takes a positive integer');
    } else if (arg === '--filter') {
      opts.filter = next;
    } else {
      usage(`unknown argument ${arg}`);
    }
  }
  return opts;
}

function usage(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/** CPython itself, not a launcher in front of it (pyenv's shim costs more than CPython's start-up). */
function pythonExecutable() {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  if (r.status !== 0) usage('python3 is needed');
  return r.stdout.trim();
}

function timeRun(cmd, args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: PROGRAMS_DIR,
    env: { ...process.env, PYTHONHASHSEED: '0' },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 600_000,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${String(r.stderr).slice(0, 400)}`);
  return seconds;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const python = pythonExecutable();
  const pyheap = [process.execPath, '--stack-size=3900', path.join(REPO, 'bin', 'pyheap.js')];
  const out = path.join(os.tmpdir(), `pyheap-profile-overhead-${process.pid}.prof`);
  const programs = fs.readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith('.py') && f.includes(opts.filter)).sort();
  const runs = {
    cpython: (p) => timeRun(python, [p]),
    cpythonProf: (p) => timeRun(python, ['-m', 'cProfile', '-o', out, p]),
    pyheap: (p) => timeRun(pyheap[0], [...pyheap.slice(1), p]),
    pyheapProf: (p) => timeRun(pyheap[0], [...pyheap.slice(1), '-m', 'cProfile', '-o', out, p]),
  };
  console.log('program            CPython  +cProfile  ratio |  pyheap  +cProfile  ratio');
  const ratios = { cpython: [], pyheap: [] };
  for (const p of programs) {
    const times = { cpython: [], cpythonProf: [], pyheap: [], pyheapProf: [] };
    for (let r = 0; r < opts.rounds; r++) {
      for (const k of Object.keys(runs)) times[k].push(runs[k](p));
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    const rc = m.cpythonProf / m.cpython;
    const rp = m.pyheapProf / m.pyheap;
    ratios.cpython.push(rc);
    ratios.pyheap.push(rp);
    console.log(`${p.padEnd(17)} ${m.cpython.toFixed(2).padStart(7)}s ${m.cpythonProf.toFixed(2).padStart(8)}s ${rc.toFixed(2).padStart(5)}x |` +
      ` ${m.pyheap.toFixed(2).padStart(6)}s ${m.pyheapProf.toFixed(2).padStart(8)}s ${rp.toFixed(2).padStart(5)}x`);
  }
  const geo = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
  if (programs.length > 0) {
    console.log(`geometric mean of the ratios: CPython ${geo(ratios.cpython).toFixed(2)}x, pyheap ${geo(ratios.pyheap).toFixed(2)}x`);
  }
  fs.rmSync(out, { force: true });
}

main();
