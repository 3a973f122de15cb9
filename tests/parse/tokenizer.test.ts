// Expected values (messages, positions, warnings) were produced by CPython
// 3.11.7: ast.parse(src, 'f.py', type_comments=True) and SyntaxError.args.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Tokenizer } from '../../src/parse/tokenizer.js';
import { Tok, type Token } from '../../src/parse/tokens.js';
import { PySyntaxError } from '../../src/parse/errors.js';

function all(src: string, typeComments = false): { toks: Token[]; t: Tokenizer } {
  const t = new Tokenizer(src, { filename: 'f.py', typeComments });
  const toks: Token[] = [];
  for (let i = 0; i < 100000; i++) {
    const k = t.next();
    toks.push(k);
    if (k.kind === Tok.ENDMARKER) break;
    // End of input inside brackets: the parser reports the open bracket.
    if (k.kind === Tok.ERRORTOKEN_EOF) throw t.unclosedBracketError();
  }
  return { toks, t };
}

function err(src: string): [string, string, [string, number, number, string | null, number, number]] {
  try {
    all(src, true);
  } catch (e) {
    assert.ok(e instanceof PySyntaxError, `not a PySyntaxError: ${e}`);
    return [e.kind, e.msg, [e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset]];
  }
  assert.fail('no error for ' + JSON.stringify(src));
}

test('token_kinds_and_byte_columns', () => {
  const { toks } = all('if x:\n    é = a**=3 <> ... \n');
  assert.deepEqual(toks.map((k) => [k.kind, k.value, k.lineno, k.col, k.endCol]), [
    [Tok.KW_IF, 'if', 1, 0, 2], [Tok.NAME, 'x', 1, 3, 4], [Tok.COLON, ':', 1, 4, 5], [Tok.NEWLINE, '', 1, 5, 5],
    [Tok.INDENT, '', 2, -1, -1], [Tok.NAME, 'é', 2, 4, 6], [Tok.EQUAL, '=', 2, 7, 8], [Tok.NAME, 'a', 2, 9, 10],
    [Tok.DOUBLESTAREQUAL, '**=', 2, 10, 13], [Tok.NUMBER, '3', 2, 13, 14], [Tok.NOTEQUAL_ALT, '<>', 2, 15, 17],
    [Tok.ELLIPSIS, '...', 2, 18, 21], [Tok.NEWLINE, '', 2, 22, 22], [Tok.DEDENT, '', 2, -1, -1], [Tok.ENDMARKER, '', 2, -1, -1],
  ]);
});

test('no_newline_tokens_for_blank_comment_and_bracketed_lines', () => {
  const { toks } = all('\n# c\nx = (1,\n  2)  # c\n\n');
  assert.deepEqual(toks.map((k) => k.kind), [Tok.NAME, Tok.EQUAL, Tok.LPAR, Tok.NUMBER, Tok.COMMA, Tok.NUMBER, Tok.RPAR, Tok.NEWLINE, Tok.ENDMARKER]);
});

test('implicit_newline_at_eof_and_crlf', () => {
  const { toks } = all('a\r\nb');
  assert.deepEqual(toks.map((k) => [k.kind, k.lineno, k.col]), [
    [Tok.NAME, 1, 0], [Tok.NEWLINE, 1, 1], [Tok.NAME, 2, 0], [Tok.NEWLINE, 2, 1], [Tok.ENDMARKER, 2, -1]]);
});

test('multiline_string_positions_and_continuation', () => {
  const { toks } = all('x = """a\nbc""" + \\\n  rb\'z\'\n');
  const s = toks.filter((k) => k.kind === Tok.STRING);
  assert.deepEqual(s.map((k) => [k.value, k.lineno, k.col, k.endLineno, k.endCol]), [
    ['"""a\nbc"""', 1, 4, 2, 5], ["rb'z'", 3, 2, 3, 7]]);
});

test('type_comments_and_type_ignores', () => {
  const { toks, t } = all('def f(): # type:  () -> int   \n  pass\nx = 1 #type:ignore[abc] \n# type: ignore\ny = 2 # type: ignoreX\n', true);
  const tc = toks.filter((k) => k.kind === Tok.TYPE_COMMENT);
  assert.deepEqual(tc.map((k) => k.value), ['() -> int   ', 'ignoreX']);
  assert.deepEqual(t.typeIgnores, [{ lineno: 3, tag: '[abc] ' }, { lineno: 4, tag: '' }]);
  // Without typeComments they are plain comments.
  assert.equal(all('x = 1 # type: int\n').toks.some((k) => k.kind === Tok.TYPE_COMMENT), false);
});

test('number_followed_by_keyword_warns', () => {
  for (const [src, msg] of [['1if x else y\n', 'invalid decimal literal'], ['0x1for x in y\n', 'invalid hexadecimal literal'],
    ['0b1and 1\n', 'invalid binary literal'], ['1jif 1 else 2\n', 'invalid imaginary literal'], ['1not in x\n', 'invalid decimal literal']]) {
    const { t } = all(src);
    assert.deepEqual(t.warnings.map((w) => [w.message, w.lineno]), [[msg, 1]], src);
  }
});

