#!/usr/bin/env node
// Speed of whole programs, pyheap against CPython, in one run with alternating
// runs (python3, pyheap, python3, pyheap, ...) so that both see the same machine.
//
//   node bench/run.mjs [--rounds N] [--filter substr] [--engine CMD] [--json FILE] [--timeout S]
//
// Each program in bench/programs/ runs as a fresh process, as the fidelity
// contract runs it: `PYTHONHASHSEED=0 python3 prog.py` from the program's own
// folder. What is timed is the wall time of the whole process (start-up
// included), measured with process.hrtime around a synchronous spawn; the
// table reports the median of the rounds. Every pyheap run's stdout must be
// byte-identical to CPython's: a difference is a failure (exit status 1), while
// a pyheap run that crashes, exits non-zero or times out marks the program
// `n/a` and the suite goes on. `--engine` takes the command that stands in for
// pyheap (default `bin/pyheap.js`, run through its shebang as the installed
// `pyheap` command is), e.g. `--engine python3` to try the runner itself. Start-up is `print(1)` via `-c` and via a file, 20 runs each.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { requirePython311 } from '../tools/check_stdlib_ast.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PROGRAMS_DIR = path.join(REPO, 'bench', 'programs');
const STARTUP_RUNS = 20;
const USAGE = 'usage: node bench/run.mjs [--rounds N] [--filter substr] [--engine CMD] [--json FILE] [--timeout S]';

function parseArgs(argv) {
  const opts = { rounds: 5, filter: '', engine: null, json: null, timeoutS: 300 };
  const value = (i) => {
    if (i >= argv.length) usageError(`${argv[i - 1]} needs a value`);
    return argv[i];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--rounds') opts.rounds = positiveInt(arg, value(++i));
    else if (arg === '--filter') opts.filter = value(++i);
    else if (arg === '--engine') opts.engine = value(++i);
    else if (arg === '--json') opts.json = path.resolve(value(++i));
    else if (arg === '--timeout') opts.timeoutS = positiveInt(arg, value(++i));
    else usageError(`unknown argument ${arg}`);
  }
  return opts;
}

function positiveInt(flag, text) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) usageError(`${flag} takes a positive integer, not ${text}`);
  return n;
}

function usageError(message) {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

/**
 * The engine's argv. Runs happen in each program's folder, so words of the
 * command that name files relative to the caller's folder (`bin/pyheap.js`)
 * are made absolute first.
 */
function engineCommand(spec) {
  if (spec === null) return [path.join(REPO, 'bin', 'pyheap.js')];
  const words = spec.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) usageError('--engine needs a command');
  return words.map((w) => (w.includes('/') && fs.existsSync(w) ? path.resolve(w) : w));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const geometricMean = (xs) => Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length);

/**
 * The interpreter `python3` stands for. `python3` may be a launcher script
 * (pyenv's shim costs more than CPython's own start-up), which is no part of
 * what is measured.
 */
function cpythonExecutable() {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  const exe = r.stdout?.trim();
  if (r.status !== 0 || !exe) {
    console.error(`cannot find python3's executable: ${r.error?.message ?? r.stderr}`);
    process.exit(2);
  }
  return exe;
}

/** Runs argv to completion in cwd; returns the wall time in seconds and what it printed. */
function runTimed(argv, cwd, timeoutS) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), {
    cwd,
    env: { ...process.env, PYTHONHASHSEED: '0' },
    maxBuffer: 256 * 1024 * 1024,
    timeout: timeoutS * 1000,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { seconds, ...r };
}

/** Why a run did not finish normally, in one line, or null when it did. */
function failureOf(r, timeoutS) {
  if (r.error?.code === 'ETIMEDOUT') return `timed out after ${timeoutS} s`;
  if (r.error) return r.error.message;
  if (r.status === 0) return null;
  const lines = r.stderr.toString('utf8').split('\n').filter((l) => l.trim() !== '');
  const how = r.signal ? `killed by ${r.signal}` : `exit status ${r.status}`;
  return lines.length ? `${how}: ${lines[lines.length - 1].trim()}` : how;
}

