// What bin/pyheap.js needs of the CLI, in one module: tools/bundle.mjs makes
// it the single script the command loads.

export { main, nodeIO } from './main.js';
import { LIB_DIR } from './main.js';
export { runWorker } from './worker.js';

import * as constants from '../parse/constants.js';
import { setPrecompiledLoader, type PrecompiledModule } from '../runtime/precompiled.js';

/** An entry of the precompiled library's index (tools/precompile_lib.mjs). */
interface IndexEntry {
  length: number;
  hash: number;
  hash2: number;
  file: string;
}

/**
 * Use the precompiled library: `index` lists its modules, read when a module
 * of lib/ first compiles; `load` runs one module's script.
 */
export function usePrecompiledLib(index: () => IndexEntry[],
  load: (file: string) => (c: typeof constants) => PrecompiledModule): void {
  setPrecompiledLoader(() => index().map((e) => ({ ...e, load: () => load(e.file)(constants) })), LIB_DIR + '/');
}
