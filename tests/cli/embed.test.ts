// The embedding API (runPython, no file system) gives CPython's output: the
// corpus programs of the areas that need no host (no files, no environment,
// no modules beside the script) run through it, each in a fresh process,
// must print their CPython goldens byte for byte. The program is a file of
// the virtual file system's /fixture folder, which stands for the goldens'
// <FIXTURE_DIR>.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, loadPrograms, type Program } from '../run/harness.js';

const AREAS = ['str', 'int', 'float', 'complex', 'bool', 'bytes', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range',
  'slice', 'comp', 'gen', 'class', 'func', 'match', 'scope'];
const RUNNER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'embedRun.js');

interface Result { stdout: string; stderr: string; status: number }

function runEmbedded(p: Program): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--stack-size=3900', RUNNER], { stdio: ['pipe', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.on('error', reject);
    child.on('close', () => {
      const r = JSON.parse(Buffer.concat(out).toString('utf8')) as Result;
      const norm = (s: string): string => s.split('/fixture/').join('<FIXTURE_DIR>/');
      resolve({ stdout: norm(r.stdout), stderr: norm(r.stderr), status: r.status });
    });
    const stdinFile = path.join(p.dir, p.name + '.stdin');
    child.stdin.end(JSON.stringify({
      source: fs.readFileSync(path.join(p.dir, p.name + '.py'), 'utf8'),
      filename: `/fixture/${p.name}.py`,
      stdin: fs.existsSync(stdinFile) ? fs.readFileSync(stdinFile, 'utf8') : '',
    }));
  });
}

const programs = loadPrograms(path.join(ROOT, 'tests', 'conformance', 'run'))
  .filter((p) => AREAS.includes(p.name.split('_')[0]) && !/^\s*(import|from)\s+_/m.test(fs.readFileSync(path.join(p.dir, p.name + '.py'), 'utf8')));

test(`embedding API: ${programs.length} corpus programs`, async (t) => {
  assert.ok(programs.length >= 100, 'the areas hold at least 100 programs');
  const results = new Map<string, Result>();
  let next = 0;
  await Promise.all(Array.from({ length: 4 }, async () => {
    while (next < programs.length) {
      const p = programs[next++];
      results.set(p.name, await runEmbedded(p));
    }
  }));
  for (const p of programs) {
    const r = results.get(p.name)!;
    await t.test(p.name, () => {
      assert.equal(r.stdout, p.expected.stdout, 'stdout');
      assert.equal(r.stderr, p.expected.stderr, 'stderr');
      assert.equal(r.status, p.expected.status, 'exit status');
    });
  }
});
