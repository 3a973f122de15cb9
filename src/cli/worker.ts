// The CLI in a worker thread (see bin/pyheap.js): same as main(), with the
// interrupt flag the main thread sets on SIGINT. bin/pyheap.js hands over the
// worker's data and port, so that a run without a terminal never loads
// Node's worker_threads module.

import type { MessagePort } from 'node:worker_threads';
import { main, nodeIO } from './main.js';
import { ts } from '../runtime/types/frame.js';

export function runWorker(workerData: { flag: Int32Array; stdinIsTTY: boolean; stdoutIsTTY: boolean }, parentPort: MessagePort): void {
  ts.interrupt = workerData.flag;
  const status = main(process.argv.slice(2), nodeIO(workerData.stdinIsTTY, workerData.stdoutIsTTY));
  parentPort.postMessage(status);
}
