// The block sizes the allocation tracer is told about: objectBlockSize for an
// object's own block and the secondary blocks the types report through
// heap.ts traceBlock. The expected figures are those CPython 3.11's
// tracemalloc records for the same statements (measured with python3).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Interpreter, type Host } from '../../src/runtime/interp.js';
import type { PyObject } from '../../src/runtime/object.js';
import { setAllocTracer } from '../../src/runtime/heap.js';
import { objectBlockSize } from '../../src/runtime/sizes.js';
import { PyDict, dictGetStr } from '../../src/runtime/types/dict.js';
import { internStr } from '../../src/runtime/types/str.js';

const LIB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'lib');

interface Block {
  owner: string;
  slot: number;
  size: number;
}

/** Run source with a tracer that logs every secondary block event; return the log and the module's globals. */
function traced(source: string): { blocks: Block[]; globals: PyDict } {
  const blocks: Block[] = [];
  const host: Host = {
    readFile: (p) => (fs.existsSync(p) && fs.statSync(p).isFile() ? fs.readFileSync(p) : null),
    isDir: (p) => fs.existsSync(p) && fs.statSync(p).isDirectory(),
    writeOut: () => {},
    writeErr: (s) => assert.fail(s),
    join: (...parts) => path.join(...parts),
    dirname: (p) => path.dirname(p),
    resolve: (p) => path.resolve(p),
  };
  const interp = new Interpreter(host, { argv: ['case.py'], path: [LIB_DIR] });
  setAllocTracer({
    newObject: () => {},
    freeObject: () => {},
    freelistCleared: () => {},
    renew: () => {},
    block: (owner, slot, size) => blocks.push({ owner: owner.type.name, slot, size }),
  });
  // The module is run without the interpreter's finalization (runMain's), which would clear its globals.
  const main = interp.mainModule(null);
  try {
    interp.execModule(interp.compile(source, '<case>', 'exec'), main);
  } finally {
    setAllocTracer(null);
  }
  return { blocks, globals: main.dict };
}

function global(g: PyDict, name: string): PyObject {
  const v = dictGetStr(g, internStr(name));
  assert.ok(v !== null, name);
  return v;
}

test('list item arrays: PyList_New, growth and free', () => {
  const { blocks } = traced('x = [0] * 1000\ny = []\nfor i in range(5): y.append(i)\ndel x');
  const lists = blocks.filter((b) => b.owner === 'list').map((b) => b.size);
  assert.deepEqual(lists.slice(0, 2), [8, 8000], 'the display [0], then the repeated list');
  assert.ok(lists.includes(32) && lists.includes(64), `append growth 4 then 8 slots: ${lists}`);
  assert.ok(lists.includes(0), 'the freed array');
});

test('instance values arrays shrink as instances are made', () => {
  const { blocks } = traced('class A: pass\nkeep = [A() for i in range(4)]');
  const values = blocks.filter((b) => b.owner === 'A' && b.slot === 1).map((b) => b.size);
  assert.deepEqual(values, [264, 256, 248, 240]);
});

test('dict key tables, set tables and bytearray buffers', () => {
  // One global only: more would grow __main__'s own dict, whose table would be the last dict event.
  const { blocks } = traced('keep = ({i: i for i in range(10)}, set(range(10)), bytearray(10))');
  const last = (owner: string) => blocks.filter((b) => b.owner === owner).map((b) => b.size).pop();
  assert.equal(last('dict'), 288);
  assert.equal(last('set'), 512);
  assert.equal(last('bytearray'), 11);
});

test('objectBlockSize: the object and its inline items', () => {
  const { globals } = traced([
    'class A: pass', 'class S:\n    __slots__ = ("a", "b")', 'class T(tuple): pass',
    'a = A()', 's = S()', 'st = "a" * 100', 'wide = "é" * 10', 'big = 10 ** 30', 'by = b"xyz" * 3',
    'tu = (a, s, st)', 'l = [1, 2]', 'd = {}', 't = T((1, 2))',
  ].join('\n'));
  const size = (n: string) => objectBlockSize(global(globals, n));
  assert.equal(size('a'), 56);
  assert.equal(size('s'), 48);
  assert.equal(size('st'), 149);
  assert.equal(size('wide'), 83);
  assert.equal(size('big'), 40);
  assert.equal(size('by'), 42);
  assert.equal(size('tu'), 64);
  assert.equal(size('l'), 56);
  assert.equal(size('d'), 64);
  assert.equal(size('t'), 72);
});
