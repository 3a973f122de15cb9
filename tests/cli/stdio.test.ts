// When stdout and stderr share one pipe (`2>&1`), the order of their text is
// the order of the writes that reach the pipe. As in CPython 3.11 off a
// terminal: stdout is block-buffered and reaches the pipe at exit, stderr is
// line-buffered; under -u or PYTHONUNBUFFERED (not with -E) every write of
// either stream reaches the pipe at once, so the merged text is the
// program's writes in program order.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PYHEAP } from '../run/harness.js';

/** Each write of the program, in order, with its stream. */
const WRITES: [1 | 2, string][] = [[2, 'a'], [1, '1\n'], [2, 'b\n'], [1, '2'], [2, 'c']];
const PROGRAM = ['import sys', ...WRITES.map(([fd, s]) => `sys.${fd === 1 ? 'stdout' : 'stderr'}.write(${JSON.stringify(s)})`)].join('\n');

function merged(args: string[], env: Record<string, string> = {}): string {
  const base = { ...process.env };
  delete base.PYTHONUNBUFFERED;
  const r = spawnSync('sh', ['-c', 'exec "$@" 2>&1', 'sh', process.execPath, '--stack-size=3900', PYHEAP, ...args, '-c', PROGRAM],
    { encoding: 'utf8', env: { ...base, ...env } });
  assert.equal(r.status, 0, r.stdout);
  return r.stdout;
}

const inProgramOrder = WRITES.map(([, s]) => s).join('');
// Buffered: stderr goes out at each newline (and the rest at exit, after stdout's flush), stdout only at exit.
const buffered = 'ab\n' + '1\n2' + 'c';

test('-u writes both streams through, in program order', () => {
  assert.equal(merged(['-u']), inProgramOrder);
});

test('PYTHONUNBUFFERED does what -u does, unless -E ignores the environment', () => {
  assert.equal(merged([], { PYTHONUNBUFFERED: '1' }), inProgramOrder);
  assert.equal(merged(['-E'], { PYTHONUNBUFFERED: '1' }), buffered);
});

test('without -u, stdout waits for exit and stderr for its newlines', () => {
  assert.equal(merged([]), buffered);
});
