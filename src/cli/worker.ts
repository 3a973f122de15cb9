// The CLI in a worker thread (see bin/pyheap.js): same as main(), with the
// interrupt flag the main thread sets on SIGINT.

import { parentPort, workerData } from 'node:worker_threads';
import { main, nodeIO } from './main.js';
import { ts } from '../runtime/types/frame.js';

export function runWorker(): void {
  const data = workerData as { flag: Int32Array; stdinIsTTY: boolean; stdoutIsTTY: boolean };
  ts.interrupt = data.flag;
  const io = { ...nodeIO(), stdinIsTTY: data.stdinIsTTY, stdoutIsTTY: data.stdoutIsTTY };
  const status = main(process.argv.slice(2), io);
  parentPort!.postMessage(status);
}
