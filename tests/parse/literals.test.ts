// Expected values were produced by CPython 3.11.7 (ast.parse of the literal,
// its value, DeprecationWarning text, or SyntaxError message).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNumber, decodeLiteral, decodeStringLiteral } from '../../src/parse/literals.js';
import { FloatConst, ComplexConst } from '../../src/parse/constants.js';

test('numbers', () => {
  assert.equal(parseNumber('1_000'), 1000n);
  assert.equal(parseNumber('0x_1F'), 31n);
  assert.equal(parseNumber('0O17'), 15n);
  assert.equal(parseNumber('0b101'), 5n);
  assert.equal(parseNumber('00'), 0n);
  assert.equal(parseNumber('123456789012345678901234567890'), 123456789012345678901234567890n);
  assert.deepEqual(parseNumber('1_0.0_1e+1_0'), new FloatConst(100100000000));
  assert.deepEqual(parseNumber('1e400'), new FloatConst(Infinity));
  assert.deepEqual(parseNumber('0.1'), new FloatConst(0.1));
  assert.deepEqual(parseNumber('2.2250738585072011e-308'), new FloatConst(2.225073858507201e-308));
  assert.deepEqual(parseNumber('.5J'), new ComplexConst(0, 0.5));
  assert.deepEqual(parseNumber('10j'), new ComplexConst(0, 10));
});

test('string_prefixes', () => {
  assert.deepEqual(decodeStringLiteral("Rb'''x'''"), { bytes: true, raw: true, fstring: false, unicode: false, quoteLen: 3, bodyStart: 5, bodyEnd: 6 });
  assert.deepEqual(decodeStringLiteral('u""'), { bytes: false, raw: false, fstring: false, unicode: true, quoteLen: 1, bodyStart: 2, bodyEnd: 2 });
  assert.equal(decodeStringLiteral("fR'a'").fstring, true);
});

const str = (t: string): unknown => decodeLiteral(t).value;
const bytes = (t: string): string => Buffer.from(decodeLiteral(t).value as Uint8Array).toString('latin1');

test('escape_values', () => {
  assert.equal(str(String.raw`'\n\t\\\'\"\a\b\f\v\r'`), '\n\t\\\'"\x07\b\f\v\r');
  assert.equal(str("'a\\\nb'"), 'ab');
  assert.equal(str(String.raw`'\1234\0'`), 'S4\0');
  assert.equal(str(String.raw`'\x41\u00e9\U0001F389'`), 'A\u00e9\u{1F389}');
  assert.equal(str(String.raw`'\N{latin small letter a}\N{LATIN CAPITAL LETTER GHA}\N{EM SPACE}'`), 'a\u01a2\u2003');
  assert.equal(str(String.raw`'\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GA}'`), '\u4e00\uac00');
  assert.equal(str(String.raw`'\é'`), '\\é');
  assert.equal(str(String.raw`r'\d\n'`), '\\d\\n');
  assert.equal(bytes(String.raw`b'\x41\777\d'`), 'A\xff\\d');
  assert.equal(bytes(String.raw`rb'\xff'`), '\\xff');
  assert.equal(bytes(String.raw`b'\u1234'`), '\\u1234');
});

test('first_invalid_escape', () => {
  const w = (t: string): string | undefined => decodeLiteral(t).invalidEscape?.message;
  assert.equal(w(String.raw`'\d'`), "invalid escape sequence '\\d'");
  assert.equal(w(String.raw`'\8'`), "invalid escape sequence '\\8'");
  assert.equal(w(String.raw`'\q\w'`), "invalid escape sequence '\\q'");
  assert.equal(w(String.raw`'\777'`), "invalid octal escape sequence '\\777'");
  assert.equal(w(String.raw`b'\777'`), "invalid octal escape sequence '\\777'");
  assert.equal(w(String.raw`b'\N{X}'`), "invalid escape sequence '\\N'");
  assert.equal(w(String.raw`'\é'`), undefined);
  assert.equal(w(String.raw`rb'\d'`), undefined);
  assert.equal(decodeLiteral(String.raw`'ab\d'`).invalidEscape?.offset, 2);
});

test('escape_errors', () => {
  const e = (t: string): string | undefined => decodeLiteral(t).error;
  const u = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
  assert.equal(e(String.raw`'\x1'`), u + '0-2: truncated \\xXX escape');
  assert.equal(e(String.raw`'ab\x'`), u + '2-3: truncated \\xXX escape');
  assert.equal(e(String.raw`'\xzz'`), u + '0-1: truncated \\xXX escape');
  assert.equal(e(String.raw`'é\x1'`), u + '10-12: truncated \\xXX escape');
  assert.equal(e(String.raw`'🎉\x1'`), u + '10-12: truncated \\xXX escape');
  assert.equal(e(String.raw`'\\\x1'`), u + '2-4: truncated \\xXX escape');
  assert.equal(e(String.raw`'\u12'`), u + '0-3: truncated \\uXXXX escape');
  assert.equal(e(String.raw`'\U1234567'`), u + '0-8: truncated \\UXXXXXXXX escape');
  assert.equal(e(String.raw`'\U00110000'`), u + '0-9: illegal Unicode character');
  assert.equal(e(String.raw`'\N{NOPE}'`), u + '0-7: unknown Unicode character name');
  assert.equal(e(String.raw`'\N{LATIN SMALL LETTER A}é\N{X}'`), u + '34-38: unknown Unicode character name');
  assert.equal(e(String.raw`'\N{LATIN SMALL LETTER A'`), u + '0-22: malformed \\N character escape');
  assert.equal(e(String.raw`'\N'`), u + '0-1: malformed \\N character escape');
  assert.equal(e(String.raw`'\N{}'`), u + '0-2: malformed \\N character escape');
  assert.equal(e(String.raw`b'a\xz'`), '(value error) invalid \\x escape at position 1');
  assert.equal(e("b'é'"), 'bytes can only contain ASCII literal characters');
  assert.equal(e("rb'é'"), 'bytes can only contain ASCII literal characters');
});
