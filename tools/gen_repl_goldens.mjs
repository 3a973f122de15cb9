#!/usr/bin/env node
// Record CPython 3.11's interactive transcripts for the sessions in
// tests/cli/repl/*.txt, through a pipe (`python3 -i`) and a pseudo-terminal.
// Build first (npm run build); needs python3 = CPython 3.11 and util-linux's `script`.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { replPipe, replPty } from '../dist/tests/cli/replDriver.js';

const version = execFileSync('python3', ['-c', 'import sys; print(sys.implementation.name, sys.version_info[:2])']).toString().trim();
if (version !== 'cpython (3, 11)') {
  console.error(`gen_repl_goldens needs CPython 3.11 as python3, found ${version}`);
  process.exit(1);
}
const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'tests', 'cli', 'repl');
const env = { PATH: process.env.PATH, HOME: process.env.HOME, PYTHONHASHSEED: '0', LC_ALL: 'C.UTF-8', PYTHONDONTWRITEBYTECODE: '1' };
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
  const base = path.join(dir, f.slice(0, -4));
  const input = fs.readFileSync(path.join(dir, f), 'utf8');
  const pipe = await replPipe(['python3'], input, env);
  fs.writeFileSync(base + '.pipe.json', JSON.stringify(pipe, null, 1) + '\n');
  const pty = await replPty(['python3'], input, env);
  fs.writeFileSync(base + '.pty.json', JSON.stringify(pty, null, 1) + '\n');
  console.log(`${f}: pipe status ${pipe.status}, pty status ${pty.status}`);
}
