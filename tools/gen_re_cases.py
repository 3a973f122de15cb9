"""Write tests/modules/re_cases.json: what CPython 3.11's re module does,
for tests/modules/re.test.ts (the format is tools/pycases.py's).

The engine itself (src/common/sre) has its own cases; these are about the
module: the Pattern, Match and scanner objects, the module functions and
their cache, the flags, re.error, and which objects come back.
Run: python3 tools/gen_re_cases.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pycases

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'modules', 're_cases.json')

PRELUDE = 'import re'

GROUPS = [
    # ------------------------------------------------------------ match objects
    ("s = 'Isaac Newton, physicist'\nm = re.match(r'(\\w+) (\\w+)', s)", [
        'm', 'm.group()', 'm.group(0)', 'm.group(1, 2)', 'm.group(2, 1, 0)', 'm.groups()',
        'm.span()', 'm.span(2)', 'm.start(2)', 'm.end(2)', 'm.start()', 'm.end()',
        'm.string is s', 'm.re', 'm.pos', 'm.endpos', 'm.lastindex', 'm.lastgroup',
        'm.regs', 'm.regs is m.regs', 'm[1]', 'm[0]', 'm[True]', 'm[-1]', 'm[3]', 'm[2**80]',
        "m['x']", 'm[[]]', 'm[1.0]', 'm.group(x=1)', 'm.start(group=0)', 'm.span(1, 2)',
        'm.groups(1, 2)', 'm.groups(default=5)', 'm.groupdict()', 'm.__copy__() is m',
        'm.__deepcopy__({}) is m', 'm.__deepcopy__()', 'type(m).__name__', 'type(m).__module__',
        'type(m).__qualname__', 're.Match is type(m)', 'type(m).__doc__', 'm.__sizeof__()',
        'bool(m)', 'm == m', 'm.group(0) is m.group(0)',
    ]),
    ("m = re.search(r'(?P<year>\\d{4})-(?P<month>\\d\\d)(?:-(?P<day>\\d\\d))?', 'on 2024-03 ok')", [
        'm', "m.group('year')", "m['month']", "m['day']", "m.group('day', 'year')",
        'm.groupdict()', "m.groupdict('-')", 'm.groups()', "m.groups('?')", 'm.lastgroup', 'm.lastindex',
        "m.span('day')", "m.start('month')", "m.end('nope')", 'm.regs', 'm.re.groupindex',
        "m.expand(r'\\g<month>/\\g<year>\\g<day>!')", "m.expand(r'\\2-\\1')", "m.expand(r'\\3')",
        "m.expand('plain')", 'm.expand(5)', "m.expand(r'\\9')", "m.expand(r'\\g<x>')",
        "m.expand(b'x')", "m.expand(template='\\\\1')", 'm.expand()', 'm.__sizeof__()',
    ]),
    ("m = re.match(r'(a)(b)?(c)?', 'ac')\nn = re.match(r'(?:(a)|b)*', 'ab')", [
        'm.groups()', "m.groups('')", 'm.span(2)', 'm.start(2)', 'm.lastindex', 'm.regs',
        'm.group(1, 2, 3)', 'n.groups()', 'n.lastindex', 'n.span(1)',
        "re.match('(a)|(b)', 'b').lastindex", "re.match('(?P<x>a)(?P<y>b)?', 'a').lastgroup",
        "re.match('((a)b)', 'ab').lastindex", "re.match('(a)((b))', 'ab').lastgroup",
        "re.match('a', 'a').group([])", "re.match('(?P<n>a)', 'a').group([])",
    ]),
    # match reprs: truncation, bytes, astral characters
    ('', [
        "re.match('a*', 'a' * 60)", "re.match(b'ab', b'abc')", "re.search('b', '\\U0001F600ab')",
        "re.search('b', '\\U0001F600ab').span()", "re.match('.', '\\U0001F600ab').group()",
        "re.match('(.)(.)', '\\U0001F600\\u00e9').span(2)", "re.match('.*', '\\U0001F600' * 30)",
        "re.match('', 'abc')", "re.match(r'\\n', '\\n')", "re.fullmatch('a|ab', 'ab')",
        "re.match(\"'\", \"'\")", "re.match('\"', '\"')",
    ]),
    # ------------------------------------------------------------ pattern objects
    ("p = re.compile(r'^(\\w+):\\s*(.*)$', re.MULTILINE)", [
        'p', 'p.pattern', 'p.flags', 'p.groups', 'p.groupindex', 'type(p.groupindex)',
        "p.findall('name: Ann\\nage: 30\\ncity:Paris')", "p.sub(r'\\1=\\2', 'a: 1\\nb: 2')",
        'p.match()', "p.match('a:1', x=1)", "p.match('a:1', 0, 3, 9)", "p.match(string='k: v')",
        "p.search('x: y', pos=1)", "p.search('x: y', endpos=2)", "p.match(b'a:1')", 'p.match(5)',
        "p.match('a:1', 1.5)", "p.match('a:1', 2**70)", "p.match('a:1', -2**70)", "p.match('a:1', True)",
        'p.__copy__() is p', 'p.__deepcopy__(None) is p', 'p.__copy__(1)', 'p.__deepcopy__()',
        'p == p', 'p != p', 'p == 5', 'type(p).__name__', 'type(p).__module__',
        'type(p).__doc__', 're.Pattern is type(p)', 'p.__sizeof__()',
        "p.scanner('a: b').pattern is p",
    ]),
    ("p = re.compile('(?P<first>\\\\w)(?P<second>\\\\w)')", [
        'p.groupindex', "p.groupindex['first']", 'p.groupindex is p.groupindex',
        "p.groupindex.__setitem__('x', 1)", 'list(p.groupindex)', 'len(p.groupindex)',
        "p.match('ab').groupdict()", "p.match('ab').lastgroup",
    ]),
    ('import copy', [
        "re.compile('a+', re.IGNORECASE)", "re.compile('a' * 300)", "re.compile(b'a', re.I | re.L)",
        "re.compile('a', re.I | re.M | re.S | re.X | re.A)", "re.compile('(?i)a')", "re.compile('(?x) a')",
        "re.compile('a', 1 << 20)", "re.compile(b'a', 1 << 20 | 8)", "re.compile('a', re.U)",
        "re.compile('a', re.T)", "re.compile('a\\n\\\\d\\'\"')", "re.compile(b'\\xff\\x00')",
        "re.compile('\\u00e9\\U0001F600' * 80)", "copy.copy(re.compile('q')) is re.compile('q')",
        "copy.deepcopy(re.compile('q')) is re.compile('q')", "re.compile('a').flags", "re.compile(b'a').flags",
        "re.compile('a', re.I).flags", "re.compile('(?s)a').flags", "re.compile('a', re.A).flags",
        "re.compile(b'a', re.L).flags",
    ]),
    # equality and hash of distinct but equal patterns
    ("p1 = re.compile('a+b', re.I)\nre.purge()\np2 = re.compile('a+b', re.I)\np3 = re.compile(b'a+b', re.I)", [
        'p1 is p2', 'p1 == p2', 'p1 != p2', 'hash(p1) == hash(p2)', 'hash(p1)', 'hash(p3)',
        'p1 == p3', "p1 == re.compile('a+b')", "hash(re.compile('x', re.M))", "hash(re.compile(b''))",
        "{p1: 1}[p2]", "hash(re.compile(r'[a-z\\d]+\\w|(?i)x[^\\W]\\s{2,}(?=q)(?<!r)(?>a)b++c*?'))",
        "hash(re.compile('[\\u0100-\\u0200\\u4e00]|[^\\x00-\\x7f]|(a)(?(1)b|c)', re.S))",
        "hash(re.compile(r'(?a)\\d\\s\\w\\b[\\D]\\Z'))", "hash(re.compile(rb'(?L)\\w[\\w]\\b'))",
        "hash(re.compile(r'(?u)\\W\\B\\S(?i:[a\\u0131])'))", "hash(re.compile('^ab+|(?m)$'))",
    ]),
    # ------------------------------------------------------------ module functions
    ('', [
        "re.search(r'\\d+', 'abc 123 def 45').group()", "re.search('z', 'abc')",
        "re.fullmatch(r'\\d{3}', '1234')", "re.fullmatch(r'\\d{3}', '123').span()",
        "re.findall(r'\\d+', 'a1b22c333')", "re.findall(r'(\\w)(\\d)', 'a1 b2')", "re.findall('x*', 'axx')",
        "re.findall('(a)(b)?', 'ab a')", "re.findall('(a)', 'aaa')", "re.findall(b'\\\\d', b'a1b2')",
        "re.findall('', '')", "re.findall('.', '\\U0001F600x')",
        "[(m.start(), m.group()) for m in re.finditer('o', 'foo boo')]",
        "[m.span() for m in re.finditer('', 'ab')]", "type(re.finditer('a', 'a')).__name__",
        "re.compile('a').findall('aaaa', 1, 3)", "list(re.compile('a').finditer('aaa', 1, 2))",
        "re.compile('a').findall('aaaa', pos=-5, endpos=99)", "re.compile('^a').search('ba', 1)",
        "re.compile('a$').search('ab', 0, 1)", "re.compile('a').search('bab', 2)",
        "re.match(re.compile('a'), 'a')", "re.compile(re.compile('a'))", "re.compile(re.compile('a'), re.I)",
        "re.compile(5)", "re.compile(bytearray(b'a'))", "re.match('a', 5)", "re.match(b'a', 'a')",
        "re.match('a', b'a')", "re.findall(r'\\d', b'123')", "re.compile('a', 2**70)", "re.compile('a', 1.5)",
        "re.compile('a', -1)", "re.compile('a', 'x')", "re.compile(b'a', re.U)", "re.compile('a', re.A | re.U)",
        "re.compile('a', re.L)", "re.match('a', 'a', flags=re.I)", "re.search(pattern='b', string='ab')",
    ]),
    ("s = 'hello'\nb = b'hello'\nclass S(str): pass\nss = S('hello')", [
        "re.match('.*', s).group() is s", "re.search('l+', s).string is s", "re.findall('.*', s)[0] is s",
        "re.split('x', s)[0] is s", "re.sub('x', 'y', s) is s", "re.sub('l', 'l', s) is s",
        "re.sub(b'x', b'y', b) is b", "re.match(b'.*', b).group() is b", "re.subn('x', 'y', s)[0] is s",
        "type(re.match('.*', ss).group())", "re.match('.*', ss).string is ss", "type(re.sub('x', 'y', ss))",
        "type(re.findall('.*', ss)[0])", "type(re.split('l', ss)[0])",
        "re.match(b'.*', bytearray(b'ab')).group()", "re.match(b'.*', bytearray(b'ab')).string",
        "re.split(b'b', bytearray(b'abc'))", "re.findall(b'.', bytearray(b'ab'))",
        "re.sub(b'a', b'x', bytearray(b'bab'))", "re.match(b'(a)', bytearray(b'a')).expand(rb'\\1')",
        "re.sub('abc', s, 'abc') is s",
    ]),
    ("r = 'repl'", [
        "re.sub('abc', r, 'abc') is r", "re.sub('a', r, 'a') == r", "re.sub('^', r, '') is r",
        "re.sub('a', lambda m: r, 'a') is r", "re.sub('a', lambda m: r, 'ba') is r",
    ]),
    # ------------------------------------------------------------ sub, subn, split
    ('', [
        "re.sub(r'\\d', '#', 'a1b22c')", "re.sub(r'(\\w+)@(\\w+)', r'\\2 at \\1', 'user@host')",
        "re.sub(r'\\d+', lambda m: str(int(m.group()) * 2), '1 apple, 12 pears')",
        "re.subn('a', 'A', 'banana')", "re.sub('a', 'A', 'banana', count=2)", "re.sub('a', 'A', 'banana', 2)",
        "re.sub('a', 'x', 'aaa', -1)", "re.subn('a', 'x', 'aaa', 2**70)", "re.sub('a', 'x', 'aaa', 1.0)",
        "re.sub(r'(?P<w>\\w+)', r'<\\g<w>>', 'hi there')", "re.sub('', '-', 'abc')", "re.sub('x*', '-', 'abxd')",
        "re.sub('(a)|b', r'[\\1]', 'ab')", "re.sub('a', r'\\n\\t\\\\', 'xax')", "re.sub('a', r'\\x', 'a')",
        "re.sub('a', r'\\q', 'a')", "re.sub('a', '\\\\', 'a')", "re.sub('(a)', r'\\2', 'a')",
        "re.sub('(a)', r'\\g<2>', 'a')", "re.sub('(a)', r'\\g<x>', 'a')", "re.sub('(a)', r'\\g<-1>', 'a')",
        "re.sub('(a)', r'\\g<1', 'a')", "re.sub('(a)', r'\\g<>', 'a')", "re.sub('(a)', r'\\g<0>\\g<0>', 'xa')",
        "re.sub('(a)', r'\\0', 'a')", "re.sub('(a)', r'\\01', 'a')", "re.sub('(a)', r'\\1a\\1', 'a')",
        "re.sub('a', 5, 'abc')", "re.sub('a', 5, 123)", "re.sub('a', r'\\q', 123)", "re.sub('a', 'x', 123)",
        "re.sub('a', b'x', 'abc')", "re.sub('a', b'x', 'bcd')", "re.sub(b'a', 'x', b'abc')",
        "re.sub('a', b'\\\\n', 'ab')", "re.sub('(a)', b'\\\\1x', 'ab')", "re.sub(b'(a)', '\\\\1x', b'ab')",
        "re.sub('a', lambda m: 5, 'xabca')", "re.sub(b'a', lambda m: 5, b'xabca')",
        "re.sub(b'a', lambda m: bytearray(b'Q'), b'xabca')", "re.sub('a', lambda m: None, 'xabca')",
        "re.sub('a', lambda m: m.group().upper() * 2, 'banana')", "re.subn('a', lambda m: '', 'aaa')",
        "re.sub(b'a', bytearray(b'x'), b'abc')", "re.sub(b'(a)', bytearray(b'<\\\\1>'), b'abc')",
        "re.sub('a', lambda m: 1 / 0, 'a')", "re.sub('a', lambda m: m.string, 'ab')",
        "re.subn('(?P<x>.)', r'\\g<x>\\g<x>', '\\U0001F600b')", "re.sub('b', 'x', '\\U0001F600b\\U0001F600')",
        "re.sub('a', 'b', '')", "re.subn('a', 'b', '')", "re.sub(b'', b'-', b'')", "re.sub('a', repl='b', string='a')",
        "re.compile('a').sub('b')", "re.compile('a').subn()",
    ]),
    ('', [
        "re.split(r'[,;]\\s*', 'a, b;c,  d')", "re.split(r'(\\d)', 'a1b2c')", "re.split(r'\\s+', 'a b  c', maxsplit=1)",
        "re.split(r'x*', 'axbc')", "re.split(r'\\b', 'hi you')", "re.split('(a)(b)?', 'xabya')",
        "re.split('a', 'bab', 1.5)", "re.split('a', 'bab', maxsplit=-1)", "re.split('', '')", "re.split('a', '')",
        "re.split('(?:)', 'ab')", "re.split(b'a', b'bab')", "re.split('x', 'a\\U0001F600xb')",
        "re.compile('a').split()", "re.compile('a').split('a', 1, 2)", "re.split('a', 'bab', 2**70)",
    ]),
    # ------------------------------------------------------------ the scanner
    ("sc = re.compile(r'\\d+|\\s+').scanner('12 34x')", [
        'sc.match()', 'sc.match()', 'sc.search()', 'sc.match()', 'sc.search()', 'sc.search()', 'sc.match(1)',
        'type(sc).__name__', 'type(sc).__module__', 'sc.pattern', "type(sc)()",
    ]),
    ("sc = re.compile('').scanner('ab')", ['sc.search()', 'sc.search()', 'sc.search()', 'sc.search()']),
    ("it = re.finditer('a', 'aXa')", ['next(it)', 'next(it)', 'next(it, None)', 'next(it, None)']),
    # ------------------------------------------------------------ escape, purge, cache
    ('', [
        "re.escape('1+1=2? (yes) [a-z] $5 ^_^')", "re.escape('a\\tb\\nc d#e&f~g')", "re.escape(b'a.b*c')",
        "re.escape(5)", "re.escape('\\u00e9-\\U0001F600')", "re.escape('')", "re.escape(bytearray(b'a.'))",
        "re.purge()", "re.compile('abc') is re.compile('abc')", "re._MAXCACHE",
    ]),
    ("p0 = re.compile('x0')\nps = [re.compile('x%d' % i) for i in range(1, 512)]", [
        "re.compile('x0') is p0", "re.compile('x1') is ps[0]", "re.compile('y') is re.compile('y')",
        "re.compile('x0') is p0", "re.compile('x2') is ps[1]", "len(re._cache)",
    ]),
    # ------------------------------------------------------------ flags
    ('', [
        're.I', 're.IGNORECASE', 're.I | re.M', 're.I | 1024', '~re.I', 're.I & re.M', 're.I ^ re.I', 're.I | 2',
        '2 | re.I', 're.A | re.L', 'repr(re.I)', 'str(re.I)', "format(re.I)", "f'{re.M}'", "format(re.I, 'd')",
        "format(re.I, '>5')", "'%d %s %r' % (re.I, re.I, re.I)", 'hash(re.I)', 're.I == 2', 'bool(re.NOFLAG)',
        're.I in (re.I | re.M)', 're.S in re.I', 're.I + 1', 'type(re.I + 1)', '-re.I', 're.I * 2',
        're.RegexFlag(2) is re.I', 're.RegexFlag(3)', 're.RegexFlag(3) is re.RegexFlag(3)', "re.RegexFlag['IGNORECASE']",
        're.RegexFlag.IGNORECASE', 're.RegexFlag', 'len(re.RegexFlag)', 'list(re.I | re.M)', 'list(re.RegexFlag)',
        're.M in re.RegexFlag', 're.NOFLAG', '(re.S, re.DOTALL, re.X, re.A, re.L, re.U, re.T, re.DEBUG)',
        '(re.I | re.M).value', 're.RegexFlag(-1)', "re.RegexFlag('a')", '~(re.I | re.M)', '~re.NOFLAG',
        're.RegexFlag(3000)', 're.RegexFlag(1024)', '~re.RegexFlag(1026)', 're.RegexFlag(-600)',
        're.RegexFlag(1024).name', 're.RegexFlag(0).name', 're.RegexFlag(3).name', 're.I.name', 're.I.value',
        'isinstance(re.I, int)', 're.I.real', 're.I | 1.5', "type(re.I).__name__", 're.RegexFlag.__module__',
        'len(re.I | re.M | re.S)', 're.RegexFlag(re.I)', 're.I.__reduce_ex__(2)', 'sorted(re.RegexFlag.__members__)',
        "re.compile('a', re.I | re.M)", "re.findall('A', 'aA', re.I)", "re.findall(r'\\w+', 'h\\u00e9 w', re.ASCII)",
        "re.findall('^a', 'a\\na', re.M)", "re.findall('a.b', 'a\\nb', re.S)", 're.__version__',
    ]),
    # re.DEBUG prints the parse tree and the program (and is not cached)
    ('', [
        "re.compile('a|b', re.DEBUG)", "re.compile('a|b', re.DEBUG)", "re.compile(r'(?P<n>x)\\1*', re.DEBUG)",
    ]),
    # ------------------------------------------------------------ re.error
    ('', [
        "re.error", "re.error.__module__", "issubclass(re.error, Exception)", "re.error('x').args",
        "re.error('x').msg", "re.error('x').pos", "re.error('x').lineno", "str(re.error('x', 'ab\\ncd', 4))",
        "re.error('x', 'ab\\ncd', 4).__dict__", "re.error('x', b'ab\\ncd', 4).colno", "str(re.error('x', 'abc', 1))",
    ]),
    ('def err(p, flags=0):\n    try:\n        re.compile(p, flags)\n    except re.error as e:\n'
     '        return (type(e).__name__, str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)', [
        "err('(')", "err('[a-')", "err('a{2,1}')", "err('*a')", "err('(?P<1>x)')", "err(r'\\k')",
        "err('(?<=a+)b')", "err('(?P<n>a)(?P<n>b)')", "err('ab\\n(cd\\nef')", "err(b'(')", "err(b'a\\n)')",
        "err('a)b')", "err('(?z)')", "err('x' * 10 + ')')", "err('\\U0001F600)')", "err('(?i')",
        "err('a', re.L)", "err(r'\\1')", "err(r'(a)\\2')", "err('a**')", "err('[z-a]')", "err('(?#abc')",
    ]),
    # ------------------------------------------------------------ re.Scanner
    ("s = re.Scanner([(r'\\d+', lambda sc, t: int(t)), (r'\\s+', None), (r'[a-z]+', lambda sc, t: t.upper()),"
     " (r'=', '=')])", [
        "s.scan('12 ab 3 !x')", "s.scan('x = 4')", "s.scan('')", "type(s.scanner).__name__",
    ]),
    ("s = re.Scanner([(b'a+', lambda sc, t: (sc.match.span(), t)), (b'b', None)])", ["s.scan(b'aabaa')"]),
    # ------------------------------------------------------------ reference counts
    ("import sys\ns = ''.join(['hello ', 'world']) * 3\np = re.compile(r'(\\w+) (?P<word>\\w+)x?')\n"
     "m = p.search(s)\ng = m.group(2)", [
        'sys.getrefcount(s)', 'sys.getrefcount(p)', 'sys.getrefcount(m)', 'sys.getrefcount(g)',
        'sys.getrefcount(m.group(0))', 'len(list(p.finditer(s))) + sys.getrefcount(s)',
        "sys.getrefcount(p.sub(lambda mm: mm.group(2), s))", 'sys.getrefcount(s)', 'sys.getrefcount(p)',
        'sys.getrefcount(p.scanner(s)) + sys.getrefcount(s)', 'sys.getrefcount(m.regs)', 'sys.getrefcount(m.regs[1])',
        'sys.getrefcount(p.split(s))', 'sys.getrefcount(p.groupindex)', "sys.getrefcount(m.lastgroup)",
        'sys.getrefcount(s)', 'sys.getrefcount(p)', 'sys.getrefcount(m)',
    ]),
    # ------------------------------------------------------------ the parser's recursion limit
    # The parser's depth per group is not one frame, so these run from one
    # fixed depth (where 900 frames of rec fit), whatever the caller's depth.
    ('def rec(n):\n    return 0 if n == 0 else rec(n - 1)\n'
     'def deepest(f):\n    lo, hi = 1, 3000\n    while lo < hi:\n        mid = (lo + hi + 1) // 2\n'
     '        try:\n            f(mid)\n            lo = mid\n        except RecursionError:\n'
     '            hi = mid - 1\n    return lo\n'
     'def at_fixed_depth(f):\n    def pad(k):\n        return f() if k == 0 else pad(k - 1)\n'
     '    return pad(deepest(rec) - 900)\n'
     'def error_of(f):\n    try:\n        f()\n    except RecursionError as e:\n        return str(e)', [
        "at_fixed_depth(lambda: deepest(rec))",
        "at_fixed_depth(lambda: deepest(lambda n: re.compile('(' * n + 'a' + ')' * n)))",
        "at_fixed_depth(lambda: deepest(lambda n: re.compile('(?:' * n + 'a' + ')' * n)))",
        "at_fixed_depth(lambda: deepest(lambda n: re.compile('(?<=' * n + 'a' + ')' * n)))",
        "at_fixed_depth(lambda: error_of(lambda: re.compile('(' * 2000 + ')' * 2000)))",
    ]),
    # ------------------------------------------------------------ template and the deprecated flag
    ('', ["re.template('a')", "re.compile('a+', re.T).match('aa')", "re.template('a', re.I).flags"]),
]

if __name__ == '__main__':
    pycases.write(OUT, GROUPS, PRELUDE)
