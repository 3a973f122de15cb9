// The command through its shebang, as installed: Node starts without
// NODE_EXTRA_CA_CERTS (bin/pyheap.js says why), and the program still sees
// the environment it was given, in its order, with nothing added.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PYHEAP } from '../run/harness.js';

const PROGRAM = 'import os\nfor k, v in os.environ.items(): print(f"{k}={v}")';

/** What the program prints of os.environ, and the run's stderr, under exactly `env`. */
function environ(env: Record<string, string>): { lines: string[]; stderr: string } {
  const r = spawnSync(PYHEAP, ['-c', PROGRAM], { encoding: 'utf8', env });
  assert.equal(r.status, 0, r.stderr);
  return { lines: r.stdout.split('\n').slice(0, -1), stderr: r.stderr };
}

const given = (env: Record<string, string>): string[] => Object.entries(env).map(([k, v]) => `${k}=${v}`);

test('NODE_EXTRA_CA_CERTS is in its place in os.environ, and Node did not read it', () => {
  // A file that does not exist: Node would warn that it could not load it.
  const env = { A: '1', NODE_EXTRA_CA_CERTS: '/nonexistent/pyheap ca.pem', PATH: process.env.PATH ?? '', B: '2' };
  const { lines, stderr } = environ(env);
  assert.deepEqual(lines, given(env));
  assert.equal(stderr, '');
});

test('without NODE_EXTRA_CA_CERTS the environment is the one given', () => {
  const env = { A: '1', PATH: process.env.PATH ?? '', B: '2' };
  assert.deepEqual(environ(env).lines, given(env));
});
