// The bundle's build-time rewrite (tools/inline_decref.mjs): decref(x) and
// xdecref(x) written out at each call site, with the same effect, and a
// refusal of any bundle where the written-out dealloc could name another
// binding; the built CLI bundle is rewritten and ASCII, which bin/pyheap.js
// relies on when it reads it as latin1; and an escaping Python exception is
// reported by name.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../run/harness.js';

type Inline = (source: string, file: string) => { source: string; count: number };

async function inlineDecref(): Promise<Inline> {
  const m = await import(pathToFileURL(path.join(ROOT, 'tools', 'inline_decref.mjs')).href) as { inlineDecref: Inline };
  return m.inlineDecref;
}

/** A bundle-shaped script: the three top-level functions and n uses of each kind. */
function sample(n: number, extra = ''): string {
  const uses = Array.from({ length: n }, (_, i) => `  decref(a${i}); xdecref(b${i}); o.decref(c${i}); mydecref(d${i}); decref(e.f); decref(g(h));`).join('\n');
  return `function dealloc(o) { freed.push(o.name); }\nfunction decref(o) {\n  if (--o.rc === 0) dealloc(o);\n}\n` +
    `function xdecref(o) {\n  if (o != null && --o.rc === 0) dealloc(o);\n}\n${extra}function run() {\n${uses}\n}\n`;
}

test('calls with a name or a chain of reads are written out; methods, other names and other arguments are left', async () => {
  const inline = await inlineDecref();
  const { source, count } = inline(sample(60), 'sample.js');
  assert.equal(count, 180);
  assert.match(source, /\(--a7\.rc === 0 && dealloc\(a7\)\)/);
  assert.match(source, /\(b7 != null && --b7\.rc === 0 && dealloc\(b7\)\)/);
  assert.match(source, /o\.decref\(c7\)/);
  assert.match(source, /mydecref\(d7\)/);
  assert.match(source, /\(--e\.f\.rc === 0 && dealloc\(e\.f\)\)/);
  assert.match(source, /decref\(g\(h\)\)/);
  assert.match(source, /^function decref\(o\) \{$/m);
});

test('the written-out calls release as decref and xdecref do', async () => {
  const inline = await inlineDecref();
  const body = Array.from({ length: 100 }, () => 'decref(x); xdecref(y); xdecref(z); decref(w.v); xdecref(w.a[i]);').join('\n');
  const script = `const freed = [];\nfunction dealloc(o) { freed.push(o.name); }\nfunction decref(o) {\n  if (--o.rc === 0) dealloc(o);\n}\n` +
    `function xdecref(o) {\n  if (o != null && --o.rc === 0) dealloc(o);\n}\nconst x = { name: 'x', rc: 50 }, y = { name: 'y', rc: 100 }, z = null, i = 1;\n` +
    `const w = { v: { name: 'v', rc: 100 }, a: [null, { name: 'a1', rc: 100 }] };\n${body}\nreturn [freed, x.rc, y.rc, w.v.rc];`;
  const run = (src: string): unknown => new Function(src)();
  const { source } = inline(script, 'script.js');
  assert.notEqual(source, script);
  assert.deepEqual(run(source), run(script));
  assert.deepEqual(run(source), [['x', 'y', 'v', 'a1'], -50, 0, 0]);
});

test('a bundle that declares dealloc, decref or xdecref again is refused', async () => {
  const inline = await inlineDecref();
  for (const decl of ['let dealloc = null;\n', 'function decref(o) {}\n', 'const xdecref = 1;\n']) {
    assert.throws(() => inline(sample(60, decl), 'sample.js'), /declared once/);
  }
  assert.throws(() => inline(sample(10), 'sample.js'), /only 30 decref calls/);
});

test('the CLI bundle is rewritten and ASCII', () => {
  const bundle = fs.readFileSync(path.join(ROOT, 'dist', 'bundle', 'cli.cjs'));
  assert.ok(bundle.every((b) => b <= 0x7f));
  const text = bundle.toString('latin1');
  assert.equal(text.match(/(?<![\w.$]|function )x?decref\([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*|\[[A-Za-z_$][\w$]*\])*\)(?! \{)/g), null);
  assert.ok((text.match(/\.rc === 0 && dealloc\(/g) ?? []).length > 1000);
});

test('an install without lib/ fails with the Python exception named, not a JS object', () => {
  // The CLI bundle alone: the importer, a module of lib/, cannot import itself.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-nolib-'));
  try {
    fs.mkdirSync(path.join(dir, 'bin'));
    fs.mkdirSync(path.join(dir, 'dist', 'bundle'), { recursive: true });
    for (const f of ['bin/pyheap.js', 'bin/package.json', 'dist/bundle/cli.cjs']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
    const r = spawnSync(process.execPath, [path.join(dir, 'bin', 'pyheap.js'), '-c', 'print(1)'], { encoding: 'utf8' });
    assert.equal(r.status, 70);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, "pyheap: internal error: ModuleNotFoundError: No module named '_frozen_importlib'\n" +
      'Please report it with the program that caused it.\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
