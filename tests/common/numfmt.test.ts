// Number and string formatting/parsing against tests/common/numfmt_cases.json,
// made by tools/gen_numfmt_cases.py from CPython 3.11.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PyErrorSpec } from '../../src/common/pyerror.js';
import { reprFloat, reprStr } from '../../src/common/repr.js';
import { formatStr } from '../../src/common/formatSpec.js';
import {
  formatInt, formatFloat, formatComplex, parsePercentSpec, percentUnsupported, percentFormatInt,
  percentFormatFloat, percentFormatStr, percentFormatCharStr, intToFloat, intToStr, intToBase, floatRound,
  intRound, parseFloat, parseInt, floatHex, floatFromHex, floatAsIntegerRatio, setIntMaxStrDigits,
  getIntMaxStrDigits, type PercentArgSource,
} from '../../src/common/numfmt.js';

type Outcome = string | [string, string];
type Value = ['i', string] | ['f', string] | ['s', string] | ['d', Record<string, Value>];

interface Cases {
  format: [string, unknown, string, Outcome][];
  formatSubclass: [string, string, string, string, Outcome][];
  percent: [string, Value[] | { map: Record<string, Value> }, Outcome][];
  round: [string, string | null, Outcome][];
  intRound: [string, string, string][];
  parseFloat: [string, Outcome][];
  parseInt: [string, number, Outcome][];
  limits: [string, number, string, Outcome | number][];
  bases: [string, string, string, string][];
  hex: [string, string][];
  fromhex: [string, Outcome][];
  ratio: [string, [string, string] | [string, string]][];
}
const cases: Cases = JSON.parse(
  readFileSync(new URL('../../../tests/common/numfmt_cases.json', import.meta.url), 'utf8'));

const view = new DataView(new ArrayBuffer(8));

function fromBits(hex: string): number {
  view.setBigUint64(0, BigInt('0x' + hex));
  return view.getFloat64(0);
}

function toBits(x: number): string {
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, '0');
}

/** A Python int from its decimal text: a number when safe, as the API hands them in. */
function pyInt(s: string): number | bigint {
  const v = BigInt(s);
  return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
}

/** What a call did, in the generator's encoding: its result, or [type, message]. */
function run(fn: () => unknown, encode: (r: never) => unknown = (r) => r): unknown {
  try {
    return encode(fn() as never);
  } catch (e) {
    if (e instanceof PyErrorSpec) return [e.pyType, e.pyMessage];
    throw e;
  }
}

/** Every mismatch, so a failure names all the inputs that broke. */
function check<T extends unknown[]>(rows: T[], actual: (row: T) => unknown, expected: (row: T) => unknown): void {
  const bad: string[] = [];
  for (const row of rows) {
    const got = actual(row);
    const want = expected(row);
    try {
      assert.deepStrictEqual(got, want);
    } catch {
      bad.push(`${JSON.stringify(row).slice(0, 300)}: got ${JSON.stringify(got)?.slice(0, 300)}`);
    }
  }
  assert.equal(bad.length, 0, `${bad.length} of ${rows.length} differ:\n${bad.slice(0, 40).join('\n')}`);
}

test('format_matches_cpython', () => {
  check(cases.format, ([kind, value, spec]) => run(() => {
    switch (kind) {
      case 'i': return formatInt(pyInt(value as string), spec);
      case 'f': return formatFloat(fromBits(value as string), spec);
      case 's': return formatStr(value as string, spec);
      default: {
        const [re, im] = value as [string, string];
        return formatComplex(fromBits(re), fromBits(im), spec);
      }
    }
  }), (row) => row[3]);
});

test('format_errors_name_the_subclass', () => {
  check(cases.formatSubclass, ([kind, typeName, value, spec]) => run(() => {
    if (kind === 'i') return formatInt(pyInt(value), spec, typeName);
    if (kind === 'f') return formatFloat(fromBits(value), spec, typeName);
    return formatStr(value, spec, typeName);
  }), (row) => row[4]);
});

// --- %-formatting: a small driver plays the runtime's part (argument fetching,
// str()/repr() of the values) around parsePercentSpec and the conversions.

type JsValue = number | bigint | string | { float: number } | Record<string, Value>;

function decode(v: Value): JsValue {
  switch (v[0]) {
    case 'i': return pyInt(v[1]);
    case 'f': return { float: fromBits(v[1]) };
    case 's': return v[1];
    default: return v[1];
  }
}

function typeError(msg: string): never {
  throw new PyErrorSpec('TypeError', msg);
}

/** ascii(): repr with every non-ASCII character escaped. */
function asciiOf(s: string): string {
  return reprStr(s).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    if (cp < 0x100) return '\\x' + cp.toString(16).padStart(2, '0');
    if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
    return '\\U' + cp.toString(16).padStart(8, '0');
  });
}

function strOf(v: JsValue, conversion: string): string {
  if (typeof v === 'string') return conversion === 's' ? v : conversion === 'r' ? reprStr(v) : asciiOf(v);
  if (typeof v === 'number' || typeof v === 'bigint') return intToStr(v);
  if ('float' in v) return reprFloat(v.float as number);
  return '{...}';
}

