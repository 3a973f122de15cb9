#!/usr/bin/env node
// Parse-only throughput over CPython 3.11's standard library, pyheap against
// CPython, in one run with alternating rounds (python, pyheap, python, ...).
//
//   node bench/parse_stdlib.mjs [--rounds N] [--filter substr]
//
// What is timed, on both sides, is parsing already-decoded source text to an
// AST of host objects: CPython `ast.parse(src, filename, type_comments=True)`
// on a `str` (C parser + conversion to Python `ast` objects), pyheap
// `parse(src, {filename, mode: 'exec', typeComments: true})` on a JS string.
// Reading the files and decoding bytes to text happen before timing on both
// sides; pyheap's decodeSource is timed separately and reported on its own
// line. Files either side rejects are left out of both. MB = bytes on disk.
// One warm-up round per side is excluded. Run `npx tsc -p .` first.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { findStdlib, listStdlibFiles, requirePython311 } from '../tools/check_stdlib_ast.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// Reads and decodes every file up front (importlib's decode_source: BOM and
// coding cookie, as the import system does), prints the indices of the files
// ast.parse accepts (that pass is CPython's warm-up), then on each "round"
// line times ast.parse over the chosen files and prints the seconds.
const PY_DRIVER = String.raw`
import ast, json, sys, time, importlib.util
paths = json.loads(sys.stdin.readline())
sources = []
for p in paths:
    try:
        with open(p, 'rb') as f:
            sources.append(importlib.util.decode_source(f.read()))
    except Exception:
        sources.append(None)
ok = []
for i, (p, s) in enumerate(zip(paths, sources)):
    if s is None:
        continue
    try:
        ast.parse(s, p, type_comments=True)
        ok.append(i)
    except Exception:
        pass
print(json.dumps(ok), flush=True)
chosen = [(paths[i], sources[i]) for i in json.loads(sys.stdin.readline())]
parse = ast.parse
for line in sys.stdin:
    t0 = time.perf_counter()
    for p, s in chosen:
        parse(s, p, type_comments=True)
    print(time.perf_counter() - t0, flush=True)
`;

function parseArgs(argv) {
  const opts = { rounds: 5, filter: '' };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') opts.rounds = Math.max(1, Number(argv[++i]));
    else if (argv[i] === '--filter') opts.filter = argv[++i] ?? '';
    else {
      console.error('usage: node bench/parse_stdlib.mjs [--rounds N] [--filter substr]');
      process.exit(2);
    }
  }
  return opts;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function benchMain() {
  const opts = parseArgs(process.argv.slice(2));
  const pythonVersion = requirePython311();
  const root = findStdlib();
  let files = listStdlibFiles(root);
  if (opts.filter) files = files.filter((f) => path.relative(root, f).includes(opts.filter));

  const indexJs = path.join(REPO, 'dist', 'src', 'parse', 'index.js');
  if (!fs.existsSync(indexJs)) {
    console.error(`${path.relative(REPO, indexJs)} not found: run \`npx tsc -p .\` first`);
    return 2;
  }
  const { parse, decodeSource } = await import(pathToFileURL(indexJs).href);

  // Read, then decode (timed on its own).
  const bytes = files.map((f) => new Uint8Array(fs.readFileSync(f)));
  const t0 = performance.now();
  const sources = bytes.map((b, i) => {
    try { return decodeSource(b, files[i], 'file'); } catch { return null; }
  });
  const decodeSeconds = (performance.now() - t0) / 1000;

  // Python: load everything, learn which files CPython parses.
  const py = spawn('python3', ['-c', PY_DRIVER], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: py.stdout })[Symbol.asyncIterator]();
  const nextLine = async () => {
    const r = await lines.next();
    if (r.done) throw new Error('python3 driver exited early');
    return r.value;
  };
  py.stdin.write(JSON.stringify(files) + '\n');
  const cpyOk = new Set(JSON.parse(await nextLine()));

  // pyheap warm-up round over the same files; it also finds the files pyheap rejects.
  const parseOne = (i) => parse(sources[i], { filename: files[i], mode: 'exec', typeComments: true });
  const pyheapOk = new Set();
  const pyheapFailures = [];
  for (let i = 0; i < files.length; i++) {
    if (sources[i] === null || !cpyOk.has(i)) continue;
    try {
      parseOne(i);
      pyheapOk.add(i);
    } catch (e) {
      pyheapFailures.push(`${path.relative(root, files[i])}: ${e?.name}: ${String(e?.message).slice(0, 80)}`);
    }
  }
  const chosen = [...pyheapOk].sort((a, b) => a - b);
  py.stdin.write(JSON.stringify(chosen) + '\n');
  const mb = chosen.reduce((n, i) => n + bytes[i].length, 0) / 1e6;
  const decodedMb = bytes.reduce((n, b, i) => n + (sources[i] === null ? 0 : b.length), 0) / 1e6;

  console.log(`stdlib: ${root} (CPython ${pythonVersion}, node ${process.version})`);
  console.log(`files: ${files.length}; timed: ${chosen.length} files, ${mb.toFixed(1)} MB ` +
    `(left out: ${files.length - cpyOk.size} CPython rejects, ${pyheapFailures.length} more pyheap rejects)`);
  for (const f of pyheapFailures.slice(0, 10)) console.log(`  pyheap rejects: ${f}`);
  console.log(`timed on both sides: parse of decoded text to an AST (CPython ast.parse(str), type_comments=True)`);
  console.log(`pyheap decodeSource (not in the parse figures): ${decodeSeconds.toFixed(3)} s for ${decodedMb.toFixed(1)} MB = ${(decodedMb / decodeSeconds).toFixed(1)} MB/s`);

  const cpy = [], ph = [];
  console.log(`\nround   CPython s   MB/s   pyheap s   MB/s   ratio`);
  for (let r = 0; r < opts.rounds; r++) {
    py.stdin.write('round\n');
    const c = Number(await nextLine());
    const t = performance.now();
    for (const i of chosen) parseOne(i);
    const p = (performance.now() - t) / 1000;
    cpy.push(c);
    ph.push(p);
    console.log(`${String(r + 1).padStart(5)}   ${c.toFixed(3).padStart(9)}  ${(mb / c).toFixed(1).padStart(5)}  ` +
      `${p.toFixed(3).padStart(9)}  ${(mb / p).toFixed(1).padStart(5)}  ${(c / p).toFixed(2).padStart(6)}`);
  }
  py.stdin.end();

  const report = (label, pick) => {
    const c = pick(cpy), p = pick(ph);
    console.log(`${label.padEnd(7)} CPython ${(mb / c).toFixed(1)} MB/s, pyheap ${(mb / p).toFixed(1)} MB/s, ` +
      `ratio pyheap/CPython ${(c / p).toFixed(2)}x`);
  };
  console.log('');
  report('best', (xs) => Math.min(...xs));
  report('median', median);
  console.log(`target: ratio >= 2.00x`);
  return 0;
}

process.exitCode = await benchMain();
