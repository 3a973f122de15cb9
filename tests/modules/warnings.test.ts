// The warnings module (lib/warnings.py), the compiler's SyntaxWarnings
// (src/runtime/compileWarnings.ts) and the runtime's own warnings
// (src/runtime/warnings.ts) against CPython 3.11: the cases in
// tests/modules/warnings_cases.json were written by tools/gen_warnings_cases.py.

import { runCaseFile } from './pycases.js';

runCaseFile('warnings_cases.json');
