// The free lists after an import statement: pyheap runs its own code for a
// module (lib/ in Python, or TypeScript), which takes other lists, dicts and
// tuples from the free lists than CPython's import of the module does, and
// CPython's start-up has already imported many modules that pyheap loads on
// demand. The first lists, dicts and small tuples a program makes after an
// import come off those free lists (neither counted by the collector nor
// traced by tracemalloc), so after an import statement that loaded the
// module, each free list is set to what CPython's import leaves, as measured
// by tools/gen_import_freelists.py from the state before it.

import { ListType } from './types/list.js';
import { DictType } from './types/dict.js';
import { TupleType } from './types/tuple.js';
import { IMPORT_FREELISTS } from './importFreelists.gen.js';

/** The free lists in the table's order: list, dict, tuples of 1..19 items. */
export function freelistCounts(): number[] {
  const r = [ListType.freelist!.count(0), DictType.freelist!.count(0)];
  for (let n = 1; n < 20; n++) r.push(TupleType.freelist!.count(n));
  return r;
}

function keyOf(name: string): string | null {
  if (Object.prototype.hasOwnProperty.call(IMPORT_FREELISTS, name)) return name;
  const top = name.split('.')[0];
  return Object.prototype.hasOwnProperty.call(IMPORT_FREELISTS, top) ? top : null;
}

/** Whether CPython's import of the module was measured. */
export function hasImportFreelists(name: string): boolean {
  return keyOf(name) !== null;
}

/** After `import name` loaded it: the free lists as CPython's import turns `before` into. */
export function applyImportFreelists(name: string, before: number[]): void {
  const key = keyOf(name);
  if (key === null) return;
  const effect = IMPORT_FREELISTS[key];
  for (let i = 0; i < before.length; i++) {
    const [lo, d, hi] = effect === null ? [0, 0, Infinity] : effect[i];
    const v = Math.min(hi, Math.max(lo, before[i] + d));
    if (i === 0) ListType.freelist!.prime(0, v);
    else if (i === 1) DictType.freelist!.prime(0, v);
    else TupleType.freelist!.prime(i - 1, v);
  }
}