/** The first line where two outputs differ, for the mismatch report. */
function firstDifference(expected, actual) {
  const e = expected.toString('utf8').split('\n');
  const a = actual.toString('utf8').split('\n');
  for (let i = 0; i < Math.max(e.length, a.length); i++) {
    if (e[i] !== a[i]) {
      const show = (l) => (l === undefined ? '(no line)' : JSON.stringify(l.slice(0, 100)));
      return `line ${i + 1}: CPython ${show(e[i])}, got ${show(a[i])}`;
    }
  }
  return 'outputs differ in bytes that are not valid UTF-8';
}

/**
 * Alternating rounds of one program. CPython's first output is the reference;
 * a CPython run that fails or prints something else later makes the program
 * itself broken (nondeterministic), which is also a failure. Status: `ok`,
 * `n/a` (pyheap crashed), `mismatch` (pyheap printed something else; its
 * times are kept but give no ratio) or `broken`.
 */
function benchProgram(file, cpython, engine, opts) {
  const cwd = path.dirname(file);
  const name = path.basename(file);
  const result = {
    name: name.replace(/\.py$/, ''),
    status: 'ok',
    detail: null,
    cpython: { times_s: [], median_s: null },
    engine: { times_s: [], median_s: null },
    ratio: null,
  };
  let reference = null;
  let engineStopped = false;
  for (let round = 1; round <= opts.rounds; round++) {
    const c = runTimed([cpython, name], cwd, opts.timeoutS);
    const cpyFailure = failureOf(c, opts.timeoutS);
    if (cpyFailure !== null || (reference !== null && !c.stdout.equals(reference))) {
      result.status = 'broken';
      result.detail = `CPython round ${round}: ${cpyFailure ?? 'output differs from round 1'}`;
      return result;
    }
    reference ??= c.stdout;
    result.cpython.times_s.push(c.seconds);

    if (engineStopped) continue;
    const p = runTimed([...engine, name], cwd, opts.timeoutS);
    const failure = failureOf(p, opts.timeoutS);
    if (failure !== null) {
      // A crash or unsupported feature: no time for this program, the suite
      // goes on. A mismatch seen in an earlier round stays the verdict.
      engineStopped = true;
      if (result.status === 'ok') {
        result.status = 'n/a';
        result.detail = `round ${round}: ${failure}`;
        result.engine.times_s = [];
      }
      continue;
    }
    result.engine.times_s.push(p.seconds);
    if (!p.stdout.equals(reference) && result.status === 'ok') {
      result.status = 'mismatch';
      result.detail = `round ${round}: ${firstDifference(reference, p.stdout)}`;
    }
  }
  result.cpython.median_s = median(result.cpython.times_s);
  if (result.engine.times_s.length > 0) result.engine.median_s = median(result.engine.times_s);
  if (result.status === 'ok') result.ratio = result.engine.median_s / result.cpython.median_s;
  return result;
}

/**
 * `print(1)` through `-c` and through a file, CPython and the engine
 * alternating, STARTUP_RUNS each; medians in milliseconds. CPython with -S
 * (no `site`) is measured alongside, because the .pth files of an
 * installation's site-packages can cost more than the interpreter itself.
 */
