#!/usr/bin/env node
// Parser conformance over CPython 3.11's standard library: for every `.py` file,
// `pyheap -m ast -a FILE` must print exactly what `python3 -m ast -a FILE` prints,
// and the files CPython rejects must fail with the same SyntaxError report.
//
//   node tools/check_stdlib_ast.mjs [--jobs N] [--filter substr] [--show N] [--refresh]
//
// CPython's side is computed once by a small Python driver (a few in parallel)
// that does per file what `python3 -m ast -a FILE` does, and is cached under
// .cache/stdlib_ast/ keyed by path + mtime + size. The driver's SyntaxError
// report (traceback.format_exception_only) is checked against a real
// `python3 -m ast -a FILE` run for every rejected file, and its stdout for a
// few parsed ones. pyheap runs in-process (worker threads) through the CLI's
// `main(['-m', 'ast', '-a', file], io)`; run `npx tsc -p .` first.
//
// Also a small library for bench/parse_stdlib.mjs: findStdlib, listStdlibFiles,
// requirePython311.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import zlib from 'node:zlib';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE_DIR = path.join(REPO, '.cache', 'stdlib_ast');
const CACHE_INDEX = path.join(CACHE_DIR, 'index.json');
const CACHE_VERSION = 1;
/** A file that produces no result for this long is recorded as a hang. */
const FILE_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------------------
// Shared helpers (also used by bench/parse_stdlib.mjs)

/** Exits unless `python3` is CPython 3.11; returns its full version string. */
export function requirePython311() {
  const r = spawnSync('python3', ['-c',
    'import sys, platform; print(platform.python_implementation(), sys.version_info[0], sys.version_info[1], platform.python_version())'],
    { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`python3 is not runnable: ${r.error?.message ?? r.stderr}`);
    process.exit(2);
  }
  const [impl, major, minor, version] = r.stdout.trim().split(' ');
  if (impl !== 'CPython' || major !== '3' || minor !== '11') {
    console.error(`refusing: python3 is ${impl} ${version}; the reference is CPython 3.11`);
    process.exit(2);
  }
  return version;
}

