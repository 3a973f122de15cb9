#!/usr/bin/env node
// The long version of tests/parse/fuzz.test.ts: mutates windows of the whole
// CPython stdlib for a time budget and checks that `parse` returns a tree or
// throws a sane PySyntaxError (and decodeSource likewise), that trees dump,
// and that no input takes seconds. Every failing input is written to
// .cache/fuzz/ for reproduction.
//
//   node tools/fuzz_parse.mjs [--seconds N] [--seed S] [--jobs N]
//
// Inputs are a deterministic function of (seed, worker, index): a hung worker
// is stopped and the input it was on is regenerated from its index. Uses the
// mutation engine exported by the fuzz test; run `npx tsc -p .` first.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { findStdlib, listStdlibFiles } from './check_stdlib_ast.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENGINE = path.join(REPO, 'dist', 'tests', 'parse', 'fuzz.test.js');
const OUT_DIR = path.join(REPO, '.cache', 'fuzz');
/** No progress for this long: the input is recorded as a hang and the worker restarted. */
const HANG_MS = 10_000;

process.env.PYHEAP_FUZZ_NO_TESTS = '1';

async function loadEngine() {
  if (!fs.existsSync(ENGINE)) {
    console.error(`${path.relative(REPO, ENGINE)} not found: run \`npx tsc -p .\` first`);
    process.exit(2);
  }
  const engine = await import(pathToFileURL(ENGINE).href);
  const { decodeSource } = await import(pathToFileURL(path.join(REPO, 'dist', 'src', 'parse', 'index.js')).href);
  return { ...engine, decodeSource };
}

/** The stdlib as text, one entry per file that decodes. */
function loadStdlib(decodeSource) {
  const root = findStdlib();
  const out = [];
  for (const f of listStdlibFiles(root)) {
    try {
      out.push({ name: path.relative(root, f), lines: decodeSource(new Uint8Array(fs.readFileSync(f)), f, 'file').split('\n') });
    } catch { /* CPython rejects it too */ }
  }
  return out;
}

/**
 * The input stream for `seed`: first the extreme inputs (one worker only), then
 * random windows of stdlib files, mutated, truncated, crossed or corrupted.
 */
function* inputStream(engine, files, seed, extreme) {
  if (extreme) yield* engine.extremeInputs();
  const rng = engine.makeRng(seed);
  const int = (n) => Math.floor(rng() * n);
  const window = () => {
    const f = files[int(files.length)];
    if (rng() < 0.1) return { name: f.name, text: f.lines.join('\n') };
    // Mostly start at a top-level line, or nearly every window is an "unexpected indent".
    let start = int(f.lines.length);
    if (rng() < 0.8) while (start > 0 && !/^[^\s#]/.test(f.lines[start] ?? '')) start--;
    const len = 5 + int(300);
    return { name: `${f.name}:${start + 1}-${start + len}`, text: f.lines.slice(start, start + len).join('\n') + '\n' };
  };
  for (let k = 0; ; k++) {
    const w = window();
    const r = rng();
    if (r < 0.6) {
      yield engine.mutants(w.name, w.text, rng, 1).next().value;
    } else if (r < 0.75) {
      const at = int(w.text.length + 1);
      yield { label: `${w.name} cut at ${at}`, source: w.text.slice(0, at), mode: 'exec', typeComments: true };
    } else if (r < 0.9) {
      yield engine.byteInputs(w.name, [w.text], rng, 1).next().value;
    } else {
      const v = window();
      const a = int(w.text.length + 1), b = int(v.text.length + 1);
      yield { label: `${w.name}[:${a}] + ${v.name}[${b}:]`, source: w.text.slice(0, a) + v.text.slice(b), mode: 'exec', typeComments: rng() < 0.5 };
    }
  }
}

// --- worker -----------------------------------------------------------------

async function workerMain() {
  const { seed, extreme, startAt, deadline, progress } = workerData;
  const engine = await loadEngine();
  const files = loadStdlib(engine.decodeSource);
  let index = 0, trees = 0, errors = 0, slowest = { ms: 0, label: '' };
  for (const input of inputStream(engine, files, seed, extreme)) {
    if (Date.now() > deadline) break;
    if (index < startAt) { index++; continue; }
    Atomics.store(progress, 0, index);
    try {
      const o = engine.checkInput(input, trees % 20 === 0);
      if (o.result === 'tree') trees++; else errors++;
      if (o.ms > slowest.ms) slowest = { ms: o.ms, label: input.label };
    } catch (e) {
      if (!(e instanceof engine.FuzzFailure)) throw e;
      parentPort.postMessage({ type: 'failure', index, reason: e.reason, description: e.describe(600), input: e.input });
    }
    index++;
  }
  parentPort.postMessage({ type: 'done', index, trees, errors, slowest });
}

// --- main -------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { seconds: 60, seed: 1, jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length) };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--seconds') opts.seconds = Number(argv[++i]);
    else if (argv[i] === '--seed') opts.seed = Number(argv[++i]);
    else if (argv[i] === '--jobs') opts.jobs = Math.max(1, Number(argv[++i]));
    else {
      console.error('usage: node tools/fuzz_parse.mjs [--seconds N] [--seed S] [--jobs N]');
      process.exit(2);
    }
  }
  return opts;
}

