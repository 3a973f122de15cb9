// formatException against CPython 3.11's own stderr. The cases live in
// tests/runtime/traceback_cases.json, written by tools/gen_traceback_cases.py:
// each is a program CPython ran, the records its uncaught exception gives the
// formatter (read from the real exception and traceback objects in the same
// process), the source lines of the files its traceback names, and the exact
// text CPython printed.

import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  formatException, formatTraceback, isWideChar,
  type ExceptionRecord, type FrameEntry, type NotesRecord, type SyntaxErrorLocation,
} from '../../src/runtime/tracebackFormat.js';

type JsonPositions = [number | null, number | null, number | null, number | null] | null;

interface JsonEntry {
  filename: string;
  lineno: number;
  name: string;
  positions: JsonPositions;
}

interface JsonException {
  qualname: string;
  module: string | null;
  message?: string | null;
  suggestion?: string;
  notes?: NotesRecord;
  traceback: JsonEntry[];
  suppressContext: boolean;
  cause: number | null;
  context: number | null;
  exceptions?: number[];
  syntaxError?: SyntaxErrorLocation;
}

interface TracebackCase {
  name: string;
  files: Record<string, string[]>;
  exceptions: JsonException[];
  /** sys.tracebacklimit; a string when it does not fit a double. */
  tracebackLimit: number | string | null;
  expected: string;
}

interface CaseFile {
  python: string;
  wide: [number, boolean][];
  cases: TracebackCase[];
}

// Runs from dist/tests/runtime/; the cases stay in the source tree.
const CASES_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..',
  'tests', 'runtime', 'traceback_cases.json');
const data: CaseFile = JSON.parse(fs.readFileSync(CASES_PATH, 'utf8'));

function entryOf(e: JsonEntry): FrameEntry {
  const p = e.positions;
  return {
    filename: e.filename,
    lineno: e.lineno,
    name: e.name,
    positions: p === null ? null : { lineno: p[0], endLineno: p[1], colOffset: p[2], endColOffset: p[3] },
  };
}

/** The records, linked by object identity as the runtime links them; the first is the uncaught one. */
function recordsOf(c: TracebackCase): ExceptionRecord[] {
  const records = c.exceptions.map((e) => ({
    qualname: e.qualname,
    module: e.module,
    message: e.message,
    suggestion: e.suggestion,
    notes: e.notes,
    traceback: e.traceback.map(entryOf),
    suppressContext: e.suppressContext,
    syntaxError: e.syntaxError,
    cause: null as ExceptionRecord | null,
    context: null as ExceptionRecord | null,
    exceptions: undefined as ExceptionRecord[] | undefined,
  }));
  c.exceptions.forEach((e, i) => {
    const r = records[i]!;
    r.cause = e.cause === null ? null : records[e.cause]!;
    r.context = e.context === null ? null : records[e.context]!;
    if (e.exceptions) r.exceptions = e.exceptions.map((j) => records[j]!);
  });
  return records;
}

function lineReader(c: TracebackCase): (filename: string, lineno: number) => string | null {
  return (filename, lineno) => c.files[filename]?.[lineno - 1] ?? null;
}

function limitOf(c: TracebackCase): number | bigint | undefined {
  const l = c.tracebackLimit;
  if (l === null) return undefined;
  return typeof l === 'string' ? BigInt(l) : l;
}

describe('formatException matches CPython 3.11', () => {
  test('corpus reaches the printer corner cases', () => {
    // Guards against an emptied or truncated case file passing vacuously.
    assert.ok(data.cases.length >= 150, `only ${data.cases.length} cases`);
    assert.ok(data.cases.some((c) => c.expected.includes('[Previous line repeated 996 more times]')));
    assert.ok(data.cases.some((c) => c.expected.includes('~~~~^^^^^^^')));
    assert.ok(data.cases.some((c) => c.expected.includes('... (max_group_depth is 10)')));
    assert.ok(data.cases.some((c) => c.expected.includes('and 5 more exceptions')));
    assert.ok(data.cases.some((c) => c.exceptions.some((e) => e.suggestion !== undefined)));
  });
  for (const c of data.cases) {
    test(c.name, () => {
      assert.equal(formatException(recordsOf(c)[0]!, lineReader(c), limitOf(c)), c.expected);
    });
  }
});

describe('formatTraceback', () => {
  // PyTraceBack_Print is the part of the full report before the exception
  // line: the report of a single, unchained exception is formatTraceback's
  // text followed by the report of the same exception without a traceback.
  const plain = data.cases.filter((c) => c.exceptions.length === 1 && !c.exceptions[0]!.exceptions &&
    c.exceptions[0]!.traceback.length > 0 && c.tracebackLimit === null);
  test('has cases', () => assert.ok(plain.length >= 50, `only ${plain.length} cases`));
  for (const c of plain) {
    test(c.name, () => {
      const exc = recordsOf(c)[0]!;
      const getLine = lineReader(c);
      const text = formatTraceback(exc.traceback, getLine);
      assert.ok(text.startsWith('Traceback (most recent call last):\n'));
      assert.equal(text + formatException({ ...exc, traceback: [] }, getLine), c.expected);
    });
  }
});

describe('isWideChar matches unicodedata.east_asian_width in W/F', () => {
  test('probes around every run bound and random code points', () => {
    assert.ok(data.wide.length > 1000);
    const wrong = data.wide.filter(([cp, wide]) => isWideChar(cp) !== wide).map(([cp]) => cp.toString(16));
    assert.deepEqual(wrong, []);
  });
});