/** The stdlib folder of `python3`, as sysconfig reports it. */
export function findStdlib() {
  const r = spawnSync('python3', ['-c', "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
    { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cannot locate the stdlib: ${r.stderr}`);
  return r.stdout.trim();
}

/**
 * All `.py` files under `root`, sorted, without `site-packages`. Like
 * os.walk(followlinks=False): symlinked folders are not entered.
 */
export function listStdlibFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) {
        if (d.name !== 'site-packages') walk(p);
      } else if (d.name.endsWith('.py')) {
        if (d.isFile() || (d.isSymbolicLink() && fs.statSync(p, { throwIfNoEntry: false })?.isFile())) out.push(p);
      }
    }
  };
  walk(root);
  return out.sort();
}

// ---------------------------------------------------------------------------
// CPython side

// Does per file what `python3 -m ast -a FILE` does (Lib/ast.py main()):
// parse(bytes, FILE, 'exec', type_comments=True), then print(dump(tree,
// include_attributes=True, indent=3)) to a UTF-8 stdout. On an exception the
// interpreter's report ends with format_exception_only(e), written to stderr
// with the backslashreplace error handler.
const DRIVER = String.raw`
import ast, gzip, hashlib, json, os, sys, traceback
outdir = sys.argv[1]
paths = json.load(sys.stdin)
for p in paths:
    st = os.stat(p)
    rec = {'path': p, 'mtimeNs': str(st.st_mtime_ns), 'size': st.st_size}
    try:
        with open(p, 'rb') as f:
            source = f.read()
        tree = ast.parse(source, p, 'exec', type_comments=True)
        data = (ast.dump(tree, include_attributes=True, indent=3) + '\n').encode('utf-8')
        name = hashlib.sha1(p.encode('utf-8', 'surrogateescape')).hexdigest() + '.txt.gz'
        tmp = os.path.join(outdir, name + '.tmp')
        with open(tmp, 'wb') as f:
            f.write(gzip.compress(data, 1))
        os.replace(tmp, os.path.join(outdir, name))
        rec.update(status=0, out=name, outLen=len(data), err='')
    except Exception as e:
        err = ''.join(traceback.format_exception_only(e))
        rec.update(status=1, out=None, outLen=0,
                   err=err.encode('utf-8', 'backslashreplace').decode('utf-8'))
    sys.stdout.write(json.dumps(rec) + '\n')
    sys.stdout.flush()
`;

function loadCache(pythonVersion) {
  try {
    const c = JSON.parse(fs.readFileSync(CACHE_INDEX, 'utf8'));
    if (c.version === CACHE_VERSION && c.python === pythonVersion) return c;
  } catch { /* no cache yet */ }
  return { version: CACHE_VERSION, python: pythonVersion, entries: {} };
}

function saveCache(cache) {
  fs.writeFileSync(CACHE_INDEX + '.tmp', JSON.stringify(cache));
  fs.renameSync(CACHE_INDEX + '.tmp', CACHE_INDEX);
}

function isFresh(entry, file) {
  if (!entry) return false;
  const st = fs.statSync(file, { bigint: true });
  return entry.mtimeNs === String(st.mtimeNs) && entry.size === Number(st.size)
    && (entry.status !== 0 || fs.existsSync(path.join(CACHE_DIR, 'out', entry.out)));
}

/** Runs `jobs` drivers over `files` (balanced by size); resolves to their records. */
async function runDrivers(files, jobs) {
  const outDir = path.join(CACHE_DIR, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const bySize = files.map((f) => [f, fs.statSync(f).size]).sort((a, b) => b[1] - a[1]);
  const shares = Array.from({ length: jobs }, () => []);
  bySize.forEach(([f], i) => shares[i % jobs].push(f));
  const runs = shares.filter((s) => s.length > 0).map((share) => new Promise((resolve, reject) => {
    const child = spawn('python3', ['-c', DRIVER, outDir], { stdio: ['pipe', 'pipe', 'inherit'] });
    const records = [];
    let buf = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      buf += chunk;
      let nl;
      while ((nl = buf.indexOf('\n')) >= 0) {
        records.push(JSON.parse(buf.slice(0, nl)));
        buf = buf.slice(nl + 1);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => code === 0 ? resolve(records) : reject(new Error(`python driver exited ${code}`)));
    child.stdin.end(JSON.stringify(share));
  }));
  return (await Promise.all(runs)).flat();
}

/** The stderr lines from `  File "<file>", line` onwards (CPython's SyntaxError block). */
export function errorBlock(stderr, file) {
  const marker = `  File "${file}", line`;
  const at = stderr.startsWith(marker) ? 0 : stderr.indexOf('\n' + marker);
  return at < 0 ? stderr : stderr.slice(at === 0 ? 0 : at + 1);
}

/**
 * Checks the driver against real `python3 -m ast -a FILE` runs: every rejected
 * file (status, empty stdout, the tail of stderr) and a few parsed ones (stdout
 * bytes). Where they disagree the real run wins and a warning is printed.
 */
function verifyAgainstRealPython(cache, fresh) {
  const rejected = fresh.filter((f) => cache.entries[f].status !== 0);
  const parsed = fresh.filter((f) => cache.entries[f].status === 0);
  // A few parsed files: the smallest ones containing non-ASCII bytes (stdout
  // encoding matters there), then the smallest plain ones.
  const bySize = parsed.map((f) => [f, cache.entries[f].size]).sort((a, b) => a[1] - b[1]).map((x) => x[0]);
  const nonAscii = bySize.filter((f) => fs.readFileSync(f).some((b) => b >= 0x80)).slice(0, 2);
  const sample = [...new Set([...nonAscii, ...bySize.slice(0, 2)])];
  let bad = 0;
  for (const f of [...rejected, ...sample]) {
    const e = cache.entries[f];
    const r = spawnSync('python3', ['-m', 'ast', '-a', f], { maxBuffer: 1 << 30 });
    const stderr = r.stderr.toString('utf8');
    let ok;
    if (e.status !== 0) {
      ok = r.status === 1 && r.stdout.length === 0 && stderr.endsWith(e.err);
      if (!ok) {
        e.err = errorBlock(stderr, f);
        e.status = r.status;
      }
    } else {
      const expected = zlib.gunzipSync(fs.readFileSync(path.join(CACHE_DIR, 'out', e.out)));
      ok = r.status === 0 && stderr === '' && expected.equals(r.stdout);
    }
    if (!ok) {
      bad++;
      console.error(`warning: the driver disagrees with \`python3 -m ast -a ${f}\` (status ${r.status}); ${e.status !== 0 ? 'using the real run' : 'stdout differs'}`);
    }
    e.verified = ok;
  }
  console.log(`cpython: driver checked against real \`python3 -m ast -a\` on ${rejected.length} rejected + ${sample.length} parsed files: ${bad === 0 ? 'all equal' : `${bad} DIFFER`}`);
}

