#!/usr/bin/env -S PHCA=${NODE_EXTRA_CA_CERTS} NODE_EXTRA_CA_CERTS= node --stack-size=3900 --max-valid-polymorphic-map-count=32
// A larger JS stack lets the parser's error pass handle the 200 levels of
// bracket nesting that CPython's tokenizer allows (Linux gives the main thread 8 MB).
// The polymorphism flag is explained below.
//
// On a terminal the interpreter runs in a worker thread (this same file), so
// that Ctrl-C can reach it while it runs: the main thread turns SIGINT into a
// flag that the running program sees as KeyboardInterrupt. Elsewhere it runs
// right here.
//
// Node 20 reads and parses every certificate of NODE_EXTRA_CA_CERTS as it
// starts, before any script runs (an empty value: none): 35 to 40 ms for a
// system bundle of 150 certificates, as much as pyheap's own start-up.
// pyheap makes no TLS connections, so the shebang starts Node with the
// variable empty and its value in PHCA, and it is put back here, in its
// place: the program sees the environment it was given (os.environ, child
// processes). The shebang cannot tell a variable set empty from one not set;
// both are taken as not set. The shebang line stays under 128 bytes, where
// kernels before Linux 5.1 cut it.
//
// This file is CommonJS (bin/package.json says so): Node's ES module loader
// would cost a program's start-up several milliseconds more.
'use strict';

const carriedCA = process.env.PHCA;
if (carriedCA !== undefined) {
  delete process.env.PHCA;
  if (carriedCA === '') delete process.env.NODE_EXTRA_CA_CERTS;
  else process.env.NODE_EXTRA_CA_CERTS = carriedCA;
}
const { readFileSync, statSync, fstatSync, writeFileSync, renameSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { pathToFileURL } = require('node:url');
const vm = require('node:vm');

// Every Python object is a JS object of its type's class, so the runtime's
// shared helpers (reference counts, type checks) see a dozen or more hidden
// classes at one site. Past 4 V8 makes such a site megamorphic, a hash
// probe per access; up to 32 it stays polymorphic, which optimized code
// turns into map checks and one load (10-15% less time on the benchmarks).
// The shebang gives V8 the flag; a plain `node bin/pyheap.js` sets it here,
// which costs start-up about 1.5 ms: node:v8 loads Node's stream modules.
const POLYMORPHISM = '--max-valid-polymorphic-map-count=32';
if (!process.execArgv.includes(POLYMORPHISM)) require('node:v8').setFlagsFromString(POLYMORPHISM);

const BUNDLE = join(__dirname, '../dist/bundle/cli.cjs');
const LIB_BUNDLE = join(__dirname, '../dist/bundle/lib/');

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/** Scripts whose code cache was missing or stale: a new one is written after the run. */
const uncached = [];

/**
 * V8 accepts a code cache only from a process with the same flags: each set of
 * Node options (the shebang's, a plain `node bin/pyheap.js`) has caches of its own.
 */
const FLAGS_KEY = process.execArgv.join(' ').replace(/[^A-Za-z0-9=.]+/g, '') || 'plain';

/**
 * Run a CommonJS script of dist/bundle compiled with its V8 code cache
 * (FILE.<flags>.cache); its exports. The CLI bundle is ASCII (tools/bundle.mjs
 * checks): read as latin1 it is a plain copy, not a UTF-8 decoding (3 ms less).
 */
function loadScript(file, encoding = 'utf8') {
  const cacheFile = file.replace(/\.cjs$/, `.${FLAGS_KEY}.cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, encoding)}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  // The scripts require Node's built-in modules alone: this file's require
  // serves them (node:module's createRequire would cost start-up 2 ms).
  script.runInThisContext()(module.exports, require, module, file, dirname(file));
  if (cachedData === undefined || script.cachedDataRejected) uncached.push({ script, cacheFile });
  return module.exports;
}

/** Write the code caches, with the functions this run compiled; a read-only install just goes without. */
function saveCodeCaches() {
  for (const { script, cacheFile } of uncached) {
    try {
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {
      // No cache: start-up is slower, nothing else changes.
    }
  }
}

/**
 * The CLI: the bundle (tools/bundle.mjs), or the plain tsc output when that is
 * newer (a build without bundling, as during development). With the bundle
 * comes the precompiled library (tools/precompile_lib.mjs): a script per
 * module, run when a program imports it.
 */
function loadCli() {
  const entry = join(__dirname, '../dist/src/cli/entry.js');
  if (mtime(BUNDLE) < mtime(entry)) return import(pathToFileURL(entry).href);
  const cli = loadScript(BUNDLE, 'latin1');
  const index = `${LIB_BUNDLE}index.json`;
  if (mtime(index) >= 0) cli.usePrecompiledLib(() => JSON.parse(readFileSync(index, 'utf8')), (file) => loadScript(LIB_BUNDLE + file));
  return cli;
}

/**
 * isatty(fd). Node's tty module loads its net and stream modules, which cost
 * start-up time: it is asked only about a character device (a terminal, or
 * /dev/null).
 */
function isTerminal(fd) {
  try {
    const st = fstatSync(fd);
    // Linux's memory devices (/dev/null, /dev/zero: major 1) are no terminals.
    if (!st.isCharacterDevice() || (process.platform === 'linux' && st.rdev >> 8 === 1)) return false;
  } catch {
    return false;
  }
  return require('node:tty').isatty(fd);
}

function run(cli) {
  const stdinIsTTY = isTerminal(0);
  const stdoutIsTTY = isTerminal(1);
  if (stdinIsTTY || stdoutIsTTY) {
    // A worker sees the same terminal: worker_threads tells which thread this is.
    const { isMainThread, workerData, parentPort, Worker } = require('node:worker_threads');
    if (isMainThread) startWorker(Worker, stdinIsTTY, stdoutIsTTY);
    else cli.runWorker(workerData, parentPort);
  } else {
    process.exitCode = cli.main(process.argv.slice(2), cli.nodeIO(false, false));
    saveCodeCaches();
    // Everything the program wrote has been written (synchronously): exiting
    // now skips Node's teardown of the environment and of V8's heap, about
    // 6 ms of every run.
    process.exit();
  }
}

function startWorker(Worker, stdinIsTTY, stdoutIsTTY) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(__filename, {
    argv: process.argv.slice(2),
    workerData: { flag, stdinIsTTY, stdoutIsTTY },
    resourceLimits: { stackSizeMb: 4 },
    stdin: false,
  });
  process.on('SIGINT', () => { Atomics.store(flag, 0, 1); });
  worker.on('message', (status) => { process.exitCode = status; });
  worker.on('exit', () => { process.exit(process.exitCode ?? 0); });
}

const cli = loadCli();
if (cli instanceof Promise) cli.then(run);
else run(cli);