function benchStartup(cpython, engine, timeoutS) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-startup-'));
  try {
    fs.writeFileSync(path.join(dir, 'print1.py'), 'print(1)\n');
    const ways = { c_ms: ['-c', 'print(1)'], file_ms: ['print1.py'] };
    const sides = { cpython: [cpython], cpython_no_site: [cpython, '-S'], engine };
    const times = {};
    const notes = {};
    for (const side of Object.keys(sides)) {
      times[side] = { c_ms: [], file_ms: [] };
      notes[side] = {};
    }
    for (let i = 0; i < STARTUP_RUNS; i++) {
      for (const [way, args] of Object.entries(ways)) {
        for (const [side, argv] of Object.entries(sides)) {
          if (notes[side][way]) continue;
          const r = runTimed([...argv, ...args], dir, timeoutS);
          const out = r.stdout?.toString('utf8');
          const failure = failureOf(r, timeoutS) ??
            (out === '1\n' ? null : `printed ${JSON.stringify(out.slice(0, 100))} instead of "1\\n"`);
          if (failure !== null) notes[side][way] = failure;
          else times[side][way].push(r.seconds * 1000);
        }
      }
    }
    const summary = {};
    for (const side of Object.keys(sides)) {
      summary[side] = {};
      for (const way of Object.keys(ways)) {
        summary[side][way] = notes[side][way] ? null : median(times[side][way]);
      }
      summary[side].notes = notes[side];
    }
    return summary;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const COLUMNS = '  program            CPython s   pyheap s    ratio';

function formatRow(r) {
  const secs = (x) => (x === null ? 'n/a' : x.toFixed(3)).padStart(10);
  const ratio = (r.ratio === null ? '' : `${r.ratio.toFixed(2)}x`).padStart(9);
  const line = `  ${r.name.padEnd(16)} ${secs(r.cpython.median_s)} ${secs(r.engine.median_s)} ${ratio}`;
  return r.status === 'ok' ? line : `${line}   ${r.status === 'n/a' ? 'n/a:' : r.status.toUpperCase()} ${r.detail}`;
}

function benchMain() {
  const opts = parseArgs(process.argv.slice(2));
  const pythonVersion = requirePython311();
  const cpython = cpythonExecutable();
  const engine = engineCommand(opts.engine);
  const files = fs.readdirSync(PROGRAMS_DIR)
    .filter((f) => f.endsWith('.py') && f.slice(0, -3).includes(opts.filter))
    .sort()
    .map((f) => path.join(PROGRAMS_DIR, f));
  if (files.length === 0) usageError(`no program in bench/programs matches "${opts.filter}"`);

  console.log(`CPython ${pythonVersion} = ${cpython}`);
  console.log(`pyheap = \`${engine.join(' ')}\` (node ${process.version})`);
  console.log(`${files.length} program(s), ${opts.rounds} alternating round(s), median wall time of the whole process; ` +
    `ratio = pyheap / CPython (lower is better)\n`);
  console.log(COLUMNS);
  const results = [];
  for (const file of files) {
    const r = benchProgram(file, cpython, engine, opts);
    results.push(r);
    console.log(formatRow(r));
  }

  const ratios = results.filter((r) => r.ratio !== null).map((r) => r.ratio);
  const geomean = ratios.length ? geometricMean(ratios) : null;
  console.log(`\n  geometric mean of ratios: ${geomean === null ? 'n/a (no program ran)' : `${geomean.toFixed(2)}x`} ` +
    `over ${ratios.length} of ${results.length} programs`);

  const startup = benchStartup(cpython, engine, opts.timeoutS);
  const ms = (x) => (x === null ? 'n/a' : `${x.toFixed(1)} ms`);
  console.log(`\n  start-up, print(1), median of ${STARTUP_RUNS} alternating runs:`);
  for (const [way, label] of [['c_ms', '-c  '], ['file_ms', 'file']]) {
    console.log(`    ${label}   CPython ${ms(startup.cpython[way])} (with -S: ${ms(startup.cpython_no_site[way])}), ` +
      `pyheap ${ms(startup.engine[way])}`);
  }
  const sideLabels = { cpython: 'CPython', cpython_no_site: 'CPython -S', engine: 'pyheap' };
  for (const [side, summary] of Object.entries(startup)) {
    for (const [way, note] of Object.entries(summary.notes)) {
      console.log(`    ${sideLabels[side]} ${way === 'c_ms' ? '-c' : 'file'}: ${note}`);
    }
  }

  const failures = results.filter((r) => r.status === 'mismatch' || r.status === 'broken');
  if (failures.length) console.log(`\n  FAILED: ${failures.map((r) => r.name).join(', ')}`);
  if (opts.json) {
    const report = {
      cpython: pythonVersion,
      cpython_executable: cpython,
      engine: engine.join(' '),
      node: process.version,
      rounds: opts.rounds,
      programs: results,
      geomean: { ratio: geomean, programs: ratios.length },
      startup,
      failures: failures.map((r) => r.name),
    };
    fs.writeFileSync(opts.json, JSON.stringify(report, null, 2) + '\n');
  }
  return failures.length ? 1 : 0;
}

process.exitCode = benchMain();