async function cpythonResults(files, jobs, refresh, pythonVersion) {
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const cache = loadCache(pythonVersion);
  const stale = refresh ? files : files.filter((f) => !isFresh(cache.entries[f], f));
  if (stale.length > 0) {
    const t0 = performance.now();
    process.stdout.write(`cpython: computing \`python3 -m ast -a\` output for ${stale.length} files with ${jobs} driver(s)... `);
    for (const rec of await runDrivers(stale, jobs)) {
      const { path: p, ...entry } = rec;
      cache.entries[p] = entry;
    }
    console.log(`${((performance.now() - t0) / 1000).toFixed(1)} s`);
    verifyAgainstRealPython(cache, stale);
    saveCache(cache);
  } else {
    console.log(`cpython: all ${files.length} results from the cache (${path.relative(REPO, CACHE_DIR)}/)`);
  }
  return cache.entries;
}

// ---------------------------------------------------------------------------
// Comparison (runs in the worker threads)

/** A unified-ish diff around the first differing line, or null if equal. */
function firstDiff(expected, actual, labels = ['cpython', 'pyheap']) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return null;
  // Resynchronise: the smallest skip (da, db) after which 2 lines agree again.
  let da = -1, db = -1;
  search: for (let s = 1; s <= 60; s++) {
    for (let x = 0; x <= s; x++) {
      const y = s - x;
      if (i + x < a.length && i + y < b.length && a[i + x] === b[i + y]
        && a[i + x + 1] === b[i + y + 1]) { da = x; db = y; break search; }
    }
  }
  if (da < 0) { da = Math.min(8, a.length - i); db = Math.min(8, b.length - i); }
  const out = [`--- ${labels[0]}`, `+++ ${labels[1]}`, `@@ line ${i + 1} @@`];
  for (let k = Math.max(0, i - 3); k < i; k++) out.push(' ' + a[k]);
  for (let k = i; k < i + da && k < a.length; k++) out.push('-' + a[k]);
  if (i >= a.length) out.push('-<end of output>');
  for (let k = i; k < i + db && k < b.length; k++) out.push('+' + b[k]);
  if (i >= b.length) out.push('+<end of output>');
  const clip = (s) => s.length > 240 ? s.slice(0, 240) + '…' : s;
  return { line: i, lines: a, text: out.map(clip).join('\n') };
}

/** "field in Node" for the first differing line of two ast dumps. */
function dumpDiffCategory(lines, i) {
  if (i >= lines.length) return 'pyheap output longer';
  const line = lines[i];
  const indent = line.length - line.trimStart().length;
  const m = /^\s*(\w+)=/.exec(line) ?? /^\s*(\w+)\(/.exec(line);
  const what = m ? m[1] : line.trim().slice(0, 30);
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k];
    const ind = l.length - l.trimStart().length;
    if (ind < indent) {
      const n = /(\w+)\($/.exec(l);
      if (n) return `${what} in ${n[1]}`;
      if (ind === 0) break;
    }
  }
  return what;
}

/** First line of an error block that differs: which part of the report. */
function errorDiffCategory(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const names = ['File/line', 'source text', 'carets'];
  for (let k = 0; k < Math.max(a.length, b.length); k++) {
    if (a[k] !== b[k]) {
      if (a[k]?.startsWith('  File ')) return 'SyntaxError report: File/line differs';
      const isMsg = (s) => s !== undefined && /^\w+Error: /.test(s);
      if (isMsg(a[k]) || isMsg(b[k])) return 'SyntaxError report: message differs';
      return `SyntaxError report: ${names[k] ?? 'line ' + (k + 1)} differs`;
    }
  }
  return 'SyntaxError report differs';
}

function lastLine(s) {
  const lines = s.trimEnd().split('\n');
  return lines[lines.length - 1];
}

