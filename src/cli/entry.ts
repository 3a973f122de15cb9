// What bin/pyheap.js needs of the CLI, in one module: tools/bundle.mjs makes
// it the single script the command loads.

export { main, nodeIO } from './main.js';
import { LIB_DIR } from './main.js';
export { runWorker } from './worker.js';

import * as constants from '../parse/constants.js';
import { setPrecompiledLoader, type PrecompiledModule } from '../runtime/precompiled.js';

/** An entry of the precompiled library's index (tools/precompile_lib.mjs). */
interface IndexEntry {
  /** The module's source, under lib/. */
  path: string;
  /** Its script, under the index's folder. */
  file: string;
}

/**
 * Use the precompiled library: `index` lists its modules, read when a module
 * of lib/ first compiles; `load` runs one module's script.
 */
export function usePrecompiledLib(index: () => IndexEntry[],
  load: (file: string) => (c: typeof constants) => PrecompiledModule): void {
  setPrecompiledLoader(() => index().map((e) => ({ path: e.path, load: () => load(e.file)(constants) })), LIB_DIR + '/');
}
