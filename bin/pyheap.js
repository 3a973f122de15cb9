#!/usr/bin/env -S node --stack-size=3900
// A larger JS stack lets the parser's error pass handle the 200 levels of
// bracket nesting that CPython's tokenizer allows (Linux gives the main thread 8 MB).
//
// On a terminal the interpreter runs in a worker thread, so that Ctrl-C can
// reach it while it runs: the main thread turns SIGINT into a flag that the
// running program sees as KeyboardInterrupt. Elsewhere it runs right here.
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

// The bundle (tools/bundle.mjs) starts twice as fast; the plain tsc output is
// used when it is newer (a build without bundling, as during development).
function mtime(rel) {
  try {
    return statSync(new URL(rel, import.meta.url)).mtimeMs;
  } catch {
    return -1;
  }
}
const dir = mtime('../dist/bundle/main.js') >= mtime('../dist/src/cli/main.js') ? '../dist/bundle/' : '../dist/src/cli/';
const { main } = await import(dir + 'main.js');

if (process.stdin.isTTY || process.stdout.isTTY) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL(dir + 'worker.js', import.meta.url), {
    argv: process.argv.slice(2),
    workerData: { flag, stdinIsTTY: process.stdin.isTTY === true, stdoutIsTTY: process.stdout.isTTY === true },
    resourceLimits: { stackSizeMb: 4 },
    stdin: false,
  });
  process.on('SIGINT', () => { Atomics.store(flag, 0, 1); });
  worker.on('message', (status) => { process.exitCode = status; });
  worker.on('exit', () => { process.exit(process.exitCode ?? 0); });
} else {
  process.exitCode = main(process.argv.slice(2));
}