async function workerMain() {
  const { files, expected, mainUrl } = workerData;
  const { main } = await import(mainUrl);
  for (const file of files) {
    parentPort.postMessage({ type: 'start', file });
    const exp = expected[file];
    let out = '', err = '';
    const io = {
      writeOut: (t) => { out += t; },
      writeErr: (t) => { err += t; },
      readFile: (p) => new Uint8Array(fs.readFileSync(p)),
      readStdin: () => new Uint8Array(0),
    };
    const t0 = performance.now();
    let status, internal = null;
    try {
      status = main(['-m', 'ast', '-a', file], io);
    } catch (e) {
      internal = e;
    }
    const ms = performance.now() - t0;
    const r = { type: 'result', file, ms, verdict: '', category: '', detail: '' };
    if (internal) {
      const e = internal;
      r.verdict = 'internal';
      r.category = `internal: ${e?.name ?? typeof e}: ${String(e?.message ?? e).slice(0, 80)}`;
      r.detail = String(e?.stack ?? e).split('\n').slice(0, 8).join('\n');
    } else if (exp.status === 0) {
      const cpyOut = zlib.gunzipSync(fs.readFileSync(path.join(CACHE_DIR, 'out', exp.out))).toString('utf8');
      if (status === 0 && err === '' && out === cpyOut) {
        r.verdict = 'parsed-same';
      } else {
        r.verdict = 'parsed-diff';
        if (status !== 0 || out === '') {
          r.category = `pyheap rejects: ${lastLine(err).replace(/'[^']*'/g, "'…'").slice(0, 90)}`;
          r.detail = `pyheap exit ${status}, stderr:\n${err.slice(-1500)}`;
        } else {
          const d = firstDiff(cpyOut, out);
          if (d) {
            r.category = dumpDiffCategory(d.lines, d.line);
            r.detail = d.text;
          } else {
            r.category = status !== 0 ? `exit status ${status}` : 'unexpected stderr';
            r.detail = `pyheap exit ${status}, stderr:\n${err.slice(-1500)}`;
          }
        }
      }
    } else {
      const block = errorBlock(err, file);
      if (status === exp.status && out === '' && block === exp.err) {
        r.verdict = 'rejected-same';
      } else {
        r.verdict = 'rejected-diff';
        if (status === 0) {
          r.category = `pyheap accepts: ${lastLine(exp.err).slice(0, 90)}`;
          r.detail = `CPython:\n${exp.err}pyheap exit 0`;
        } else {
          r.category = block === exp.err ? `exit status ${status}` : errorDiffCategory(exp.err, block);
          r.detail = (firstDiff(exp.err, block)?.text ?? '') + `\n(pyheap exit ${status})`;
        }
      }
    }
    parentPort.postMessage(r);
  }
}

/** Runs pyheap over `files` in `jobs` worker threads; a hung file is recorded and skipped. */
function runPyheap(files, expected, jobs, mainUrl, onResult) {
  const queue = [...files].sort((a, b) => expected[b].size - expected[a].size);
  const shares = Array.from({ length: jobs }, () => []);
  queue.forEach((f, i) => shares[i % jobs].push(f));
  const runShare = (share) => new Promise((resolve) => {
    if (share.length === 0) return resolve();
    const done = new Set();
    let current = null, timer = null;
    const sub = Object.fromEntries(share.map((f) => [f, expected[f]]));
    // ~1 MB of stack, like the CLI on the main thread (V8's default 984 KB).
    const w = new Worker(new URL(import.meta.url), {
      workerData: { role: 'check_stdlib_ast', files: share, expected: sub, mainUrl },
      resourceLimits: { stackSizeMb: 1 },
    });
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        onResult({ file: current, ms: FILE_TIMEOUT_MS, verdict: 'internal', category: 'internal: hang (no result in 60 s)', detail: '' });
        done.add(current);
        w.terminate();
        runShare(share.filter((f) => !done.has(f))).then(resolve);
      }, FILE_TIMEOUT_MS);
    };
    w.on('message', (m) => {
      if (m.type === 'start') { current = m.file; arm(); return; }
      done.add(m.file);
      onResult(m);
    });
    w.on('error', (e) => {
      // An error that kills the worker (e.g. out of memory) is charged to the current file.
      clearTimeout(timer);
      if (current === null) {
        // Failed before the first file (e.g. main.js does not load): every file fails.
        for (const f of share) onResult({ file: f, ms: 0, verdict: 'internal', category: `internal: worker failed to start: ${String(e?.message).slice(0, 80)}`, detail: String(e?.stack ?? e) });
        return resolve();
      }
      if (current && !done.has(current)) {
        onResult({ file: current, ms: 0, verdict: 'internal', category: `internal: worker died: ${e?.name}: ${String(e?.message).slice(0, 60)}`, detail: String(e?.stack ?? e) });
        done.add(current);
      }
      runShare(share.filter((f) => !done.has(f))).then(resolve);
    });
    w.on('exit', () => {
      clearTimeout(timer);
      if (share.every((f) => done.has(f))) resolve();
    });
  });
  return Promise.all(shares.map(runShare));
}

