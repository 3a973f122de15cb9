// One run of the embedding API in a process of its own (the runtime's global
// state is per process): reads {source, filename, stdin} as JSON on stdin,
// prints runPython's {stdout, stderr, status} as JSON.

import * as fs from 'node:fs';
import { runPython } from '../../src/index.js';

const req = JSON.parse(fs.readFileSync(0, 'utf8')) as { source: string; filename: string; stdin: string };
process.stdout.write(JSON.stringify(runPython(req.source, { filename: req.filename, stdin: req.stdin })));
