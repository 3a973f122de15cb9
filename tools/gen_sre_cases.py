"""Generate tests/common/sre_cases.json: regular expression cases with CPython
3.11's results, for tests/common/sre.test.ts.

Cases come from these sources:
- a hand-written list below covering every construct, flag and error of the
  pattern language, templates, re.DEBUG output and the Pattern methods;
- every call CPython's own Lib/test/test_re.py (with re_tests.py) makes: the
  test suite runs here with re._compile wrapped to record each pattern and
  each Pattern method call, and each call is then replayed on its own;
- random patterns and strings from a small grammar (fixed seed);
- subjects of 40,000 characters, and a sample of code points for sre's
  character classes and case mappings.

A case is {"p": pattern, "b": bytes?, "f": flags, "op": operation,
"s": subject (repeated "n" times if given), "sb": subject is bytes (if not as
the pattern), "a": [extra args], "r": replacement, "rb": replacement is
bytes, "x": expected}. Operations: compile (flags, groups, warnings, errors),
debug (what re.DEBUG prints), search, match, fullmatch, findall, finditer,
scanmatch, split, sub, subn, expand, escape, nesting (deep groups compiled from
module level), chars. Bytes (patterns, subjects, results) are written as
Latin-1 text; integers beyond doubles as decimal strings. Expected values come
from running each case on python3.

Run:  python3 tools/gen_sre_cases.py
"""
import contextlib
import io
import json
import os
import random
import re
import subprocess
import sys
import unittest
import warnings

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'common', 'sre_cases.json')

MAX_TEXT = 300  # longest pattern / subject kept from the recorded calls


# ---------------------------------------------------------------------------
# Running one case on CPython

def enc(v):
    """A str, bytes or None as JSON (bytes as Latin-1 text)."""
    if isinstance(v, bytes):
        return v.decode('latin-1')
    return v


def dec(v, is_bytes):
    return v.encode('latin-1') if is_bytes and v is not None else v


def match_result(m):
    if m is None:
        return None
    n = m.re.groups
    return {
        'regs': [list(m.span(i)) for i in range(n + 1)],
        'li': m.lastindex,
        'lg': m.lastgroup,
        'g': [enc(m.group(i)) for i in range(n + 1)],
    }


def error_result(e):
    if isinstance(e, re.error):
        return {'err': 'error', 'msg': e.msg, 'pos': e.pos, 'lineno': e.lineno,
                'colno': e.colno, 'str': str(e)}
    return {'err': type(e).__name__, 'msg': str(e)}


