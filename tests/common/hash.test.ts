// hash() of str, bytes, int, float, complex, identity, tuple and frozenset
// against tests/common/hash_cases.json, made by tools/gen_hash_cases.py from
// CPython 3.11 with PYTHONHASHSEED=0.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  hashHi, hashToInt, hashStr, hashBytes, hashInt, hashFloat, hashComplex, hashPointer,
  hashTuple, hashFrozenset, tupleHashStep, tupleHashFinish, shuffleBits, frozensetHashFinish,
  TUPLE_HASH_START_LO, TUPLE_HASH_START_HI,
} from '../../src/common/hash.js';

type Value =
  | ['int' | 'float' | 'str' | 'bytes' | 'hash', string]
  | ['complex', string, string]
  | ['tuple' | 'frozenset', Value[]];

interface Cases {
  str: [string, string][];
  bytes: [string, string][];
  int: [string, string][];
  float: [string, string][];
  nan: [number, string][];
  pointer: [number, string][];
  complex: [string, string, number, string][];
  tuple: [Value, string][];
  frozenset: [Value, string][];
}
const cases: Cases = JSON.parse(
  readFileSync(new URL('../../../tests/common/hash_cases.json', import.meta.url), 'utf8'));

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

/** A Python int as pyheap holds it: a number when safe, else a bigint. */
function pyInt(text: string): number | bigint {
  const big = BigInt(text);
  const n = Number(big);
  return Number.isSafeInteger(n) ? n : big;
}

/** A decimal Py_hash_t as the (lo, hi) pair the hash functions produce. */
function pair(text: string): [number, number] {
  const v = BigInt.asUintN(64, BigInt(text));
  return [Number(BigInt.asIntN(32, v)), Number(BigInt.asIntN(32, v >> 32n))];
}

/** A hash function's result: its return value and the register's high word. */
function result(lo: number): [number, number] {
  return [lo, hashHi];
}

/** Checks a (lo, hi) result against CPython's value, both as the pair a table
 *  uses and as the int Python's hash() returns. */
function check(bad: string[], label: unknown, [lo, hi]: [number, number], want: string): void {
  const got = hashToInt(lo, hi);
  const [wantLo, wantHi] = pair(want);
  if (lo !== wantLo || hi !== wantHi || got !== pyInt(want)) {
    bad.push(`${JSON.stringify(label).slice(0, 120)}: got ${got} (${lo}, ${hi}), want ${want}`);
  }
}

/** The hash of a typed value from the cases file, nested items included. */
function hashValue(v: Value): [number, number] {
  switch (v[0]) {
    case 'int': return result(hashInt(pyInt(v[1])));
    case 'float': return result(hashFloat(fromBits(v[1]), 0));
    case 'str': return result(hashStr(v[1]));
    case 'bytes': return result(hashBytes(fromHex(v[1])));
    case 'hash': return pair(v[1]);
    case 'complex': return result(hashComplex(fromBits(v[1]), fromBits(v[2]), 0));
    case 'tuple': return result(hashTuple(itemHashes(v[1])));
    case 'frozenset': return result(hashFrozenset(itemHashes(v[1])));
  }
}

/** Item hashes laid out as the container functions take them: lo, hi, ... */
function itemHashes(items: Value[]): Int32Array {
  return Int32Array.from(items.flatMap(hashValue));
}

test('str_hash_matches_cpython', () => {
  const bad: string[] = [];
  for (const [s, want] of cases.str) check(bad, s, result(hashStr(s)), want);
  assert.deepEqual(bad, []);
  assert.ok(cases.str.some(([s]) => s.length > 16384 && /[\uD800-\uDFFF]/.test(s)),
    'cases include a UCS-4 string past the scratch buffer');
});

test('bytes_hash_matches_cpython', () => {
  const bad: string[] = [];
  for (const [hex, want] of cases.bytes) check(bad, hex, result(hashBytes(fromHex(hex))), want);
  assert.deepEqual(bad, []);
});

