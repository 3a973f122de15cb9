// The re module (src/modules/_sre.ts, lib/re) against CPython 3.11: the
// cases in tests/modules/re_cases.json were written by tools/gen_re_cases.py.

import { runCaseFile } from './pycases.js';

runCaseFile('re_cases.json');