def run_at_module_level(case):
    """re.compile called from a script's top level, where the depth at which
    CPython's recursive parser fails is fixed (the engine's default assumption)."""
    script = ('import re, json\ntry:\n    p = re.compile(%r)\n'
              '    print(json.dumps({"flags": p.flags, "groups": p.groups, "groupindex": {}}))\n'
              'except RecursionError as e:\n'
              '    print(json.dumps({"err": "RecursionError", "msg": str(e)}))\n') % case['p']
    out = subprocess.run([sys.executable, '-c', script], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def run(case):
    if case['op'] == 'nesting':
        return run_at_module_level(case)
    if case['op'] not in ('compile', 'expand'):
        return run_op(case)
    # Compiling also reports the warnings re._parser issues. (re.compile would
    # hide them behind its cache, and adds its own about re.TEMPLATE: that is
    # the re module's part, the engine is re._compiler.)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        result = run_op(case)
    if caught:
        result = {'result': result, 'w': [[w.category.__name__, str(w.message)] for w in caught]}
    return result


def run_op(case):
    is_bytes = case.get('b', False)
    pattern = dec(case['p'], is_bytes)
    subject = dec(case.get('s'), case.get('sb', is_bytes))
    if 'n' in case:
        subject *= case['n']
    args = case.get('a', [])
    op = case['op']
    with warnings.catch_warnings():
        if op not in ('compile', 'expand'):
            warnings.simplefilter('ignore')
        try:
            if op in ('chars', 'escape'):
                p = None
            elif op == 'compile':
                p = re._compiler.compile(pattern, case.get('f', 0))
            else:
                p = re.compile(pattern, case.get('f', 0))
            if op == 'compile':
                return {'flags': p.flags, 'groups': p.groups, 'groupindex': dict(p.groupindex)}
            if op == 'debug':
                out = io.StringIO()
                with contextlib.redirect_stdout(out):
                    re.compile(pattern, case.get('f', 0) | re.DEBUG)
                return out.getvalue()
            if op in ('search', 'match', 'fullmatch'):
                return match_result(getattr(p, op)(subject, *args))
            if op == 'finditer':
                return [match_result(m) for m in p.finditer(subject, *args)]
            if op == 'scanmatch':
                sc = p.scanner(subject, *args)
                out = []
                for _ in range(20):
                    m = sc.match()
                    out.append(match_result(m))
                    if m is None:
                        break
                return out
            if op == 'findall':
                return [[enc(x) for x in v] if isinstance(v, tuple) else enc(v)
                        for v in p.findall(subject, *args)]
            if op == 'split':
                return [enc(v) for v in p.split(subject, *args)]
            if op in ('sub', 'subn'):
                repl = dec(case['r'], case.get('rb', is_bytes))
                res = getattr(p, op)(repl, subject, *args)
                return [enc(res[0]), res[1]] if op == 'subn' else enc(res)
            if op == 'escape':
                return enc(re.escape(pattern))
            if op == 'chars':
                # sre's character data: \w, \d, \s, lower(), upper() of each code point
                return [[(chr(c).isalnum() or c == 0x5f), chr(c).isdecimal(), chr(c).isspace(),
                         ord(chr(c).lower()[0]), ord(chr(c).upper()[0])] for c in case['cps']]
            if op == 'expand':
                m = p.search(subject)
                if m is None:
                    return None
                return enc(m.expand(dec(case['r'], case.get('rb', is_bytes))))
            raise ValueError(op)
        except Exception as e:  # re.error, OverflowError, ValueError, TypeError, IndexError
            return error_result(e)


# ---------------------------------------------------------------------------
# Hand-written cases

SUBJECTS = ['', 'a', 'ab', 'abc', 'aaa', 'abcabc', 'xabcx', 'a\nb\nc\n', 'foo bar baz',
            'AbC aBc', 'hello world', '123 456', 'a1b2c3', 'x*y+z?', 'ß SS ss',
            'Straße', 'ΣΑΣ σας', 'ǅǆǄ', 'İıiI', 'KkK', 'éÉ', '\U0001d11e x \U0001d11e',
            '\u2160\u2170', 'ab\r\ncd', 'tab\there', '__init__', '٣٤٥ ७८', 'a b\u00a0c\u2003d',
            'aaaaaaaaab', 'abababab', 'mississippi', '<a><b></b></a>', '1,2;3 4']

PATTERNS = [
    # literals, escapes, classes
    'a', 'abc', 'b', r'\.', r'\*', r'\\', r'\n', r'\t', r'\x41', r'\x61\x62', r'\u00e9', r'\U0001d11e',
    r'\101', r'\0', r'\07', r'\N{LATIN SMALL LETTER A}', r'\N{EM DASH}', r'\N{MUSICAL SYMBOL G CLEF}',
    '.', '..', '.*', '.+', '.?', r'\d', r'\D', r'\w', r'\W', r'\s', r'\S', r'\d+', r'\w+', r'\s+',
    r'\b', r'\B', r'\bab', r'ab\b', r'\Bb', r'\A', r'\Z', r'\Aa', r'c\Z', '^', '$', '^a', 'c$', '^$',
    '[abc]', '[^abc]', '[a-c]', '[^a-c]', '[a-]', '[-a]', '[]a]', '[^]a]', r'[\]]', r'[\d]', r'[\w.]',
    r'[^\W\d_]', r'[\s\S]', '[.]', r'[\x00-\x7f]', r'[\u00e0-\u00ff]', '[ß]', '[σ]', '[A-Z]', '[a-z]',
    r'[\U0001d11e]', r'[\U0001d100-\U0001d1ff]', r'[a-z\U0001d11e]', '[ΣΑ]', '[k]', '[K]', '[kK]',
    '[i]', '[İ]', '[ı]', '[s]', '[ſ]', '[µ]', '[\u0345]', '[ǅ]', '[a-zA-Z0-9_]', r'[\b]', r'[\0-\x1f]',
    # repeats
    'a*', 'a+', 'a?', 'a{2}', 'a{2,}', 'a{,2}', 'a{1,2}', 'a{0}', 'a{,}', 'a{}', 'a{x}', 'a{1', '{1}',
    'a*?', 'a+?', 'a??', 'a{1,2}?', 'a*+', 'a++', 'a?+', 'a{1,2}+', '(?:ab)*', '(?:ab)+?', '(?:ab)*+',
    '(?:a|b)*', '(?:a|b)*?b', '(ab)*', '(ab)+', '(ab)*?', '(a|b)*c', '(a*)*', '(a*)+', '(a|)*',
    '(?:a*)*b', '(a?)*?', '(?:(a)|b)*', '(?:(a)|(b))*', '(a)|b', '(a)|(b)', '(a+|b+)*', '(a+|b)*?c',
    r'(\w+)\s+\1', r'(a)\1', r'(?P<x>a)(?P=x)', r'(a)(?:\1|b)', '(?:a{2})*', '(?:a{2}){2,3}', 'x(?:ab)*+b',
    '(a){2}', '(a){0}', '((a)|b)+', '(a(b)?)+', '(?:x(y)?)+', '(?:x(y)?)*?z',
    # groups, extensions
    '(a)', '(a)(b)', '((a)b)', '(?:a)', '(?P<first>a)(?P<second>b)', '(?P<n>a)|(?P<m>b)', '(?#comment)a',
    '(?=a)', '(?!a)', '(?<=a)b', '(?<!a)b', '(?=(a))', '(?!(a))', '(?<=(a))b', 'a(?=b)', 'a(?!b)',
    '(?<=ab)c', '(?<=a|b)c', r'(?<=\d{2})x', '(?>a+)', '(?>a+)b', '(?>a|ab)c', '(?>(a))', '(?>a*?)',
    '(a)?(?(1)b|c)', '(a)?(?(1)b)', '(?P<g>a)?(?(g)b|c)', '(?:(a)|b)(?(1)c|d)', '(a)(?(1)|x)',
    '(?i)a', '(?i)abc', '(?i:a)b', 'a(?i:b)', '(?-i:a)', '(?i)(?-i:a)b', '(?m)^a', '(?m)c$', '(?s).',
    '(?x)a b c', '(?x)a # comment\nb', '(?x)[ ]', r'(?x)\ ', '(?a)\\w', '(?u)\\w', '(?ai)k', '(?x: a b )c',
    '(?i:[a-z]+)', '(?i)[^k]', '(?i)ß', '(?i)s', '(?i)ſ', '(?i)σ', '(?i)ς', '(?i)Σ', '(?i)k', '(?i)K',
    '(?i)\u212a', '(?i)i', '(?i)İ', '(?i)ı', '(?i)µ', '(?i)ǅ', '(?i)[ǅ]', '(?i)[Σa]', '(?i)[^σ]',
    r'(?i)(a)\1', r'(?i)(σ)\1', r'(?i)[\U00010400x]', r'(?i)\U00010400', r'(?i)[\U00010428-\U00010429]',
    # alternation
    'a|b', 'a|b|c', 'ab|ac', 'a|ab', 'ab|a', '|a', 'a|', 'a||b', 'ab|cd|ef', '(?:ab|cd)+', 'x|y*',
    'foo|bar|baz', 'a|a', '(a|a)', 'a(?:b|c)d', '[ab]|c', 'a|[bc]|d', '(?:)', '()', '(|)',
    # anchors and flags in context
    '^abc$', '^a|b$', 'a$|^b', r'^\w+$', r'\b\w+\b', r'\B\w\B', '(?m)^\\w+$', '(?s)a.b', 'a.b',
]

ERROR_PATTERNS = [
    '(', ')', '(a', 'a)', '[', '[a', '[a-', '[z-a]', r'[\d-z]', r'[a-\d]', '*', '+', '?', '{1}a*{2}',
    'a**', 'a*{2}', '^*', r'\b*', '(?', '(?P', '(?P<', '(?P<>a)', '(?P<1>a)', '(?P<a', '(?P<a>a)(?P<a>b)',
    '(?P=', '(?P=a)', '(?P=1)', '(?P<a>(?P=a))', '(?Px)', '(?<', '(?<a>b)', '(?<=a*)', '(?<=a|bc)',
    '(?<!a+)', r'(?<=(a)\1)', '(?<=(?P<x>a)(?P=x))', '(?z)', '(?i', '(?i-', '(?i-:a)', '(?-i)',
    '(?-a:b)', '(?L)a', '(?au)a', '(?ii-i:a)', '(?#', '(?#abc', 'a(?i)b', '(?x)(?i)a(?i)', r'\1',
    r'(a)\2', r'(\1)', r'\8', r'\9', r'[\8]', r'\400', r'[\400]', r'\777', r'\x', r'\x1', r'\xz',
    r'\u12', r'\U1234', r'\U00110000', r'\N', r'\N{', r'\N{}', r'\N{LATIN', r'\N{NOT A NAME}',
    r'\N{latin small letter a}', r'\q', r'\e', r'[\q]', '\\', 'a\\', '(?(1)a|b)', '(?(0)a)',
    '(a)(?(2)b)', '(?(a)b)', '(?(1a)b)', '(?(-1)b)', '(a)(?(1)b|c|d)', '(?(', '(?(1',
    'a{2,1}', 'a{4294967295}', 'a{1,4294967296}', '(?<=a', '(?=a', '(?>a', '(?:a', '(a|b',
    'ab\n(', '(?x)a\n  (', '\n\n)', r'(?P<a>x)(?(b)y)', '(?P<a-b>x)', '(?P<é>x)', '(?P<a\\b>x)',
    r'(?P<1a>x)', '(?(1', '[]', '[^]', 'x{1,2}{3}', '(?i)(?i)', 'a|*', '(?P=a', '(?u:a)(?a:b)c',
    '(?t:a)', '(?-t:a)', '(?-x)a', '(?x', '(?x-', '(?a-u:x)',
    # FutureWarning / DeprecationWarning, then valid or not
    '[[a]', '[a--b]', '[a&&b]', '[a~~b]', '[a||b]', '[--a]', '[a-b--c]', '(a)(?(١)b)', '(a)(?( 1)b)',
    '(a)(?(+1)b)', '(a)(?(1_0)b)', '(?P<é>x)', '(?P<é>x)(?P=é)', '[[', '(?x)[[ ]',
]

TEMPLATE_CASES = [
    # (pattern, repl, subject)
    ('a', 'b', 'aaa'), ('a', r'\n', 'aaa'), ('(a)', r'\1\1', 'xax'), ('(a)', r'\g<1>', 'a'),
    ('(?P<x>a)', r'\g<x>-', 'aa'), ('(a)|b', r'[\1]', 'ab'), ('a', r'\\', 'a'), ('a', r'\&', 'a'),
    ('a', r'\0', 'a'), ('a', r'\01', 'a'), ('a', r'\012', 'a'), ('a', r'\101', 'a'), ('(a)', r'\10', 'a'),
    ('(a)', r'\g<0>', 'a'), ('(a)', r'\2', 'a'), ('(a)', r'\g<2>', 'a'), ('(a)', r'\g<x>', 'a'),
    ('(a)', r'\g<-1>', 'a'), ('(a)', r'\g<1a>', 'a'), ('(a)', r'\g<>', 'a'), ('(a)', r'\g<1', 'a'),
    ('(a)', r'\g', 'a'), ('(a)', '\\', 'a'), ('a', r'\q', 'a'), ('a', r'\777', 'a'), ('a', r'\400', 'a'),
    ('(a)', r'\g< 1 >', 'a'), ('(a)', r'\g<+1>', 'a'), ('(a)', r'\g<1_0>', 'a'), ('(a)', r'\g<\u0661>', 'a'),
    ('a', r'\t\r\v\f\a\b', 'a'), ('x*', '-', 'abxd'), ('', '-', 'abc'), ('a|', '-', 'abc'),
    (r'\b', '|', 'ab cd'), ('(b)|c', r'<\1>', 'abcd'), ('x', 'y', ''), ('(?P<n>\\w)', r'\g<n>\g<n>', 'ab'),
    ('a', r'\g<99999999999999999999>', 'a'), ('(a)', r'\g<١>', 'a'), ('(a)', r'\g<01>', 'a'),
    ('(?P<é>a)', r'\g<é>', 'a'), ('a', r'\8', 'a'), ('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)',
                                                            r'\11\10\9', 'abcdefghijk'),
]


def hand_cases():
    cases = []
    for p in PATTERNS:
        cases.append({'p': p, 'op': 'compile'})
        for s in SUBJECTS:
            cases.append({'p': p, 'op': 'search', 's': s})
        for s in SUBJECTS[:12]:
            cases.append({'p': p, 'op': 'findall', 's': s})
        cases.append({'p': p, 'op': 'match', 's': 'aab'})
        cases.append({'p': p, 'op': 'fullmatch', 's': 'ab'})
        cases.append({'p': p, 'op': 'finditer', 's': 'abc aab\nba'})
    for flags in (re.I, re.M, re.S, re.X, re.A, re.I | re.A, re.I | re.M | re.S):
        for p in PATTERNS[::3]:
            for s in SUBJECTS[::2]:
                cases.append({'p': p, 'f': flags, 'op': 'search', 's': s})
    for p in PATTERNS:
        cases.append({'p': p, 'op': 'debug'})
    for p in PATTERNS[::4]:
        cases.append({'p': p, 'f': re.I, 'op': 'debug'})
        cases.append({'p': p, 'f': re.A | re.M | re.S, 'op': 'debug'})
    for p in [r'[\u0100-\u0200\u0300]', r'[^\w\u0100-\uffff]', r'(?i)[a-z\u0130]', r'[\x00-\U0010ffff]',
              r'(?L)[a-z\d]\b', r'[a-zé\u0100]+(?i:k)', r'abc|abd', r'(?:a|b)+?c', r'x(?>ab|a)*+',
              r'(?<=ab)(?<!\d\d)(?=.)', r'(a)(?(1)b|c)(?P=n)?' .replace('(?P=n)?', ''), r'[\d\s]+?',
              r'(?i)ſ|\u212a', r'a{3,7}?b{,3}c{4}', r'\Aabc\Z', r'(?m)^$']:
        for f in (0, re.I):
            cases.append({'p': p, 'f': f, 'op': 'debug'})
    for p in [rb'(?L)\w+\b', rb'(?Li)[a-z\xe9]\W', rb'(?i)(a)\1|[^k]', rb'(?Li)(a)\1|x', rb'[\x80-\xff]+']:
        cases.append({'p': p.decode('latin-1'), 'b': True, 'op': 'debug'})
    # Nesting deep enough for CPython's parser to hit the recursion limit.
    for n in (494, 495, 496, 497):
        cases.append({'p': '(' * n + ')' * n, 'op': 'nesting'})
        cases.append({'p': '(?:' * n + 'a' + ')' * n, 'op': 'nesting'})
    latin1 = lambda *texts: all(max(map(ord, t), default=0) < 256 for t in texts)
    for p in ERROR_PATTERNS:
        cases.append({'p': p, 'op': 'compile'})
        if latin1(p):
            cases.append({'p': p, 'b': True, 'op': 'compile'})
    for p, r, s in TEMPLATE_CASES:
        cases.append({'p': p, 'op': 'sub', 'r': r, 's': s})
        cases.append({'p': p, 'op': 'subn', 'r': r, 's': s, 'a': [1]})
        if latin1(p, r, s):
            cases.append({'p': p, 'b': True, 'op': 'sub', 'r': r, 's': s})
        cases.append({'p': p, 'op': 'expand', 'r': r, 's': s})
    # bytes patterns, LOCALE, pos/endpos, split, sub counts, type mismatches
    for p in [rb'\w+', rb'\d', rb'\s', rb'[a-z]+', rb'(?i)K', rb'(?i)[k]', rb'\xe9', rb'(?i)\xe9',
              rb'(?L)\w+', rb'(?Li)\xe9', rb'(?Li)[a-z]', rb'(?L)\b', rb'(?a)\w', rb'\u00e9', rb'\N{X}',
              rb'(?Li)(a)\1', rb'(?i)(a)\1', rb'(?u)a', rb'.', rb'(?s).']:
        for s in [b'', b'abc', b'ABC', b'a\xe9b\xc9', b'12 34', b'\xe0\xff\x80', b'kK', b'a\nb']:
            cases.append({'p': p.decode('latin-1'), 'b': True, 'op': 'findall', 's': s.decode('latin-1')})
    for f in (re.L, re.U, re.A, re.A | re.U, re.L | re.A, re.T, re.L | re.I):
        cases.append({'p': 'a', 'f': f, 'op': 'compile'})
        cases.append({'p': 'a', 'b': True, 'f': f, 'op': 'compile'})
        cases.append({'p': 'a*', 'b': True, 'f': f, 'op': 'compile'})
    for p in ['a', 'a*', '^a', 'a$', r'\ba', '(?<=a)b', 'b', '(?m)^b', '', 'x*']:
        for args in [[1], [0, 2], [2, 1], [-5, 100], [3], [1, 1], [10, 20]]:
            for op in ('search', 'match', 'fullmatch', 'findall', 'finditer'):
                cases.append({'p': p, 'op': op, 's': 'abab', 'a': args})
    for p in [',', ',?', r'\W+', r'(\W+)', r'(,)|(;)', 'x*', r'\b', '', '(?=b)', 'a|(b)', '(a)|b']:
        for s in ['a,b;c,,d', 'abc', '', ',', 'ab ab']:
            for n in (0, 1, 2, -1):
                cases.append({'p': p, 'op': 'split', 's': s, 'a': [n]})
            cases.append({'p': p, 'op': 'sub', 'r': '[\\g<0>]', 's': s})
            cases.append({'p': p, 'op': 'subn', 'r': '-', 's': s, 'a': [2]})
            cases.append({'p': p, 'op': 'scanmatch', 's': s})
    everything = ''.join(map(chr, range(256))) + '\u2028\U0001d11e\ud800'
    for text in ['', 'abc', 'a.b*c', everything, 'x y\tz\n', '(?P<x>[a-z]{1,2})|$^']:
        cases.append({'p': text, 'op': 'escape'})
        if max(map(ord, text), default=0) < 256:
            cases.append({'p': text, 'b': True, 'op': 'escape'})
    cases += [
        {'p': 'a', 'op': 'search', 's': 'a', 'sb': True},
        {'p': 'a', 'b': True, 'op': 'search', 's': 'a', 'sb': False},
        {'p': 'a', 'op': 'sub', 'r': 'x', 'rb': True, 's': 'a'},
        {'p': 'a', 'op': 'sub', 'r': 'x', 'rb': True, 's': 'b'},
        {'p': 'a', 'b': True, 'op': 'sub', 'r': 'x', 'rb': False, 's': 'aa'},
        {'p': '(a)', 'op': 'sub', 'r': r'\1', 'rb': True, 's': 'a'},
        {'p': 'a', 'op': 'search', 's': 'a', 'a': [2 ** 70]},
    ]
    return cases


# ---------------------------------------------------------------------------
# Calls made by CPython's test_re

def record_test_re():
    """Run test_re with every compiled pattern wrapped; return the calls made."""
    calls = []
    real_compile = re._compile

    def textual(v):
        return type(v) in (str, bytes)

    def norm(v):
        if isinstance(v, str) and type(v) is not str:
            return str(v)
        if isinstance(v, (bytes, bytearray, memoryview)) and type(v) is not bytes:
            return bytes(v)
        return v

    class Proxy:
        def __init__(self, p):
            self._p = p

        def __getattr__(self, name):
            attr = getattr(self._p, name)
            if name not in ('search', 'match', 'fullmatch', 'findall', 'finditer', 'split', 'sub', 'subn'):
                return attr

            def method(*args, **kwargs):
                record(self._p, name, [norm(a) for a in args], kwargs)
                return attr(*args, **kwargs)
            return method

    def record(p, name, args, kwargs):
        if kwargs or not textual(p.pattern):
            return
        if name in ('sub', 'subn'):
            if len(args) < 2 or not textual(args[0]):
                return
            repl, args = args[0], args[1:]
        else:
            repl = None
        if not args or not textual(args[0]) or not all(type(a) is int for a in args[1:]):
            return
        calls.append((p.pattern, p.flags, name, args[0], repl, tuple(args[1:])))

    def wrapped(pattern, flags):
        pattern = norm(pattern)
        if textual(pattern) and not (int(flags) & re.DEBUG):
            calls.append((pattern, int(flags), 'compile', None, None, ()))
        p = real_compile(pattern, flags)
        return Proxy(p)

    from test import test_re
    re._compile = wrapped
    try:
        suite = unittest.defaultTestLoader.loadTestsFromModule(test_re)
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    finally:
        re._compile = real_compile
    return calls


def recorded_cases():
    cases = []
    seen = set()
    for pattern, flags, name, subject, repl, args in record_test_re():
        if flags & re.DEBUG or len(pattern) > MAX_TEXT:
            continue
        if subject is not None and len(subject) > MAX_TEXT:
            continue
        if any(abs(a) > 10 ** 6 for a in args):
            continue
        is_bytes = isinstance(pattern, bytes)
        case = {'p': enc(pattern), 'op': name}
        if is_bytes:
            case['b'] = True
        if flags:
            case['f'] = flags
        if subject is not None:
            case['s'] = enc(subject)
            if isinstance(subject, bytes) != is_bytes:
                case['sb'] = isinstance(subject, bytes)
        if repl is not None:
            case['r'] = enc(repl)
            if isinstance(repl, bytes) != is_bytes:
                case['rb'] = isinstance(repl, bytes)
        if args:
            case['a'] = list(args)
        key = json.dumps(case, sort_keys=True)
        if key not in seen:
            seen.add(key)
            cases.append(case)
    return cases


# ---------------------------------------------------------------------------
# Random cases

def random_pattern(rng, depth=0):
    atoms = ['a', 'b', 'c', '.', r'\w', r'\d', r'\s', '[ab]', '[^a]', '[a-c]', r'\b', '^', '$', 'x', 'ab']
    n = rng.randint(1, 4)
    out = ''
    for _ in range(n):
        r = rng.random()
        if depth < 3 and r < 0.25:
            inner = random_pattern(rng, depth + 1)
            if rng.random() < 0.4:
                inner += '|' + random_pattern(rng, depth + 1)
            kind = rng.choice(['(', '(?:', '(?=', '(?!', '(?>', '(?P<g%d>' % rng.randint(0, 99)])
            atom = kind + inner + ')'
            if kind.startswith('(?P'):
                atom = '(' + inner + ')'
        elif r < 0.3:
            atom = rng.choice([r'\1', '(?(1)a|b)'])
        else:
            atom = rng.choice(atoms)
        if rng.random() < 0.4 and atom not in ('^', '$', r'\b') and not atom.startswith('(?=') \
                and not atom.startswith('(?!'):
            atom += rng.choice(['*', '+', '?', '{1,2}', '{2}', '*?', '+?', '??', '*+', '++', '{0,3}?'])
        out += atom
    return out


def random_cases(count):
    rng = random.Random(20240311)
    cases = []
    while len(cases) < count:
        p = random_pattern(rng)
        try:
            re.compile(p)
        except (re.error, OverflowError):
            continue
        s = ''.join(rng.choice('abcx \n1') for _ in range(rng.randint(0, 10)))
        op = rng.choice(['search', 'match', 'fullmatch', 'findall', 'finditer', 'split', 'sub'])
        case = {'p': p, 'op': op, 's': s}
        if op == 'sub':
            case['r'] = '<\\g<0>>'
        cases.append(case)
        if len(cases) % 5 == 0:
            cases.append({'p': p, 'op': 'debug'})
    return cases


def long_subject_cases():
    """Subjects of 10**5 characters: the matcher must not recurse per character."""
    cases = []
    for p, s in [('a*', 'a'), ('(ab)*c?', 'ab'), ('(?:a|b)*c?', 'ab'), ('(a|b)*?$', 'ab'), ('(?:(a)|b)*', 'ab'),
                 (r'(\w+)\s\1', 'ab '), ('(?:ab)*+', 'ab'), ('(?>(?:ab)*)$', 'ab'), ('.*?b$', 'ab'),
                 (r'((a)|(b))+', 'ab'), ('(?:a(?=b)|b)*', 'ab'), (r'(?:(?:ab)*?)*$', 'ab'), (r'\s', 'ab ')]:
        for op in ('match', 'search', 'split'):
            cases.append({'p': p, 'op': op, 's': s, 'n': 20000})
    return cases


def chars_cases():
    rng = random.Random(7)
    cps = list(range(0x400)) + sorted(rng.sample(range(0x400, 0x110000), 6000))
    return [{'p': '', 'op': 'chars', 'cps': cps[i:i + 1000]} for i in range(0, len(cps), 1000)]


def main():
    cases = hand_cases() + recorded_cases() + random_cases(1500) + long_subject_cases() + chars_cases()
    for case in cases:
        case['x'] = run(case)
        # JSON numbers are doubles: larger integers go as decimal strings.
        if any(abs(a) > 2 ** 53 for a in case.get('a', [])):
            case['a'] = [str(a) for a in case['a']]
    with open(OUT, 'w') as f:
        json.dump(cases, f, ensure_ascii=True, separators=(',', ':'))
        f.write('\n')
    print('wrote', len(cases), 'cases to', OUT)


main()
