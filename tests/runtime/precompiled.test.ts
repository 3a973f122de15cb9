// The precompiled library is found by its source alone: the exact text of a
// registered module, in the library's folder, and nothing else.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setPrecompiledLoader, precompiledFor, sourceHashes, type PrecompiledModule } from '../../src/runtime/precompiled.js';

test('a registered source is found, an edited one of the same length is not, and the index is read once', () => {
  const source = 'x = 1\nprint(x)\n';
  const edited = 'x = 2\nprint(x)\n';
  const module: PrecompiledModule = { units: () => { throw new Error('not called'); }, factories: [] };
  let indexReads = 0;
  let loads = 0;
  setPrecompiledLoader(() => {
    indexReads++;
    const [hash, hash2] = sourceHashes(source);
    return [{ length: source.length, hash, hash2, load: () => (loads++, module) }];
  }, '/lib/');
  // A file outside the library's folder does not even read the index.
  assert.equal(precompiledFor(source, '/home/user/prog.py'), null);
  assert.equal(indexReads, 0);
  assert.equal(precompiledFor(source, '/lib/mod.py'), module);
  assert.equal(precompiledFor(edited, '/lib/mod.py'), null);
  assert.equal(precompiledFor(source + ' ', '/lib/mod.py'), null);
  assert.equal(indexReads, 1);
  assert.equal(loads, 1);
});

test('the two hashes differ from each other and change with any character', () => {
  const s = 'def f():\n    return 1\n';
  const [h, g] = sourceHashes(s);
  assert.notEqual(h, g);
  for (let i = 0; i < s.length; i++) {
    const t = s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) ^ 1) + s.slice(i + 1);
    const [h2, g2] = sourceHashes(t);
    assert.notEqual(h2, h);
    assert.notEqual(g2, g);
  }
});