// ---------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { jobs: Math.max(1, os.availableParallelism?.() ?? os.cpus().length), filter: '', show: 10, refresh: false, main: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jobs') opts.jobs = Math.max(1, Number(argv[++i]));
    else if (a === '--filter') opts.filter = argv[++i] ?? '';
    else if (a === '--show') opts.show = Number(argv[++i]);
    else if (a === '--refresh') opts.refresh = true;
    else if (a === '--main') opts.main = argv[++i]; // another compiled main.js (to test this tool)
    else if (a === '-h' || a === '--help') {
      console.log('usage: node tools/check_stdlib_ast.mjs [--jobs N] [--filter substr] [--show N] [--refresh]');
      process.exit(0);
    } else {
      console.error(`unknown argument: ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

async function cliMain() {
  const opts = parseArgs(process.argv.slice(2));
  const pythonVersion = requirePython311();
  const root = findStdlib();
  let files = listStdlibFiles(root);
  if (opts.filter) files = files.filter((f) => path.relative(root, f).includes(opts.filter));
  const totalBytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`stdlib: ${root}: ${files.length} files, ${(totalBytes / 1e6).toFixed(1)} MB (CPython ${pythonVersion})`);
  if (files.length === 0) return 2;

  const cache = await cpythonResults(files, opts.jobs, opts.refresh, pythonVersion);
  const expected = Object.fromEntries(files.map((f) => [f, cache[f]]));
  const cpyRejected = files.filter((f) => expected[f].status !== 0);
  console.log(`cpython: ${files.length - cpyRejected.length} parsed, ${cpyRejected.length} rejected${cpyRejected.length ? ': ' + cpyRejected.map((f) => path.relative(root, f)).join(', ') : ''}`);

  const mainJs = opts.main ? path.resolve(opts.main) : path.join(REPO, 'dist', 'src', 'cli', 'main.js');
  if (!fs.existsSync(mainJs)) {
    console.error(`${path.relative(REPO, mainJs)} not found: run \`npx tsc -p .\` first`);
    return 2;
  }

  const results = [];
  const t0 = performance.now();
  let lastTick = t0;
  await runPyheap(files, expected, opts.jobs, pathToFileURL(mainJs).href, (r) => {
    results.push(r);
    if (process.stderr.isTTY && performance.now() - lastTick > 500) {
      lastTick = performance.now();
      process.stderr.write(`\rpyheap: ${results.length}/${files.length}`);
    }
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  const seconds = (performance.now() - t0) / 1000;
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const count = (v) => results.filter((r) => r.verdict === v).length;
  const rel = (f) => path.relative(root, f);
  const rows = [
    ['files', files.length],
    ['parsed, identical', count('parsed-same')],
    ['parsed, different', count('parsed-diff')],
    ['rejected, same', count('rejected-same')],
    ['rejected, different', count('rejected-diff')],
    ['pyheap internal errors', count('internal')],
  ];
  console.log(`pyheap: ${results.length} files in ${seconds.toFixed(1)} s with ${opts.jobs} worker(s) (parse + dump + compare)`);
  for (const [k, v] of rows) console.log(`  ${k.padEnd(24)} ${String(v).padStart(6)}`);

  const bad = results.filter((r) => r.verdict === 'parsed-diff' || r.verdict === 'rejected-diff' || r.verdict === 'internal');
  if (bad.length > 0) {
    const cats = new Map();
    for (const r of bad) {
      const c = cats.get(r.category) ?? { n: 0, example: r.file };
      c.n++;
      cats.set(r.category, c);
    }
    console.log(`\nmismatch categories (first differing line: field in enclosing node), top 25 of ${cats.size}:`);
    for (const [cat, { n, example }] of [...cats].sort((a, b) => b[1].n - a[1].n).slice(0, 25)) {
      console.log(`  ${String(n).padStart(5)}  ${cat}   e.g. ${rel(example)}`);
    }
    const shown = bad.slice(0, opts.show);
    if (shown.length > 0) console.log(`\nfirst ${shown.length} of ${bad.length} differences:`);
    for (const r of shown) {
      console.log(`\n=== ${rel(r.file)}: ${r.verdict} (${r.category})`);
      console.log(r.detail);
    }
    const listFile = path.join(CACHE_DIR, 'last_failures.txt');
    fs.writeFileSync(listFile, bad.map((r) => `${r.verdict}\t${r.category}\t${r.file}\n`).join(''));
    console.log(`\nall ${bad.length} failing files: ${path.relative(REPO, listFile)}`);
  }
  return bad.length === 0 ? 0 : 1;
}

if (!isMainThread && workerData?.role === 'check_stdlib_ast') {
  await workerMain();
} else if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await cliMain();
}
