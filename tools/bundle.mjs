#!/usr/bin/env node
// Bundle the compiled code (dist/src) for fast start-up (dist/bundle/):
// - cli.cjs, the command line as one CommonJS script, which bin/pyheap.js
//   compiles with V8's code cache (cli.cache): no module graph to resolve and
//   no parsing or compiling of the functions start-up runs. The cache is made
//   here by one warm-up run, and made again by the command whenever V8 rejects
//   it (another Node.js version).
// - lib/, the modules of lib/ compiled ahead of time (tools/precompile_lib.mjs),
//   each a script with a code cache of its own, run when it is imported.
// - index.js, the embedding API as one ES module.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { inlineDecref } from './inline_decref.mjs';

rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { cli: 'dist/src/cli/entry.js' },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The CLI finds the package (lib/) from its own file: in a CommonJS script that is __filename.
  define: { 'import.meta.url': '__pyheapFileUrl' },
  banner: { js: 'const __pyheapFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
});

await build({
  entryPoints: { index: 'dist/src/index.js' },
  outdir: 'dist/bundle',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});

// Reference releases written out at each call site (inline_decref.mjs says why).
for (const file of ['dist/bundle/cli.cjs', 'dist/bundle/index.js']) {
  writeFileSync(file, inlineDecref(readFileSync(file, 'utf8'), file).source);
}
// bin/pyheap.js reads the CLI as latin1, which is its text only while it is ASCII
// (esbuild's default charset escapes the rest).
if (readFileSync('dist/bundle/cli.cjs').some((b) => b > 0x7f)) throw new Error('dist/bundle/cli.cjs is not ASCII');
// bin/pyheap.js hands the CLI its own require, which serves Node's built-in modules alone.
for (const [, name] of readFileSync('dist/bundle/cli.cjs', 'latin1').matchAll(/\brequire\("([^"]*)"\)/g)) {
  if (!name.startsWith('node:')) throw new Error(`dist/bundle/cli.cjs requires ${name}, not a node: module`);
}

execFileSync(process.execPath, ['tools/precompile_lib.mjs'], { stdio: 'inherit' });

// The warm-ups: programs that touch what most programs use at start-up, so
// that the caches hold those functions compiled. The CLI's cache is written by
// the first run only (the command writes a cache that is missing or stale), so
// that run is a script file, as most runs are; the second makes lib/'s caches.
const SCRIPT_WARM_UP = 'import sys\nclass A:\n    def f(self): return [x for x in range(3)]\nprint(A().f(), {1: "a"}, 1.5, sys.argv)\n';
const LIB_WARM_UP = 'import collections, functools, dataclasses, typing, enum';
// Caches are kept per set of Node options: the command's shebang gives its
// own, and `node bin/pyheap.js` (the tests) none; each gets its caches from
// the warm-ups, not from whatever program runs first.
const shebang = readFileSync('bin/pyheap.js', 'utf8').split('\n', 1)[0];
const shebangFlags = shebang.split(/\s+/).filter((w) => w.startsWith('--'));
const warmDir = mkdtempSync(join(tmpdir(), 'pyheap-warm-up-'));
try {
  const script = join(warmDir, 'warm_up.py');
  writeFileSync(script, SCRIPT_WARM_UP);
  for (const flags of [shebangFlags, []]) {
    execFileSync(process.execPath, [...flags, 'bin/pyheap.js', script], { stdio: 'ignore' });
    execFileSync(process.execPath, [...flags, 'bin/pyheap.js', '-c', LIB_WARM_UP], { stdio: 'ignore' });
  }
} finally {
  rmSync(warmDir, { recursive: true, force: true });
}
