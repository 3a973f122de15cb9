// -X importtime (and PYTHONPROFILEIMPORTTIME): a line on stderr for each
// module an import loads, written when its import ends, with CPython's layout
// ("import time: %9ld | %10ld | %*s%s"), its own and its cumulative time in
// microseconds, and its name indented two spaces per level of nesting. The
// times are clock figures; what is checked is which modules get a line, in
// which order and at which level, and that the figures add up.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYHEAP } from '../run/harness.js';

const HEADER = 'import time: self [us] | cumulative | imported package';
const LINE = /^import time: ( {0,8}\d+) \| ( {0,9}\d+) \| ((?: {2})*)(\S+)$/;

interface Row { self: number; cum: number; level: number; name: string }

function run(args: string[], files: Record<string, string>, env: Record<string, string> = {}): { out: string; rows: Row[]; header: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pyheap-importtime-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      fs.writeFileSync(path.join(dir, name), text);
    }
    const r = spawnSync(process.execPath, ['--stack-size=3900', PYHEAP, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    const rows = lines.filter((l) => l !== HEADER).map((l) => {
      const m = LINE.exec(l);
      assert.ok(m, `not an import time line: ${JSON.stringify(l)}`);
      // The fields are right-aligned in their columns.
      assert.equal(m[1].length, 9);
      assert.equal(m[2].length, 10);
      return { self: Number(m[1]), cum: Number(m[2]), level: m[3].length / 2, name: m[4] };
    });
    return { out: r.stdout, rows, header: lines.filter((l) => l === HEADER).length };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const PACKAGE = {
  'pkg/__init__.py': '',
  'pkg/sub.py': 'import keyword\n',
  'prog.py': [
    'import sys',
    'before = set(sys.modules)',
    'import pkg.sub, keyword',
    'try:',
    '    import nosuch',
    'except ImportError:',
    '    pass',
    'print(sorted(set(sys.modules) - before))',
    'print(sys._xoptions)',
    '',
  ].join('\n'),
};

test('-X importtime: a package is loaded inside its submodule, its imports nested, a failed import reported too', () => {
  const { out, rows, header } = run(['-X', 'importtime', 'prog.py'], PACKAGE);
  assert.equal(header, 1);
  // CPython's _find_and_load imports the parent from within the child's import; sys is no import of the program's.
  assert.deepEqual(rows.map((r) => [r.level, r.name]), [[1, 'pkg'], [1, 'keyword'], [0, 'pkg.sub'], [0, 'nosuch']]);
  assert.equal(out, "['keyword', 'pkg', 'pkg.sub']\n{'importtime': True}\n");
  for (const r of rows) assert.ok(r.self <= r.cum, `${r.name}: self ${r.self} > cumulative ${r.cum}`);
  // pkg.sub's own time is its cumulative time less that of the two imports inside it (each rounded up).
  const [pkg, kw, sub] = rows;
  assert.ok(Math.abs(sub.cum - pkg.cum - kw.cum - sub.self) <= 2, JSON.stringify(rows));
});

test('PYTHONPROFILEIMPORTTIME does as -X importtime; -E ignores it', () => {
  const files = { 'prog.py': 'import keyword\n' };
  const on = run(['prog.py'], files, { PYTHONPROFILEIMPORTTIME: '1' });
  assert.deepEqual(on.rows.map((r) => r.name), ['keyword']);
  const off = run(['-E', 'prog.py'], files, { PYTHONPROFILEIMPORTTIME: '1' });
  assert.equal(off.header, 0);
  assert.deepEqual(off.rows, []);
});

test('sys._xoptions has each -X option, NAME=VALUE as a string and NAME alone as True', () => {
  const { out } = run(['-X', 'a=b', '-Xc', '-X', 'a=d', 'prog.py'], { 'prog.py': 'import sys; print(sys._xoptions)\n' });
  assert.equal(out, "{'a': 'd', 'c': True}\n");
});