function saveFailure(seed, index, f) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const base = path.join(OUT_DIR, `seed${seed}-${index}`);
  const input = f.input;
  const file = input.bytes ? `${base}.bin` : `${base}.py`;
  fs.writeFileSync(file, input.bytes ? Buffer.from(input.bytes) : input.source ?? '');
  fs.writeFileSync(`${base}.txt`, `${f.description}\n\nreproduce: parse(fs.readFileSync(${JSON.stringify(path.relative(REPO, file))}${input.bytes ? '' : ", 'utf8'"}), { filename: '<fuzz>', mode: '${input.mode}', typeComments: ${input.typeComments} })${input.bytes ? ' after decodeSource(bytes, "<fuzz>", "file")' : ''}\n`);
  return file;
}

async function cliMain() {
  const opts = parseArgs(process.argv.slice(2));
  const engine = await loadEngine();
  const deadline = Date.now() + opts.seconds * 1000;
  console.log(`fuzzing the parser over the stdlib for ${opts.seconds} s, seeds ${opts.seed}..${opts.seed + opts.jobs - 1}, ${opts.jobs} worker(s)`);
  let files = null; // loaded only if an input has to be regenerated after a hang
  const totals = { inputs: 0, trees: 0, errors: 0, failures: 0, slowest: { ms: 0, label: '' } };
  const reasons = new Map();
  const record = (seed, index, f) => {
    totals.failures++;
    const key = f.reason.replace(/\d+ ms/, 'N ms');
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
    const file = saveFailure(seed, index, f);
    if (totals.failures <= 20) console.log(`FAIL ${f.input.label}: ${f.reason}\n  saved to ${path.relative(REPO, file)}`);
  };

  const runSeed = (seed, startAt) => new Promise((resolve) => {
    const extreme = seed === opts.seed;
    const progress = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(progress, 0, -1); // -1 while the worker loads the stdlib
    const w = new Worker(new URL(import.meta.url), {
      workerData: { role: 'fuzz_parse', seed, extreme, startAt, deadline, progress },
      env: { ...process.env, PYHEAP_FUZZ_NO_TESTS: '1' },
      resourceLimits: { stackSizeMb: 1 }, // about the main thread's stack, where the CLI parses
    });
    let last = -1, lastChange = Date.now();
    const watch = setInterval(() => {
      const at = Atomics.load(progress, 0);
      if (at !== last || at < 0) { last = at; lastChange = Date.now(); return; }
      if (Date.now() - lastChange < HANG_MS) return;
      clearInterval(watch);
      void w.terminate();
      files ??= loadStdlib(engine.decodeSource);
      let n = 0, input;
      for (const x of inputStream(engine, files, seed, extreme)) if (n++ === at) { input = x; break; }
      const f = new engine.FuzzFailure(input, `no result after ${HANG_MS} ms (hang?)`, null);
      record(seed, at, { reason: f.reason, description: f.describe(600), input });
      totals.inputs += at - startAt + 1;
      if (Date.now() < deadline) runSeed(seed, at + 1).then(resolve); else resolve();
    }, 500);
    w.on('message', (m) => {
      if (m.type === 'failure') { record(seed, m.index, m); return; }
      clearInterval(watch);
      totals.inputs += m.index - startAt;
      totals.trees += m.trees;
      totals.errors += m.errors;
      if (m.slowest.ms > totals.slowest.ms) totals.slowest = m.slowest;
      resolve();
    });
    w.on('error', (e) => {
      clearInterval(watch);
      const at = Atomics.load(progress, 0);
      console.log(`worker for seed ${seed} died at input ${at}: ${e?.stack ?? e}`);
      totals.failures++;
      if (Date.now() < deadline) runSeed(seed, at + 1).then(resolve); else resolve();
    });
  });

  await Promise.all(Array.from({ length: opts.jobs }, (_, k) => runSeed(opts.seed + k, 0)));
  console.log(`\ninputs ${totals.inputs} (${(totals.inputs / opts.seconds).toFixed(0)}/s): trees ${totals.trees}, SyntaxErrors ${totals.errors}, failures ${totals.failures}`);
  console.log(`slowest input: ${totals.slowest.ms.toFixed(0)} ms (${totals.slowest.label})`);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${reason}`);
  if (totals.failures > 0) console.log(`failing inputs: ${path.relative(REPO, OUT_DIR)}/seed*-*.{py,bin,txt}`);
  return totals.failures === 0 ? 0 : 1;
}

if (!isMainThread && workerData?.role === 'fuzz_parse') {
  await workerMain();
} else if (isMainThread) {
  process.exitCode = await cliMain();
}
