// int, bool, float and complex against CPython 3.11: the cases in
// tests/runtime/numbers_cases.json were written by tools/gen_number_cases.py
// from python3. Each case is rebuilt from runtime objects, run through the
// abstract protocol (operators, comparisons, calls of types and methods), and
// its result's type and repr, or its exception's type and message, compared
// with CPython's. libm_pow checks the port of the C library's pow bit for bit.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

import { bootstrap } from '../../src/runtime/bootstrap.js';
import { PyObject, decref } from '../../src/runtime/object.js';
import type { PyType } from '../../src/runtime/type.js';
import * as ab from '../../src/runtime/abstract.js';
import { Bin, Op } from '../../src/runtime/abstract.js';
import { HASH } from '../../src/runtime/hashing.js';
import { newStr } from '../../src/runtime/types/str.js';
import { IntType, BoolType, newIntValue, normInt, smallInt } from '../../src/runtime/types/int.js';
import { newBool } from '../../src/runtime/types/bool.js';
import { FloatType, newFloat, libmPow } from '../../src/runtime/types/float.js';
import { ComplexType, newComplex, hypot } from '../../src/runtime/types/complex.js';
import { newNone, NotImplemented, NoneType } from '../../src/runtime/types/none.js';
import { typeError } from '../../src/runtime/errors.js';
import { newList } from '../../src/runtime/types/list.js';
import { newBytes } from '../../src/runtime/types/bytes.js';
import { PyBaseException } from '../../src/runtime/types/exceptions.js';
import { hashToInt } from '../../src/common/hash.js';

type Enc = [string, ...unknown[]];
type Outcome = ['ok', string, string] | ['err', string, string];
type Call = [Enc, Enc[], Record<string, Enc>, Outcome];

interface Cases {
  values: Enc[];
  matrix: [string, number, number, number][];
  binary: [string, Enc, Enc, Outcome][];
  pow3_values: Enc[];
  pow3_matrix: [number, number, number, number][];
  pow3: [Enc, Enc, Enc, Outcome][];
  unary: [string, Enc, Outcome][];
  calls: Call[];
  to_bytes_calls: Call[];
  attrs: [Enc, string, Outcome][];
  dicts: Record<string, string[]>;
  libm_pow: [string, string, string][];
  libm_hypot: [string, string, string][];
  outcomes: Outcome[];
}

const cases: Cases = JSON.parse(
  readFileSync(new URL('../../../tests/runtime/numbers_cases.json', import.meta.url), 'utf8'));

bootstrap();

