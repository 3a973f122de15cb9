// src/common/libm.ts against tests/common/libm_cases.json, made by
// tools/gen_libm_cases.py from the C library CPython 3.11 calls (glibc, via
// ctypes): the ported functions must give glibc's bits on every case; sin,
// cos, tan, asin, acos, atan and atan2 must be correctly rounded (the test
// reports how often glibc itself is not, which is how often pyheap can differ).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as libm from '../../src/common/libm.js';

interface Cases {
  ported: Record<string, [string, string][]>;
  rounded: Record<string, [string, string, string][]>;
  atan2: [string, string, string, string][];
  atan2_special: [string, string, string][];
  fma: [string, string, string, string][];
  ldexp: [string, number, string][];
}
const cases: Cases = JSON.parse(
  readFileSync(new URL('../../../tests/common/libm_cases.json', import.meta.url), 'utf8'));

const view = new DataView(new ArrayBuffer(8));
function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function toBits(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** Same double, NaNs alike whatever their payload. */
function same(got: number, want: number): boolean {
  return Object.is(got, want) || (got !== got && want !== want);
}

type Unary = (x: number) => number;
const fns = libm as unknown as Record<string, Unary>;

test('ported_functions_give_glibcs_bits', () => {
  for (const [name, rows] of Object.entries(cases.ported)) {
    const f = fns[name];
    const bad: string[] = [];
    for (const [x, want] of rows) {
      const got = f(fromBits(x));
      if (!same(got, fromBits(want))) bad.push(`${name}(${fromBits(x)}) = ${toBits(got)}, glibc ${want}`);
    }
    assert.deepEqual(bad, [], name);
  }
});

test('trigonometric_functions_are_correctly_rounded', (t) => {
  let glibcDiffers = 0, total = 0;
  for (const [name, rows] of Object.entries(cases.rounded)) {
    const f = fns[name];
    const bad: string[] = [];
    for (const [x, want, glibc] of rows) {
      const got = f(fromBits(x));
      total++;
      if (glibc !== want) glibcDiffers++;
      if (!same(got, fromBits(want))) bad.push(`${name}(${fromBits(x)}) = ${toBits(got)}, want ${want}`);
    }
    assert.deepEqual(bad, [], name);
  }
  t.diagnostic(`glibc is not correctly rounded on ${glibcDiffers} of ${total} cases`);
});

test('atan2_is_correctly_rounded_and_has_c99_special_values', () => {
  const bad: string[] = [];
  for (const [y, x, want] of cases.atan2) {
    const got = libm.atan2(fromBits(y), fromBits(x));
    if (!same(got, fromBits(want))) bad.push(`atan2(${fromBits(y)}, ${fromBits(x)}) = ${got}`);
  }
  for (const [y, x, want] of cases.atan2_special) {
    const got = libm.atan2(fromBits(y), fromBits(x));
    if (!same(got, fromBits(want))) bad.push(`atan2(${fromBits(y)}, ${fromBits(x)}) = ${got}, want ${fromBits(want)}`);
  }
  assert.deepEqual(bad, []);
});

test('fma_rounds_once', () => {
  for (const [a, b, c, want] of cases.fma) {
    assert.equal(toBits(libm.fma(fromBits(a), fromBits(b), fromBits(c))), want);
  }
});

test('ldexp_rounds_subnormal_results_once', () => {
  for (const [x, n, want] of cases.ldexp) {
    assert.equal(toBits(libm.ldexp(fromBits(x), n)), want, `ldexp(${fromBits(x)}, ${n})`);
  }
});

test('frexp_splits_subnormals', () => {
  assert.equal(libm.frexp(5e-324), 0.5);
  assert.equal(libm.frexpExponent(), -1073);
  assert.equal(libm.frexp(-3), -0.75);
  assert.equal(libm.frexpExponent(), 2);
});