test('str_and_bytes_of_the_same_latin1_data_hash_alike', () => {
  // CPython hashes a latin-1 str over the same bytes as the bytes object.
  const lo = hashStr('caf\xe9'), hi = hashHi;
  assert.equal(hashBytes(Uint8Array.of(0x63, 0x61, 0x66, 0xe9)), lo);
  assert.equal(hashHi, hi);
});

test('int_hash_matches_cpython_for_number_and_bigint', () => {
  const bad: string[] = [];
  for (const [text, want] of cases.int) {
    check(bad, text, result(hashInt(pyInt(text))), want);
    check(bad, `${text}n`, result(hashInt(BigInt(text))), want);
  }
  assert.deepEqual(bad, []);
});

test('float_hash_matches_cpython', () => {
  const bad: string[] = [];
  for (const [bits, want] of cases.float) check(bad, bits, result(hashFloat(fromBits(bits), 0)), want);
  assert.deepEqual(bad, []);
});

test('nan_hashes_by_identity', () => {
  const bad: string[] = [];
  for (const [address, want] of cases.nan) check(bad, address, result(hashFloat(NaN, address)), want);
  assert.deepEqual(bad, []);
});

test('pointer_hash_matches_cpython', () => {
  const bad: string[] = [];
  for (const [address, want] of cases.pointer) check(bad, address, result(hashPointer(address)), want);
  assert.deepEqual(bad, []);
});

test('complex_hash_matches_cpython', () => {
  const bad: string[] = [];
  for (const [re, im, id, want] of cases.complex) {
    check(bad, [re, im], result(hashComplex(fromBits(re), fromBits(im), id)), want);
  }
  assert.deepEqual(bad, []);
});

test('tuple_hash_matches_cpython', () => {
  const bad: string[] = [];
  for (const [value, want] of cases.tuple) check(bad, value, hashValue(value), want);
  assert.deepEqual(bad, []);
  assert.ok(cases.tuple.some(([, want]) => want === '1546275796'), 'cases reach the -1 special case');
});

test('tuple_hash_step_by_step_equals_hash_tuple', () => {
  const items = Int32Array.of(hashStr('a'), hashHi, hashInt(-(2 ** 40)), hashHi);
  const whole = hashTuple(items), wholeHi = hashHi;
  let lo = TUPLE_HASH_START_LO, hi = TUPLE_HASH_START_HI;
  for (let i = 0; i < items.length; i += 2) {
    lo = tupleHashStep(lo, hi, items[i]!, items[i + 1]!);
    hi = hashHi;
  }
  assert.equal(tupleHashFinish(lo, hi, 2), whole);
  assert.equal(hashHi, wholeHi);
});

test('frozenset_hash_matches_cpython', () => {
  const bad: string[] = [];
  for (const [value, want] of cases.frozenset) check(bad, value, hashValue(value), want);
  assert.deepEqual(bad, []);
  assert.ok(cases.frozenset.some(([, want]) => want === '590923713'), 'cases reach the -1 special case');
});

test('frozenset_hash_ignores_item_order', () => {
  const items = Int32Array.of(hashStr('x'), hashHi, hashInt(7), hashHi, hashFloat(0.25, 0), hashHi);
  const forward = hashFrozenset(items), forwardHi = hashHi;
  const backward = hashFrozenset(Int32Array.of(items[4]!, items[5]!, items[2]!, items[3]!, items[0]!, items[1]!));
  assert.deepEqual([backward, hashHi], [forward, forwardHi]);
  let lo = 0, hi = 0;
  for (let i = 0; i < items.length; i += 2) {
    lo ^= shuffleBits(items[i]!, items[i + 1]!);
    hi ^= hashHi;
  }
  assert.equal(frozensetHashFinish(lo, hi, 3), forward);
  assert.equal(hashHi, forwardHi);
});
