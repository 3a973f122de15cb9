// formatSyntaxError against CPython 3.11's own output. The cases live in
// tests/cli/report_cases.json, written by tools/gen_parse_goldens.py: each is
// the attributes of a SyntaxError and what sys.excepthook printed for it, both
// for the real errors of tests/conformance/syntax_errors and for synthetic
// errors that reach the corners of pythonrun.c's print_error_text.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import { formatSyntaxError } from '../../src/cli/report.js';
import { PySyntaxError, type SyntaxErrorKind } from '../../src/parse/errors.js';

interface ReportCase {
  name: string;
  kind: SyntaxErrorKind;
  msg: string;
  filename: string;
  lineno: number;
  offset: number;
  text: string | null;
  endLineno: number;
  endOffset: number;
  expected: string;
}

// Runs from dist/tests/cli/; the cases stay in the source tree.
const CASES_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..',
  'tests', 'cli', 'report_cases.json');
const cases: ReportCase[] = JSON.parse(fs.readFileSync(CASES_PATH, 'utf8'));

function errorOf(c: ReportCase): PySyntaxError {
  // The generator writes CPython's filename=None (no location at all) as ''.
  return new PySyntaxError(c.kind, c.msg, c.filename, c.lineno, c.offset, c.text, c.endLineno, c.endOffset, c.filename === '');
}

describe('formatSyntaxError matches CPython 3.11', () => {
  test('corpus has the printer corner cases', () => {
    // Guards against an emptied or truncated case file passing vacuously.
    assert.ok(cases.length >= 100, `only ${cases.length} cases`);
    assert.ok(cases.some((c) => c.kind === 'TabError'));
    assert.ok(cases.some((c) => c.text === null));
  });
  for (const c of cases) {
    test(c.name, () => {
      assert.equal(formatSyntaxError(errorOf(c)), c.expected);
    });
  }
});
