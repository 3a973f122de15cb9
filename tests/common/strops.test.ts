// str methods and the str.format parser against tests/common/strops_cases.json,
// CPython 3.11's answers made by tools/gen_strops_cases.py.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PyErrorSpec } from '../../src/common/pyerror.js';
import * as strops from '../../src/common/strops.js';
import { AutoNumber, MarkupIterator, checkConversion, splitFieldName } from '../../src/common/strops.js';

type Json = null | boolean | number | string | Json[] | { int: string };
interface MethodCase { method: string; s: string; args: Json[]; result?: Json; error?: [string, string] }
interface FormatCase { format: string; pieces: Json[][]; error?: [string, string] }
interface FieldCase { name: string; first?: Json; rest?: [boolean, Json][]; error?: [string, string] }
interface NumberingCase { names: string[]; result?: string; error?: [string, string] }
interface ConversionCase { conversion: string; error: [string, string] | null }

const cases: {
  methods: MethodCase[]; formats: FormatCase[]; fields: FieldCase[];
  numbering: NumberingCase[]; conversions: ConversionCase[];
} = JSON.parse(readFileSync(new URL('../../../tests/common/strops_cases.json', import.meta.url), 'utf8'));

/** JSON to the values the API takes and returns: {"int": ...} is a bigint. */
function decode(v: Json): unknown {
  if (Array.isArray(v)) return v.map(decode);
  if (v !== null && typeof v === 'object') return BigInt(v.int);
  return v;
}

/** What fn() returns, or the Python exception it raises. */
function outcome(fn: () => unknown): unknown {
  try {
    return { result: fn() };
  } catch (e) {
    if (e instanceof PyErrorSpec) return { error: [e.pyType, e.pyMessage] };
    throw e;
  }
}

function expected(c: { result?: Json; error?: [string, string] | null }): unknown {
  return c.error ? { error: c.error } : { result: decode(c.result as Json) };
}

const methods = strops as unknown as Record<string, (s: string, ...args: unknown[]) => unknown>;
const byMethod = new Map<string, MethodCase[]>();
for (const c of cases.methods) {
  if (!byMethod.has(c.method)) byMethod.set(c.method, []);
  byMethod.get(c.method)!.push(c);
}

for (const [method, list] of byMethod) {
  test(`str_${method}_matches_cpython`, () => {
    const fn = methods[method]!;
    const bad: string[] = [];
    for (const c of list) {
      const got = outcome(() => fn(c.s, ...(c.args.map(decode))));
      const want = expected(c);
      try {
        assert.deepEqual(got, want);
      } catch {
        bad.push(`${JSON.stringify(c.s)}.${method}(${JSON.stringify(c.args)}): got ${
          JSON.stringify(got, (_, v) => typeof v === 'bigint' ? `${v}n` : v)}, want ${JSON.stringify(c.result ?? c.error)}`);
      }
    }
    assert.deepEqual(bad.slice(0, 20), []);
    assert.ok(list.length >= 50);
  });
}

test('every_method_has_cases_with_non_ascii_and_astral_input', () => {
  for (const [method, list] of byMethod) {
    assert.ok(list.some((c) => /[^\0-\x7f]/.test(c.s)), method);
    assert.ok(list.some((c) => /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(c.s)), method);
  }
});

test('markup_iterator_matches_formatter_parser', () => {
  const bad: string[] = [];
  for (const c of cases.formats) {
    const pieces: unknown[][] = [];
    let error: [string, string] | undefined;
    try {
      const it = new MarkupIterator(c.format);
      for (let p = it.next(); p !== null; p = it.next()) {
        pieces.push([p.literal, p.fieldName, p.fieldName === null ? null : p.formatSpec, p.conversion,
          p.formatSpecNeedsExpanding]);
      }
    } catch (e) {
      if (!(e instanceof PyErrorSpec)) throw e;
      error = [e.pyType, e.pyMessage];
    }
    try {
      assert.deepEqual({ pieces, error }, { pieces: c.pieces, error: c.error });
    } catch {
      bad.push(`${JSON.stringify(c.format)}: got ${JSON.stringify({ pieces, error })}`);
    }
  }
  assert.deepEqual(bad.slice(0, 20), []);
  assert.ok(cases.formats.filter((c) => c.error).length > 100);
});

test('field_name_split_matches_formatter_field_name_split', () => {
  const bad: string[] = [];
  for (const c of cases.fields) {
    const got: { first?: unknown; rest?: unknown[]; error?: [string, string] } = {};
    try {
      const { first, rest } = splitFieldName(c.name);
      got.first = first;
      got.rest = [];
      for (let part = rest.next(); part !== null; part = rest.next()) got.rest.push([part.isAttribute, part.key]);
    } catch (e) {
      if (!(e instanceof PyErrorSpec)) throw e;
      got.error = [e.pyType, e.pyMessage];
    }
    const want = { first: c.first === undefined ? undefined : decode(c.first),
      rest: c.rest === undefined ? undefined : decode(c.rest as Json), error: c.error };
    try {
      assert.deepEqual(got, Object.fromEntries(Object.entries(want).filter(([, v]) => v !== undefined)));
    } catch {
      bad.push(`${JSON.stringify(c.name)}: got ${JSON.stringify(got, (_, v) => typeof v === 'bigint' ? `${v}n` : v)}`);
    }
  }
  assert.deepEqual(bad.slice(0, 20), []);
  assert.ok(cases.fields.some((c) => typeof c.first === 'object' && c.first !== null));
});

test('auto_numbering_matches_str_format', () => {
  const bad: string[] = [];
  for (const c of cases.numbering) {
    const auto = new AutoNumber();
    const got = outcome(() => c.names.map((n) => String(splitFieldName(n, auto).first)).join(''));
    try {
      assert.deepEqual(got, expected(c));
    } catch {
      bad.push(`${JSON.stringify(c.names)}: got ${JSON.stringify(got)}`);
    }
  }
  assert.deepEqual(bad, []);
  assert.ok(cases.numbering.some((c) => c.error) && cases.numbering.some((c) => !c.error));
});

test('conversion_check_matches_str_format', () => {
  for (const c of cases.conversions) {
    const piece = new MarkupIterator(`{0!${c.conversion}}`).next()!;
    const got = outcome(() => piece.conversion === null ? null : checkConversion(piece.conversion));
    assert.deepEqual(got, c.error ? { error: c.error } : { result: piece.conversion === null ? null : c.conversion },
      JSON.stringify(c.conversion));
  }
});