function percentFormat(fmt: string, input: Value[] | { map: Record<string, Value> }): string {
  const mapping = Array.isArray(input) ? null : input.map;
  const args = Array.isArray(input) ? input.map(decode) : [];
  const dict = mapping;
  let next = 0;
  let current: JsValue | undefined | null; // a mapping value: taken once
  const take = (): JsValue => {
    if (current === null) typeError('not enough arguments for format string');
    if (current !== undefined) {
      const v = current;
      current = null;
      return v;
    }
    if (mapping !== null) return typeError('not enough arguments for format string');
    if (next >= args.length) typeError('not enough arguments for format string');
    return args[next++]!;
  };
  const source: PercentArgSource = {
    checkMapping() {
      if (dict === null) typeError('format requires a mapping');
    },
    selectKey(key) {
      const v = dict![key];
      if (v === undefined) throw new PyErrorSpec('KeyError', reprStr(key));
      current = decode(v);
    },
    star() {
      const v = take();
      if (typeof v !== 'number') return typeError('* wants int');
      return v;
    },
  };
  let out = '';
  let pos = 0;
  for (;;) {
    const at = fmt.indexOf('%', pos);
    if (at < 0) break;
    out += fmt.slice(pos, at);
    current = undefined;
    const spec = parsePercentSpec(fmt, at + 1, source);
    if (spec === null) {
      out += '%';
      pos = at + 2;
      continue;
    }
    const v = take();
    const { flags, width, prec, type } = spec;
    switch (type) {
      case 's': case 'r': case 'a':
        out += percentFormatStr(strOf(v, type), flags, width, prec);
        break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        out += percentFormatInt(v as number | bigint, flags, width, prec, type);
        break;
      case 'c':
        out += typeof v === 'string' ? percentFormatCharStr(v, flags, width)
          : percentFormatInt(v as number | bigint, flags, width, prec, type);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        const x = typeof v === 'object' && 'float' in v ? v.float as number : intToFloat(v as number | bigint);
        out += percentFormatFloat(x, flags, width, prec, type);
        break;
      }
      default:
        percentUnsupported(fmt, spec);
    }
    pos = spec.end;
  }
  if (mapping === null && dict === null && next < args.length) typeError('not all arguments converted during string formatting');
  return out + fmt.slice(pos);
}

test('percent_format_matches_cpython', () => {
  check(cases.percent, ([fmt, args]) => run(() => percentFormat(fmt, args)), (row) => row[2]);
});

test('round_matches_cpython', () => {
  check(cases.round, ([x, nd]) => run(() => floatRound(fromBits(x), nd === null ? null : pyInt(nd)),
    (r: number | bigint) => (nd === null ? String(r) : toBits(r as number))), (row) => row[2]);
  check(cases.intRound, ([v, nd]) => String(intRound(pyInt(v), pyInt(nd))), (row) => row[2]);
});

test('int_results_are_numbers_exactly_when_safe', () => {
  for (const [v, nd] of cases.intRound) {
    const r = intRound(pyInt(v), pyInt(nd));
    assert.equal(typeof r, typeof pyInt(String(r)), `round(${v}, ${nd})`);
  }
  for (const [s, base] of cases.parseInt) {
    const r = run(() => parseInt(s, base));
    if (typeof r !== 'object') assert.equal(typeof r, typeof pyInt(String(r)), `int(${s}, ${base})`);
  }
  assert.ok(Object.is(parseInt('-0', 10), 0));
  assert.ok(Object.is(floatRound(-0.4, null), 0));
});

test('parse_float_matches_cpython', () => {
  check(cases.parseFloat, ([s]) => run(() => parseFloat(s), (r: number) => toBits(r)), (row) => row[1]);
});

test('parse_int_matches_cpython', () => {
  check(cases.parseInt, ([s, base]) => run(() => parseInt(s, base), (r: number | bigint) => String(r)), (row) => row[2]);
});

test('int_max_str_digits_limit_matches_cpython', () => {
  const saved = getIntMaxStrDigits();
  try {
    check(cases.limits, ([kind, limit, text]) => {
      setIntMaxStrDigits(limit);
      const v = pyInt(text);
      if (kind === 'str') return run(() => (intToStr(v) === text ? text.length : 'wrong digits'));
      if (kind === 'format') return run(() => formatInt(v, ',').length);
      return run(() => (BigInt(parseInt(text, 10)) === BigInt(text) ? 'ok' : 'wrong value'));
    }, (row) => row[3]);
  } finally {
    setIntMaxStrDigits(saved);
  }
  assert.throws(() => setIntMaxStrDigits(639), { pyMessage: 'maxdigits must be 0 or larger than 640' } as object);
});

test('bin_oct_hex_match_cpython', () => {
  check(cases.bases, ([v]) => [intToBase(pyInt(v), 2), intToBase(pyInt(v), 8), intToBase(pyInt(v), 16)],
    (row) => row.slice(1));
});

test('float_hex_fromhex_ratio_match_cpython', () => {
  check(cases.hex, ([x]) => floatHex(fromBits(x)), (row) => row[1]);
  check(cases.fromhex, ([s]) => run(() => floatFromHex(s), (r: number) => toBits(r)), (row) => row[1]);
  check(cases.ratio, ([x]) => run(() => floatAsIntegerRatio(fromBits(x)).map(String)), (row) => row[1]);
});