// [source, kind, message, (filename, lineno, offset, text, end_lineno, end_offset)] from python3.
const ERRORS: [string, string, string, [string, number, number, string, number, number]][] = [
  ['a = "abc\n', 'SyntaxError', 'unterminated string literal (detected at line 1)', ['f.py', 1, 5, 'a = "abc', 1, 5]],
  ['a = """abc\nx\n', 'SyntaxError', 'unterminated triple-quoted string literal (detected at line 2)', ['f.py', 1, 5, 'a = """abc', 1, 5]],
  ['x = ("""\n\n', 'SyntaxError', 'unterminated triple-quoted string literal (detected at line 2)', ['f.py', 1, 6, 'x = ("""', 1, 6]],
  ['x = 1€\n', 'SyntaxError', "invalid character '€' (U+20AC)", ['f.py', 1, 6, 'x = 1€', 1, 6]],
  ['x = 1\u00a0\n', 'SyntaxError', 'invalid non-printable character U+00A0', ['f.py', 1, 6, 'x = 1\u00a0', 1, 6]],
  ['a \u0001 b\n', 'SyntaxError', 'invalid non-printable character U+0001', ['f.py', 1, 3, 'a \u0001 b', 1, 3]],
  ['if x:\n    a\n  b\n', 'IndentationError', 'unindent does not match any outer indentation level', ['f.py', 3, 4, '  b\n', 3, -1]],
  ['x = 1\nif x:\n    a\n  é\n', 'IndentationError', 'unindent does not match any outer indentation level', ['f.py', 4, 4, '  é\n', 4, -1]],
  ['if x:\n\ta\n        b\n', 'TabError', 'inconsistent use of tabs and spaces in indentation', ['f.py', 3, 1, '        b\n', 3, 0]],
  ['a)\n', 'SyntaxError', "unmatched ')'", ['f.py', 1, 2, 'a)', 1, 2]],
  ['(a]\n', 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '('", ['f.py', 1, 3, '(a]', 1, 3]],
  ['(\n\na]\n', 'SyntaxError', "closing parenthesis ']' does not match opening parenthesis '(' on line 1", ['f.py', 3, 2, 'a]', 3, 2]],
  ['x\na \\ b\n', 'SyntaxError', 'unexpected character after line continuation character', ['f.py', 2, 4, 'a \\ b\n', 2, 0]],
  ['é \\ b\n', 'SyntaxError', 'unexpected character after line continuation character', ['f.py', 1, 4, 'é \\ b\n', 1, 0]],
  ['a = (1,\n', 'SyntaxError', "'(' was never closed", ['f.py', 1, 5, 'a = (1,\n', 1, 0]],
  ['x = [1,\n  2', 'SyntaxError', "'[' was never closed", ['f.py', 1, 5, 'x = [1,', 1, 0]],
  ['a = \\\n', 'SyntaxError', 'unexpected EOF while parsing', ['f.py', 1, 6, 'a = \\\n', 1, -1]],
  ['x = 1\nab = \\', 'SyntaxError', 'unexpected EOF while parsing', ['f.py', 2, 7, 'ab = \\\n', 2, -1]],
  ['0x\n', 'SyntaxError', 'invalid hexadecimal literal', ['f.py', 1, 2, '0x', 1, 2]],
  ['0o8\n', 'SyntaxError', "invalid digit '8' in octal literal", ['f.py', 1, 3, '0o8', 1, 3]],
  ['0b2\n', 'SyntaxError', "invalid digit '2' in binary literal", ['f.py', 1, 3, '0b2', 1, 3]],
  ['0o1_\n', 'SyntaxError', 'invalid octal literal', ['f.py', 1, 4, '0o1_', 1, 4]],
  ['0012\n', 'SyntaxError', 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', ['f.py', 1, 1, '0012', 1, 3]],
  ['1__0\n', 'SyntaxError', 'invalid decimal literal', ['f.py', 1, 2, '1__0', 1, 2]],
  ['1abc\n', 'SyntaxError', 'invalid decimal literal', ['f.py', 1, 1, '1abc', 1, 1]],
  ['1e+\n', 'SyntaxError', 'invalid decimal literal', ['f.py', 1, 3, '1e+', 1, 3]],
  ['1.e\n', 'SyntaxError', 'invalid decimal literal', ['f.py', 1, 2, '1.e', 1, 2]],
  ['1.5j_\n', 'SyntaxError', 'invalid imaginary literal', ['f.py', 1, 4, '1.5j_', 1, 4]],
];

test('tokenizer_errors_match_cpython', () => {
  for (const [src, kind, msg, args] of ERRORS) assert.deepEqual(err(src), [kind, msg, args], JSON.stringify(src));
});

test('indentation_and_nesting_limits', () => {
  let src = 'if 1:\n';
  for (let i = 1; i < 100; i++) src += ' '.repeat(i) + 'if 1:\n';
  src += ' '.repeat(100) + 'pass\n';
  assert.deepEqual(err(src), ['IndentationError', 'too many levels of indentation', ['f.py', 101, 1, ' '.repeat(100) + 'pass\n', 101, 0]]);
  // 200 open brackets are allowed (then never closed), 201 are too many.
  assert.equal(err('('.repeat(200))[1], "'(' was never closed");
  assert.equal(err('('.repeat(201))[1], 'too many nested parentheses');
  assert.equal(all('('.repeat(199) + ')'.repeat(199)).toks.length, 400);
});

test('only_pysyntaxerror_on_garbage', () => {
  let seed = 12345;
  const rnd = (): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed; };
  const alphabet = 'ab1_0xe.j"\'\\\n\t ([{)]}#:=!?$\u00e9\u20ac\ud83c\udf89\r\f';
  for (let n = 0; n < 3000; n++) {
    let s = '';
    const len = rnd() % 40;
    for (let i = 0; i < len; i++) s += alphabet[rnd() % alphabet.length];
    try { all(s, true); } catch (e) { assert.ok(e instanceof PySyntaxError, `${JSON.stringify(s)}: ${e}`); }
  }
});
