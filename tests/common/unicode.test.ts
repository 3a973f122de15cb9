// Unicode tables against tests/common/unicode_cases.json, a sample made by
// tools/gen_unicode.py from CPython 3.11; `python3 tools/gen_unicode.py --check`
// compares every code point and every name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  isIdStart, isIdContinue, isPrintable, lookupUnicodeName, unicodeName,
} from '../../src/common/unicode.js';

interface Char { cp: number; printable: boolean; idStart: boolean; idContinue: boolean; name: string | null }
interface Lookup { name: string; cp: number | null }
const cases: { chars: Char[]; lookups: Lookup[] } = JSON.parse(
  readFileSync(new URL('../../../tests/common/unicode_cases.json', import.meta.url), 'utf8'));

const hex = (cp: number) => 'U+' + cp.toString(16).toUpperCase();

test('isprintable_matches_cpython', () => {
  const bad = cases.chars.filter((c) => isPrintable(c.cp) !== c.printable).map((c) => hex(c.cp));
  assert.deepEqual(bad, []);
  assert.ok(cases.chars.some((c) => c.printable) && cases.chars.some((c) => !c.printable));
});

test('identifier_start_and_continue_match_str_isidentifier', () => {
  const bad = cases.chars
    .filter((c) => isIdStart(c.cp) !== c.idStart || isIdContinue(c.cp) !== c.idContinue)
    .map((c) => hex(c.cp));
  assert.deepEqual(bad, []);
  assert.ok(cases.chars.some((c) => c.idContinue && !c.idStart));
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
