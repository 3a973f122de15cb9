// What bin/pyheap.js needs of the CLI, in one module: tools/bundle.mjs makes
// it the single script the command loads.

export { main } from './main.js';
export { runWorker } from './worker.js';
