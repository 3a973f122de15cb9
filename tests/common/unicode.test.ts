// Unicode tables against tests/common/unicode_cases.json, a sample made by
// tools/gen_unicode.py from CPython 3.11; `python3 tools/gen_unicode.py --check`
// compares every code point and every name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as unicode from '../../src/common/unicode.js';
import { lookupUnicodeName, unicodeName } from '../../src/common/unicode.js';

const PREDICATES = ['isAlpha', 'isDecimal', 'isDigit', 'isNumeric', 'isLower', 'isUpper', 'isTitle',
  'isSpace', 'isLinebreak', 'isCased', 'isCaseIgnorable', 'isPrintable', 'isIdStart', 'isIdContinue'] as const;
const MAPPINGS = ['toLower', 'toUpper', 'toTitle', 'toFolded'] as const;

interface Char {
  cp: number;
  name: string | null;
  /** The predicates that python3's str methods say hold for chr(cp). */
  holds: string[];
  decimal: number;
  digit: number;
  numeric: number | null;
  /** The case mappings that are not the identity. */
  mappings: Partial<Record<(typeof MAPPINGS)[number], string>>;
}
interface Lookup { name: string; cp: number | null }
const cases: { chars: Char[]; lookups: Lookup[] } = JSON.parse(
  readFileSync(new URL('../../../tests/common/unicode_cases.json', import.meta.url), 'utf8'));

const hex = (cp: number) => 'U+' + cp.toString(16).toUpperCase();

for (const predicate of PREDICATES) {
  test(`${predicate}_matches_cpython`, () => {
    const fn = unicode[predicate];
    const bad = cases.chars.filter((c) => fn(c.cp) !== c.holds.includes(predicate)).map((c) => hex(c.cp));
    assert.deepEqual(bad, []);
    // The sample has characters on both sides.
    assert.ok(cases.chars.some((c) => c.holds.includes(predicate)));
    assert.ok(cases.chars.some((c) => !c.holds.includes(predicate)));
  });
}

test('digit_values_match_unicodedata', () => {
  const bad = cases.chars.filter((c) => unicode.decimalValue(c.cp) !== c.decimal ||
    unicode.digitValue(c.cp) !== c.digit ||
    !Object.is(unicode.numericValue(c.cp), c.numeric ?? NaN)).map((c) => hex(c.cp));
  assert.deepEqual(bad, []);
  assert.ok(cases.chars.some((c) => c.numeric !== null && c.digit < 0));
});

test('full_case_mappings_match_str_methods', () => {
  const bad: string[] = [];
  let expansions = 0;
  for (const c of cases.chars) {
    for (const mapping of MAPPINGS) {
      const want = c.mappings[mapping] ?? String.fromCodePoint(c.cp);
      const r = unicode[mapping](c.cp);
      // One code point comes back as a number, several (U+00DF -> 'SS') as a string.
      const single = [...want].length === 1;
      if (single !== (typeof r === 'number')) bad.push(`${mapping}(${hex(c.cp)}) type`);
      if ((typeof r === 'number' ? String.fromCodePoint(r) : r) !== want) bad.push(`${mapping}(${hex(c.cp)})`);
      if (!single) expansions++;
    }
  }
  assert.deepEqual(bad, []);
  assert.ok(expansions > 100);
});

test('unicode_name_matches_unicodedata_name', () => {
  const bad = cases.chars.filter((c) => (unicodeName(c.cp) ?? null) !== c.name).map((c) => hex(c.cp));
  assert.deepEqual(bad, []);
  assert.ok(cases.chars.filter((c) => c.name !== null).length > 100);
});

test('backslash_N_lookup_matches_unicode_escape_codec', () => {
  const bad = cases.lookups
    .filter((l) => (lookupUnicodeName(l.name) ?? null) !== l.cp)
    .map((l) => `${JSON.stringify(l.name)} -> ${lookupUnicodeName(l.name)}, want ${l.cp}`);
  assert.deepEqual(bad, []);
  // The sample holds rejected names (case-sensitive algorithmic names, named sequences).
  assert.ok(cases.lookups.filter((l) => l.cp === null).length > 50);
});
