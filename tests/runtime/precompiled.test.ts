// The precompiled library is found by a file's path in the library's folder
// and used only for the exact text it was made from.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setPrecompiledLoader, precompiledFor, type PrecompiledModule } from '../../src/runtime/precompiled.js';

test('a registered module is found by its path and its text; an edited text, another path or a file elsewhere is not', () => {
  const source = 'x = 1\nprint(x)\n';
  const module: PrecompiledModule = { source, units: () => { throw new Error('not called'); }, factories: [] };
  let indexReads = 0;
  let loads = 0;
  setPrecompiledLoader(() => {
    indexReads++;
    return [{ path: 'pkg/mod.py', load: () => (loads++, module) }];
  }, '/lib/');
  // A file outside the library's folder does not even read the index.
  assert.equal(precompiledFor(source, '/home/user/pkg/mod.py'), null);
  assert.equal(indexReads, 0);
  assert.equal(precompiledFor(source, '/lib/pkg/mod.py'), module);
  assert.equal(precompiledFor('x = 2\nprint(x)\n', '/lib/pkg/mod.py'), null);
  assert.equal(precompiledFor(source + ' ', '/lib/pkg/mod.py'), null);
  // The same text under another name is another module.
  assert.equal(precompiledFor(source, '/lib/pkg/other.py'), null);
  assert.equal(precompiledFor(source, '/lib/mod.py'), null);
  assert.equal(indexReads, 1);
  assert.equal(loads, 3);
});
