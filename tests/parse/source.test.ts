// Expected values were produced by CPython 3.11.7: ast.parse(bytes) for the
// 'string' path and `python3 FILE` (SyntaxError.args via sys.excepthook) for
// the 'file' path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSource, utf8ErrorIn } from '../../src/parse/source.js';
import { PySyntaxError } from '../../src/parse/errors.js';

const B = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0)); // latin-1 string -> bytes

function fails(bytes: Uint8Array, path: 'string' | 'file', filename = 'f.py'): [string, number, number, string | null] {
  try { decodeSource(bytes, filename, path); } catch (e) {
    assert.ok(e instanceof PySyntaxError);
    return [e.msg, e.lineno, e.offset, e.text];
  }
  assert.fail('decoded');
}

test('cookies_and_boms', () => {
  assert.equal(decodeSource(B('# coding: latin-1\r\nx = "\xf6"\r\n'), 'f.py', 'file'), '# coding: latin-1\nx = "ö"\n');
  assert.equal(decodeSource(B('#!/usr/bin/python\n# vim: set fileencoding=utf-8 :\nx = "\xc3\xb6"\n'), 'f.py', 'string').slice(-5), 'x = "ö"\n'.slice(-5));
  assert.equal(decodeSource(B('  #coding=cp1252\nx = "\x80"\n'), 'f.py', 'string'), '  #coding=cp1252\nx = "€"\n');
  assert.equal(decodeSource(B('# coding: euc-jp\nx = "\xa4\xa2"\n'), 'f.py', 'string'), '# coding: euc-jp\nx = "あ"\n');
  assert.equal(decodeSource(B('# coding: iso-latin-1-foo\nx="\xf6"\n'), 'f.py', 'file'), '# coding: iso-latin-1-foo\nx="ö"\n');
  assert.equal(decodeSource(B('\xef\xbb\xbf# coding: utf-8\nx = 1\n'), 'f.py', 'file'), '# coding: utf-8\nx = 1\n');
  assert.equal(decodeSource(B('a\rb\r\n'), 'f.py', 'file'), 'a\nb\n');
});

test('cookie_must_be_in_a_comment_only_line', () => {
  // The cookie on line 2 does not count after code on line 1.
  assert.deepEqual(fails(B('x = 1\n# coding: latin-1\ny = "\xf6"\n'), 'file', 'c6.py'),
    ["Non-UTF-8 code starting with '\\xf6' in file c6.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details", 0, -1, null]);
  assert.deepEqual(fails(B('x = 1 # coding: latin-1\ny = "\xf6"\n'), 'file', 'c17.py')[0].slice(0, 60),
    "Non-UTF-8 code starting with '\\xf6' in file c17.py on line 2, but no encoding declared".slice(0, 60));
});

test('encoding_errors_string_vs_file', () => {
  const bad = B('# -*- coding: uft-8 -*-\nx = 1\n');
  assert.deepEqual(fails(bad, 'string'), ['unknown encoding: uft-8', 0, -1, null]);
  assert.deepEqual(fails(bad, 'file'), ['encoding problem: uft-8', 0, -1, null]);
  assert.deepEqual(fails(B('\xef\xbb\xbf# coding: utf8\nx = 1\n'), 'string'), ['encoding problem: utf8 with BOM', 0, -1, null]);
  assert.deepEqual(fails(B('\xef\xbb\xbf# coding: latin-1\nx = 1\n'), 'file'), ['encoding problem: iso-8859-1 with BOM', 0, -1, null]);
  const ascii = B('# coding: ascii\nx = "\xc3\xb6"\n');
  assert.deepEqual(fails(ascii, 'string'), ["'ascii' codec can't decode byte 0xc3 in position 21: ordinal not in range(128)", 0, -1, null]);
  assert.deepEqual(fails(ascii, 'file'), ['encoding problem: ascii', 0, -1, null]);
  const utf8 = B('# coding: utf8\nx = "\xf6"\n');
  assert.deepEqual(fails(utf8, 'string'), ["'utf-8' codec can't decode byte 0xf6 in position 20: invalid start byte", 0, -1, null]);
  assert.deepEqual(fails(utf8, 'file'), ['encoding problem: utf8', 0, -1, null]);
});

test('undeclared_non_utf8', () => {
  const src = B('\n\nx = "\xf6"\n');
  assert.deepEqual(fails(src, 'file', 'c3.py'),
    ["Non-UTF-8 code starting with '\\xf6' in file c3.py on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details", 0, -1, null]);
  // The string path fails only when the parser decodes the STRING token.
  const text = decodeSource(src, 'f.py', 'string');
  assert.equal(utf8ErrorIn(text.slice(text.indexOf('"') + 1, -2)), "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: invalid start byte");
  assert.equal(utf8ErrorIn('b\udcf6se'), "(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte");
  assert.equal(utf8ErrorIn('\udce9'), "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data");
  assert.equal(utf8ErrorIn('plain é'), null);
  // A cookie on line 2 does not excuse bad bytes on line 1 when running a file.
  assert.ok(fails(B('#\xf6\n# coding: latin-1\nx = 1\n'), 'file', 'c30.py')[0].startsWith("Non-UTF-8 code starting with '\\xf6' in file c30.py on line 1,"));
  assert.equal(decodeSource(B('#\xf6\n# coding: latin-1\nx = 1\n'), 'f.py', 'string'), '#ö\n# coding: latin-1\nx = 1\n');
});

test('null_bytes', () => {
  assert.deepEqual(fails(B('x = 1\x00\n'), 'string'), ['source code string cannot contain null bytes', 0, -1, null]);
  assert.deepEqual(fails(B('x = 1\x00\n'), 'file'), ['source code cannot contain null bytes', 1, 0, 'x = 1']);
});
