// Compiled code for the standard-library modules pyheap writes in Python
// (lib/), made at build time (tools/precompile_lib.mjs) as real JS functions,
// one script per module, which the command loads with V8's code cache: an
// import of such a module then skips parsing, code generation and the
// compilation of its JS. The compiler's output is a pure function of the
// source text, so a module is found by its source; a lib file edited after
// the build simply compiles as any other module does.

import type { CodeUnit } from '../compile/codegen.js';
import type { PyObject } from './object.js';

export type Factory = (rt: unknown, K: PyObject[]) => unknown;

/** One module's compiled form. */
export interface PrecompiledModule {
  /** The code units (the module's, then its constants' depth first), for the given co_filename. */
  units(filename: string): CodeUnit;
  /** The JS factory of each unit, in the order CodeUnit consts are walked depth first. */
  factories: Factory[];
}

/** What identifies a precompiled source, and how to load its module. */
export interface PrecompiledEntry {
  /** The source's length and its two hashes (sourceHashes). */
  length: number;
  hash: number;
  hash2: number;
  load(): PrecompiledModule;
}

const registry = new Map<number, PrecompiledEntry[]>();
/** Where the entries come from (the command reads an index file), asked when a file of `loaderDir` first compiles. */
let loader: (() => PrecompiledEntry[]) | null = null;
let loaderDir = '';

export function setPrecompiledLoader(load: () => PrecompiledEntry[], dir: string): void {
  loader = load;
  loaderDir = dir;
}

/**
 * FNV-1a over the UTF-16 code units, with two offset bases, in one pass:
 * with the length, 64 bits that tell a library source from any other text,
 * fast to compute (start-up hashes the sources of the modules it imports).
 */
export function sourceHashes(s: string): [number, number] {
  let h = 0x811c9dc5;
  let g = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193);
    g = Math.imul(g ^ c, 0x01000193);
  }
  return [h >>> 0, g >>> 0];
}

// One call before any real source: the first real call runs long enough for
// V8 to optimize the loop mid-way (OSR), and the optimized code then stops at
// the return's operations, which had never run, every time it finishes.
sourceHashes('#');

/** The precompiled form of this source (of file `filename`), if the build made one. */
export function precompiledFor(source: string, filename: string): PrecompiledModule | null {
  if (loader !== null && filename.startsWith(loaderDir)) {
    const load = loader;
    loader = null;
    for (const e of load()) {
      const same = registry.get(e.hash);
      if (same === undefined) registry.set(e.hash, [e]);
      else same.push(e);
    }
  }
  if (registry.size === 0) return null;
  const [h1, h2] = sourceHashes(source);
  const found = registry.get(h1);
  if (found === undefined) return null;
  for (const e of found) if (e.length === source.length && e.hash2 === h2) return e.load();
  return null;
}