// ---------------------------------------------------------------- values

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function bitsOf(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

function hexBytes(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const TYPES: Record<string, PyType> = { int: IntType, bool: BoolType, float: FloatType, complex: ComplexType };

/** The object an encoded value stands for (a new reference). */
function value(v: Enc): PyObject {
  switch (v[0]) {
    case 'i': return newIntValue(normInt(BigInt(v[1] as string)));
    case 'b': return newBool(v[1] === 1);
    case 'f': return newFloat(fromBits(v[1] as string));
    case 'c': return newComplex(fromBits(v[1] as string), fromBits(v[2] as string));
    case 's': return newStr(v[1] as string);
    case 'n': return newNone();
    case 'x': return newBytes(hexBytes(v[1] as string));
    case 'l': return newList((v[1] as Enc[]).map(value));
    case 'T': {
      const t = TYPES[v[1] as string];
      t.rc++;
      return t;
    }
    case 'A': {
      const o = value(v[1] as Enc);
      try {
        return ab.getattr(o, newStr(v[2] as string));
      } finally {
        decref(o);
      }
    }
    default: throw new Error(`unknown value ${JSON.stringify(v)}`);
  }
}

/** A long repr is compared through a digest, as the generator wrote it. */
function short(text: string): string {
  if (text.length <= 100) return text;
  return 'sha256:' + createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 24);
}

/** f()'s result as [ok, type, repr] or its Python exception as [err, type, message]. */
function outcomeOf(f: () => PyObject): Outcome {
  try {
    const r = f();
    try {
      return ['ok', r.type.name, short(ab.reprJS(r))];
    } finally {
      decref(r);
    }
  } catch (e) {
    if (!(e instanceof PyBaseException)) throw e;
    const o: Outcome = ['err', e.type.name, ab.strJS(e)];
    decref(e);
    return o;
  }
}

/** Run `f` over the inputs with their operands; collect the mismatches. */
function check<T>(items: T[], label: (item: T) => string, expected: (item: T) => Outcome,
  run: (item: T) => Outcome): void {
  const failures: string[] = [];
  for (const item of items) {
    const want = expected(item);
    const got = run(item);
    if (JSON.stringify(got) !== JSON.stringify(want)) {
      failures.push(`${label(item)}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
  }
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${items.length} cases differ`);
}

function show(v: Enc): string {
  return JSON.stringify(v);
}

// ---------------------------------------------------------------- operators

const BINARY: Record<string, Bin> = {
  '+': Bin.ADD, '-': Bin.SUB, '*': Bin.MUL, '/': Bin.TRUEDIV, '//': Bin.FLOORDIV, '%': Bin.MOD, '**': Bin.POW,
  '<<': Bin.LSHIFT, '>>': Bin.RSHIFT, '&': Bin.AND, '|': Bin.OR, '^': Bin.XOR, divmod: Bin.DIVMOD,
};
const COMPARE: Record<string, Op> = { '<': Op.LT, '<=': Op.LE, '==': Op.EQ, '!=': Op.NE, '>': Op.GT, '>=': Op.GE };

function binary(op: string, a: PyObject, b: PyObject): Outcome {
  return outcomeOf(() => (op in COMPARE ? ab.richCompare(a, b, COMPARE[op]) : ab.binaryOp(a, b, BINARY[op])));
}

function withValues<R>(encs: Enc[], f: (objs: PyObject[]) => R): R {
  const objs = encs.map(value);
  try {
    return f(objs);
  } finally {
    for (const o of objs) decref(o);
  }
}

test('binary operators and comparisons on every pair of values', () => {
  const values = cases.values.map(value);
  check(cases.matrix, ([op, i, j]) => `${show(cases.values[i])} ${op} ${show(cases.values[j])}`,
    ([, , , k]) => cases.outcomes[k], ([op, i, j]) => binary(op, values[i], values[j]));
});

test('binary operators on random big ints, floats and complexes', () => {
  check(cases.binary, ([op, a, b]) => `${show(a)} ${op} ${show(b)}`, (c) => c[3],
    ([op, a, b]) => withValues([a, b], ([x, y]) => binary(op, x, y)));
});

/** pow(a, b, m) as CPython's ternary_op dispatches it over the three operands' slots. */
function ternaryPow(a: PyObject, b: PyObject, m: PyObject): PyObject {
  const sv = a.type.ternaryPow;
  let sw = b.type !== a.type ? b.type.ternaryPow : null;
  if (sw === sv) sw = null;
  for (const s of [sv, sw]) {
    if (s === null) continue;
    const r = s(a, b, m);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  const sz = m.type.ternaryPow;
  if (sz !== null && sz !== sv && sz !== sw) {
    const r = sz(a, b, m);
    if (r !== NotImplemented) return r;
    decref(r);
  }
  const names = m.type === NoneType ? `'${a.type.name}' and '${b.type.name}'`
    : `'${a.type.name}', '${b.type.name}', '${m.type.name}'`;
  throw typeError(`unsupported operand type(s) for ** or pow(): ${names}`);
}

test('pow(a, b, m)', () => {
  const values = cases.pow3_values.map(value);
  const label = (i: number, j: number, k: number) =>
    `pow(${show(cases.pow3_values[i])}, ${show(cases.pow3_values[j])}, ${show(cases.pow3_values[k])})`;
  check(cases.pow3_matrix, ([i, j, k]) => label(i, j, k), ([, , , o]) => cases.outcomes[o],
    ([i, j, k]) => outcomeOf(() => ternaryPow(values[i], values[j], values[k])));
  check(cases.pow3, ([a, b, m]) => `pow(${show(a)}, ${show(b)}, ${show(m)})`, (c) => c[3],
    ([a, b, m]) => withValues([a, b, m], ([x, y, z]) => outcomeOf(() => ternaryPow(x, y, z))));
});

const UNARY: Record<string, (o: PyObject) => PyObject> = {
  neg: (o) => ab.unaryOp(o, 'neg', '-'),
  pos: (o) => ab.unaryOp(o, 'pos', '+'),
  invert: (o) => ab.unaryOp(o, 'invert', '~'),
  abs: (o) => ab.unaryOp(o, 'abs', ''),
  bool: (o) => newBool(ab.isTrue(o)),
  hash: (o) => {
    const lo = ab.hashOf(o);
    return newIntValue(hashToInt(lo, HASH.hi));
  },
  int: (o) => ab.call(IntType, [o]),
  float: (o) => ab.call(FloatType, [o]),
  complex: (o) => ab.call(ComplexType, [o]),
  repr: (o) => ab.repr(o),
  str: (o) => ab.str(o),
  round: (o) => callMethod(o, '__round__'),
  trunc: (o) => callMethod(o, '__trunc__'),
  floor: (o) => callMethod(o, '__floor__'),
  ceil: (o) => callMethod(o, '__ceil__'),
};

function callMethod(o: PyObject, name: string): PyObject {
  const m = ab.getattr(o, newStr(name));
  try {
    return ab.call(m, []);
  } finally {
    decref(m);
  }
}

test('unary operators, conversions, hash, repr and str', () => {
  check(cases.unary, ([op, a]) => `${op}(${show(a)})`, (c) => c[2],
    ([op, a]) => withValues([a], ([x]) => outcomeOf(() => UNARY[op](x))));
});

// ---------------------------------------------------------------- calls and attributes

function runCall([callee, args, kwargs]: Call): Outcome {
  let f: PyObject;
  try {
    f = value(callee);
  } catch (e) {
    return outcomeOf(() => {
      throw e;
    });
  }
  const kwnames = Object.keys(kwargs);
  const encs = [...args, ...kwnames.map((k) => kwargs[k])];
  try {
    return withValues(encs, (objs) => outcomeOf(() => ab.call(f, objs, kwnames.length > 0 ? kwnames : null)));
  } finally {
    decref(f);
  }
}

function showCall([callee, args, kwargs]: Call): string {
  return `${show(callee)}(${args.map(show).join(', ')}${Object.keys(kwargs).length ? ', ' + JSON.stringify(kwargs) : ''})`;
}

test('constructors and methods', () => {
  check(cases.calls, showCall, (c) => c[3], runCall);
});

test('int.to_bytes', () => {
  check(cases.to_bytes_calls, showCall, (c) => c[3], runCall);
});

test('attributes', () => {
  check(cases.attrs, ([v, name]) => `${show(v)}.${name}`, (c) => c[2], ([v, name]) => withValues([v], ([o]) =>
    outcomeOf(() => {
      const r = ab.getattr(o, newStr(name));
      if (r.type.call === null) return r;
      // A method or type: the generator recorded its type's name.
      const n = r.type.name;
      decref(r);
      return newStr(n);
    })));
});

test("the types' attribute dictionaries", () => {
  for (const [name, keys] of Object.entries(cases.dicts)) {
    const got = [...TYPES[name].attrs.keys()].filter((k) => k !== '__doc__').sort();
    assert.deepEqual(got, keys, name);
  }
});

// ---------------------------------------------------------------- C's pow

/** A C library function of two doubles against CPython's C library, bit for bit. */
function checkLibm(name: string, f: (x: number, y: number) => number, items: [string, string, string][]): void {
  const failures: string[] = [];
  for (const [x, y, want] of items) {
    const got = bitsOf(f(fromBits(x), fromBits(y)));
    // NaNs differ only in payload bits, which Python never shows.
    if (got !== want && !(Number.isNaN(fromBits(got)) && Number.isNaN(fromBits(want)))) {
      failures.push(`${name}(${fromBits(x)}, ${fromBits(y)}): got ${fromBits(got)}, want ${fromBits(want)}`);
    }
  }
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} of ${items.length} differ`);
}

test("C's pow, bit for bit", () => checkLibm('pow', libmPow, cases.libm_pow));

test("C's hypot, bit for bit", () => checkLibm('hypot', hypot, cases.libm_hypot));

// ---------------------------------------------------------------- identity and reference counts

test('small ints are cached, results are normalised', () => {
  const a = ab.binaryOp(smallInt(100), smallInt(156), Bin.ADD);
  assert.equal(a, smallInt(256));
  decref(a);
  const big = newIntValue(normInt(2n ** 60n));
  const back = ab.binaryOp(big, big, Bin.SUB);
  assert.equal(back, smallInt(0));
  assert.equal(typeof (ab.binaryOp(big, smallInt(2), Bin.FLOORDIV) as unknown as { v: unknown }).v, 'bigint');
  const x = newIntValue(normInt(2n ** 60n + 1n));
  const y = ab.binaryOp(x, big, Bin.SUB);
  assert.equal(y, smallInt(1));
});

test('operations leave their operands with the counts they had', () => {
  const objs = [newIntValue(7), newIntValue(normInt(3n ** 90n)), newFloat(2.5), newComplex(1, 2), newBool(true)];
  const before = objs.map((o) => o.rc);
  for (const a of objs) {
    for (const b of objs) {
      for (const op of [Bin.ADD, Bin.MUL, Bin.TRUEDIV, Bin.POW, Bin.AND, Bin.DIVMOD]) {
        const r = outcomeOf(() => ab.binaryOp(a, b, op));
        assert.ok(r[0] === 'ok' || r[0] === 'err');
      }
      decref(ab.richCompare(a, b, Op.EQ));
    }
  }
  assert.deepEqual(objs.map((o) => o.rc), before);
});
