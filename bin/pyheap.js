#!/usr/bin/env -S node --stack-size=3900
// A larger JS stack lets the parser's error pass handle the 200 levels of
// bracket nesting that CPython's tokenizer allows (Linux gives the main thread 8 MB).
//
// On a terminal the interpreter runs in a worker thread (this same file), so
// that Ctrl-C can reach it while it runs: the main thread turns SIGINT into a
// flag that the running program sees as KeyboardInterrupt. Elsewhere it runs
// right here.
import { readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { isMainThread, Worker } from 'node:worker_threads';

const BUNDLE = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
const CODE_CACHE = BUNDLE.replace(/\.cjs$/, '.cache');

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * The CLI: the bundle (tools/bundle.mjs), compiled with V8's code cache, or
 * the plain tsc output when that is newer (a build without bundling, as
 * during development). `script` is the bundle's script when its cache is
 * missing or stale, so that a new one can be written after the run.
 */
async function loadCli() {
  const entry = new URL('../dist/src/cli/entry.js', import.meta.url);
  if (mtime(BUNDLE) < mtime(fileURLToPath(entry))) return { cli: await import(entry.href), script: null };
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    cachedData = undefined;
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`;
  const script = new vm.Script(source, { filename: BUNDLE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { cli: module.exports, script: cachedData === undefined || script.cachedDataRejected ? script : null };
}

/** Write the code cache, with the functions this run compiled; a read-only install just goes without. */
function saveCodeCache(script) {
  try {
    const tmp = `${CODE_CACHE}.${process.pid}`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, CODE_CACHE);
  } catch {
    // No cache: start-up is slower, nothing else changes.
  }
}

const { cli, script } = await loadCli();

if (!isMainThread) {
  cli.runWorker();
} else if (process.stdin.isTTY || process.stdout.isTTY) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(new URL(import.meta.url), {
    argv: process.argv.slice(2),
    workerData: { flag, stdinIsTTY: process.stdin.isTTY === true, stdoutIsTTY: process.stdout.isTTY === true },
    resourceLimits: { stackSizeMb: 4 },
    stdin: false,
  });
  process.on('SIGINT', () => { Atomics.store(flag, 0, 1); });
  worker.on('message', (status) => { process.exitCode = status; });
  worker.on('exit', () => { process.exit(process.exitCode ?? 0); });
} else {
  process.exitCode = cli.main(process.argv.slice(2));
  if (script !== null) saveCodeCache(script);
}
