// The interactive prompt, driven through a pipe and through a pseudo-terminal,
// against the transcripts CPython 3.11 produced for the same sessions
// (tools/gen_repl_goldens.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { replPipe, replPty, maskBanner, type Transcript } from './replDriver.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DIR = path.join(ROOT, 'tests', 'cli', 'repl');
const PYHEAP = [process.execPath, '--stack-size=3900', path.join(ROOT, 'bin', 'pyheap.js')];
const env = { PATH: process.env.PATH, HOME: process.env.HOME, PYTHONHASHSEED: '0', LC_ALL: 'C.UTF-8' };
const hasScript = fs.existsSync('/usr/bin/script') || fs.existsSync('/bin/script');

for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith('.txt')).sort()) {
  const base = path.join(DIR, f.slice(0, -4));
  const input = fs.readFileSync(path.join(DIR, f), 'utf8');
  const golden = (kind: string): Transcript => JSON.parse(fs.readFileSync(`${base}.${kind}.json`, 'utf8'));

  test(`repl through a pipe: ${f}`, async () => {
    const want = golden('pipe');
    const got = await replPipe(PYHEAP, input, env);
    assert.equal(got.stdout, want.stdout);
    assert.equal(maskBanner(got.stderr), maskBanner(want.stderr));
    assert.equal(got.status, want.status);
  });

  test(`repl on a terminal: ${f}`, { skip: !hasScript && 'util-linux script is not installed' }, async () => {
    const want = golden('pty');
    const got = await replPty(PYHEAP, input, env);
    assert.equal(maskBanner(got.stdout), maskBanner(want.stdout));
    assert.equal(got.status, want.status);
  });
}
