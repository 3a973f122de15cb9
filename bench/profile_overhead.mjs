#!/usr/bin/env node
// What cProfile costs: each program of bench/programs/ run plainly and under
// `-m cProfile -o FILE` (the report goes to a file, so that only profiling is
// measured), by pyheap and by CPython (the runner: overhead.mjs).
//
//   node bench/profile_overhead.mjs [--rounds N] [--filter substr] [--wall]
//
// The table gives each configuration's CPU time (the least over the rounds)
// and the two ratios, profiled over plain: pyheap's (the target is at most
// 2x) beside CPython's own.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureOverhead } from './overhead.mjs';

const out = path.join(os.tmpdir(), `pyheap-profile-overhead-${process.pid}.prof`);
try {
  measureOverhead({ name: 'cProfile', args: ['-m', 'cProfile', '-o', out] }, process.argv.slice(2),
    'usage: node bench/profile_overhead.mjs [--rounds N] [--filter substr] [--wall]');
} finally {
  fs.rmSync(out, { force: true });
}
