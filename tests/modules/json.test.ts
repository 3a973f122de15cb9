// The json package (src/modules/_json.ts, lib/json) against CPython 3.11:
// the cases in tests/modules/json_cases.json were written by
// tools/gen_json_cases.py.

import { runCaseFile } from './pycases.js';

runCaseFile('json_cases.json');
