#!/usr/bin/env node
// Bundle the compiled CLI into a few files (dist/bundle/): Node then compiles
// one script instead of resolving and loading a hundred modules, which halves
// the command's start-up time.

import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names change from build to build: start from an empty folder.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { main: 'dist/src/cli/main.js', worker: 'dist/src/cli/worker.js', index: 'dist/src/index.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
