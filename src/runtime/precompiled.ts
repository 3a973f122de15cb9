// Compiled code for the standard-library modules pyheap writes in Python
// (lib/), made at build time (tools/precompile_lib.mjs) as real JS functions,
// one script per module, which the command loads with V8's code cache: an
// import of such a module then skips parsing, code generation and the
// compilation of its JS. A module is found by its path in the library's
// folder and used only when the file's text is still the text it was made
// from (kept in the script: comparing two strings is native, where hashing
// the text in JS cost start-up more than half a millisecond); a lib file
// edited after the build simply compiles as any other module does.

import type { CodeUnit } from '../compile/codegen.js';
import type { PyObject } from './object.js';

export type Factory = (rt: unknown, K: PyObject[]) => unknown;

/** One module's compiled form. */
export interface PrecompiledModule {
  /** The source text it was compiled from. */
  source: string;
  /** The code units (the module's, then its constants' depth first), for the given co_filename. */
  units(filename: string): CodeUnit;
  /** The JS factory of each unit, in the order CodeUnit consts are walked depth first. */
  factories: Factory[];
}

/** What names a precompiled module, and how to load it. */
export interface PrecompiledEntry {
  /** The source file's path under the library's folder, with '/' separators ('json/decoder.py'). */
  path: string;
  load(): PrecompiledModule;
}

const registry = new Map<string, PrecompiledEntry>();
/** Where the entries come from (the command reads an index file), asked when a file of `loaderDir` first compiles. */
let loader: (() => PrecompiledEntry[]) | null = null;
let loaderDir = '';

export function setPrecompiledLoader(load: () => PrecompiledEntry[], dir: string): void {
  loader = load;
  loaderDir = dir;
  registry.clear();
}

/** The precompiled form of this source (of file `filename`), if the build made one from this very text. */
export function precompiledFor(source: string, filename: string): PrecompiledModule | null {
  if (loaderDir === '' || !filename.startsWith(loaderDir)) return null;
  if (loader !== null) {
    const load = loader;
    loader = null;
    for (const e of load()) registry.set(e.path, e);
  }
  const e = registry.get(filename.slice(loaderDir.length));
  if (e === undefined) return null;
  const m = e.load();
  return m.source === source ? m : null;
}
