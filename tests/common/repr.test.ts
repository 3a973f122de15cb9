// repr() of constants against tests/common/repr_cases.json, made by
// tools/gen_repr_cases.py from CPython 3.11's own repr().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { reprStr, reprBytes, reprFloat, reprComplex, reprInt } from '../../src/common/repr.js';

interface Cases {
  float: [string, string][];
  complex: [string, string, string][];
  str: [string, string][];
  bytes: [string, string][];
  int: [string, string][];
}
const cases: Cases = JSON.parse(
  readFileSync(new URL('../../../tests/common/repr_cases.json', import.meta.url), 'utf8'));

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** Every mismatch, so a failure names all the inputs that broke. */
function mismatches<T extends unknown[]>(rows: T[], run: (row: T) => [string, string]): string[] {
  const bad: string[] = [];
  for (const row of rows) {
    const [got, want] = run(row);
    if (got !== want) bad.push(`${JSON.stringify(row)}: got ${got}, want ${want}`);
  }
  return bad;
}

test('float_repr_matches_cpython', () => {
  assert.ok(cases.float.length > 1000);
  assert.deepEqual(mismatches(cases.float, ([bits, want]) => [reprFloat(fromBits(bits)), want]), []);
});

test('float_repr_format_switches_to_exponent_at_1e16_and_1e-4', () => {
  // Spot checks that stay readable; the expected text still comes from repr_cases.json.
  for (const x of [1e16, 1e15, 1e-5, 0.0001, -0, 1, 5e-324]) {
    const row = cases.float.find(([bits]) => Object.is(fromBits(bits), x));
    assert.ok(row, String(x));
    assert.equal(reprFloat(x), row[1]);
  }
});

test('complex_repr_matches_cpython', () => {
  assert.ok(cases.complex.length > 200);
  assert.deepEqual(mismatches(cases.complex,
    ([re, im, want]) => [reprComplex(fromBits(re), fromBits(im)), want]), []);
});

test('str_repr_matches_cpython_including_lone_surrogates', () => {
  assert.ok(cases.str.some(([s]) => /[\ud800-\udfff]/.test(s)));
  assert.deepEqual(mismatches(cases.str, ([s, want]) => [reprStr(s), want]), []);
});

test('str_repr_treats_surrogate_pair_as_one_code_point', () => {
  const astral = cases.str.find(([s]) => s.codePointAt(0)! >= 0x10000 && s.length === 2);
  assert.ok(astral);
  assert.equal(reprStr(astral[0]), astral[1]);
});

test('bytes_repr_matches_cpython', () => {
  assert.ok(cases.bytes.length >= 256);
  assert.deepEqual(mismatches(cases.bytes, ([hex, want]) => [reprBytes(fromHex(hex)), want]), []);
});

test('int_repr_matches_cpython_for_bigint_and_safe_numbers', () => {
  assert.deepEqual(mismatches(cases.int, ([v, want]) => [reprInt(BigInt(v)), want]), []);
  const safe = cases.int.filter(([v]) => Number.isSafeInteger(Number(v)));
  assert.ok(safe.length > 5);
  assert.deepEqual(mismatches(safe, ([v, want]) => [reprInt(Number(v)), want]), []);
});
