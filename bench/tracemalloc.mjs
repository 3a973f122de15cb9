#!/usr/bin/env node
// What tracing allocations costs: each program of bench/programs/ run
// plainly and under `-X tracemalloc` (one frame per traceback, the default),
// by pyheap and by CPython (the runner: overhead.mjs).
//
//   node bench/tracemalloc.mjs [--rounds N] [--filter substr] [--wall]
//
// The table gives each configuration's CPU time (the least over the rounds)
// and the two ratios, traced over plain: pyheap's (the target is at most 2x)
// beside CPython's own.

import { measureOverhead } from './overhead.mjs';

measureOverhead({ name: 'tracemalloc', args: ['-X', 'tracemalloc'] }, process.argv.slice(2),
  'usage: node bench/tracemalloc.mjs [--rounds N] [--filter substr] [--wall]');
