"""Generate tests/common/strops_cases.json: CPython 3.11's str methods and
str.format parser on inputs that probe their edges, for tests/common/strops.test.ts.

Every expected value is what the running python3 returns or raises.

JSON encoding: an int that is not a safe JS integer is {"int": "digits"}; a
tuple is a list; an exception is {"error": [type name, message]}.

Run:  python3 tools/gen_strops_cases.py
"""
import _string
import json
import os
import random
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'common', 'strops_cases.json')
SAFE = 2 ** 53 - 1

# Strings that probe case rules, classes of characters and code point counting.
WORDS = [
    '', 'a', 'A', 'abc', 'ABC', 'Hello World', 'hello world', 'hELLO wORLD', 'Hello  World ',
    "they're bill's friends", 'x1y2', '1st', 'a_b-c.d', '  leading', 'trailing  ', ' \t\n ',
    # whitespace CPython knows (bidi WS/B/S or Zs), and some it does not (U+200B, U+180E)
    '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000',
    'a\u200bb', 'a\u180eb', 'a\x1cb\x1dc\x1ed\x1fe', '\xa0x\xa0', 'x\u3000y z',
    # Greek sigma and Final_Sigma
    '\u03a3', 'A\u03a3', '\u03a3A', 'A\u03a3B', 'A\u03a3 B', 'A\u03a3.', 'A.\u03a3', "A'\u03a3", "A\u03a3'",
    '\u1f48\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3', '\u03a3\u03a3', 'A\u03a3\u03a3', '\u0391\u03a3 \u03a3\u0391',
    'A\u00ad\u03a3', 'A\u03a3\u00ad', 'A\u03a3\u00adB', '\u0345\u03a3', 'A\u0345\u03a3', 'A\u03a3\u0345',
    'a\u0301\u03a3', '1\u03a3', '\u02b0\u03a3', 'A\U0001d165\u03a3', '\U00010400\u03a3', 'A\u03a3\U00010428',
    '\u03c3\u03c2\u03a3', 'O\u0313\u03a3',
    # special casings
    '\xdf', 'stra\xdfe', 'STRASSE', '\u1e9e', '\ufb01', '\ufb01x', '\ufb03', 'x\ufb00y', '\u0130', '\u0130stanbul',
    '\u0131', 'i\u0307', '\u0149', '\u0390', '\u1fb3', '\u1fbc', '\u1f80', '\u1f88', '\u0587', '\u1e96',
    '\u01c4', '\u01c5', '\u01c6', '\u01c4a', '\u01c5ungla', '\u01c6ungla', '\u01c7\u01c8\u01c9', '\u01ca', '\u01cb',
    'a\u01c5', '\u01c5A', '\u01c5 \u01c5', '\u1f88x', 'x\u1f88',
    # Georgian Mkhedruli / Mtavruli, Cherokee, Armenian
    '\u10e5\u10d0\u10e0\u10d7\u10e3\u10da\u10d8', '\u1c95\u1c90\u1ca0', '\u10d0 \u10d1', '\u1c90\u10d0',
    '\u13a0\u13a1', '\uab70\uab71', '\u0531\u0561', 'Ꭰꭰ',
    # astral letters, digits and symbols
    '\U00010400\U00010428', '\U00010428\U00010400x', '\U000104b0\U000104d8', '\U0001e900\U0001e922',
    '\U0001d7ce\U0001d7cf', '\U0001d518\U0001d52b', 'a\U0001f600b', '\U0001f600', '\U0001d11e',
    'x\U0001d11ey\U0001d11ez', '\U000104a0\U000104a1', '\U00016e40\U00016e60',
    # numbers of all kinds
    '123', '0', '\u0661\u0662\u0663', '\u0966', '\xb2', '\xb2\xb3', '\xbd', '\u2153', '\u4e00\u4e8c\u4e09',
    '\u216b', '\u2469', '\u07c0', '\U00012432', '-12', '+5', '1.5', '1e3', '\uff11\uff12',
    # identifiers
    '_', '__init__', '_x1', '1a', 'a b', 'caf\xe9', '\u2115', '\u2118', '\u212e', '\u2040', 'a\xb7',
    '\xb7a', 'a\u0300', '\u0300a', 'a-b', 'x\u200d', '\u1885', 'a\u1885', '\U0001d518x', 'def',
    # printable or not
    'a\nb', '\x7f', '\xad', '\u0378', '\ue000', '\U000e0001', '\ufeff', '\u2028',
    # lone surrogates (never one of each side by side: JS would pair them)
    '\ud800', 'a\udc00b', 'x\ud834', '\udd1ey', '\ud800\ud800', '\udc00\udc00',
    # long enough for the bulk decoder, which must keep a leading BOM
    '\ufeffStra\xdfe \u03a3 ' * 40, ('\U00010400\xdf ' * 100) + '\ud800',
]

# Characters for random strings: each a reason to break a fast path.
ALPHABET = (['a', 'b', 'A', 'B', 'z', ' ', ' ', '\t', '\n', '\r', '\x0b', '\x1c', '\x85', '\xa0', '\u2028',
             '.', "'", '-', '1', '\u0661', '\xbd', '\u03a3', '\u03c3', '\u0391', '\xdf', '\ufb01', '\u0130',
             '\u01c5', '\u01c6', '\u0301', '\u0345', '\xad', '\u10d0', '\u1c90', '\U00010400',
             '\U00010428', '\U0001f600', '\U0001d7ce', '_', 'x', 'X'])


def random_strings(rng, n, max_len):
    return [''.join(rng.choice(ALPHABET) for _ in range(rng.randint(0, max_len))) for _ in range(n)]


def enc(v):
    """A Python value as JSON for the tests."""
    if isinstance(v, bool) or v is None or isinstance(v, str):
        return v
    if isinstance(v, int):
        return v if -SAFE <= v <= SAFE else {'int': str(v)}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    raise TypeError(type(v))


def call(method, s, args):
    """A case: str.method(*args) on s, and what python3 returns or raises."""
    case = {'method': method, 's': s, 'args': enc(args)}
    try:
        case['result'] = enc(getattr(s, method)(*args))
    except (ValueError, TypeError, OverflowError, MemoryError) as e:
        case['error'] = [type(e).__name__, str(e)]
    return case


def method_cases(rng):
    randoms = random_strings(rng, 100, 10)
    corpus = WORDS + randoms
    cases = []
    unary = ['lower', 'upper', 'casefold', 'capitalize', 'title', 'swapcase', 'isalpha', 'isalnum',
             'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle', 'isascii',
             'isprintable', 'isidentifier', 'splitlines', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip',
             'expandtabs']
    for s in corpus:
        for m in unary:
            cases.append(call(m, s, ()))
        cases.append(call('splitlines', s, (True,)))
    # Separators and strip sets, with maxsplit / count limits.
    seps = [None, ' ', 'a', 'aa', 'ab', 'A', '\u03a3', '\U00010400', '\ud800', '\udc00', '', '  ', '\n', 'x\U0001d11e']
    limits = [-1, 0, 1, 2, 2 ** 63, -(2 ** 63) - 1]
    split_corpus = ['', 'a', 'aaa', 'aaaa', 'a a  a   ', '  a b c  ', 'abab', 'baba', 'aAaA', 'a\u03a3a\u03a3',
                    '\U00010400a\U00010400', '\ud800\U00010400\ud800', '\U00010400\udc00', 'x\U0001d11ey',
                    '\n\na\nb\n', ' \u3000\x85x\xa0y\u2028 '] + random_strings(rng, 10, 12)
    for s in split_corpus:
        for sep in seps:
            for lim in limits:
                cases.append(call('split', s, (sep, lim)))
                cases.append(call('rsplit', s, (sep, lim)))
            if sep is not None:
                cases.append(call('partition', s, (sep,)))
                cases.append(call('rpartition', s, (sep,)))
                cases.append(call('removeprefix', s, (sep,)))
                cases.append(call('removesuffix', s, (sep,)))
        for chars in [None, '', ' ', 'a', 'ab', 'ba ', '\U00010400', '\ud800', '\udc00', 'x\U0001d11e', '\u03a3a']:
            for m in ('strip', 'lstrip', 'rstrip'):
                cases.append(call(m, s, (chars,)))
    # Line breaks, \r\n as one.
    for s in ['a\r\nb', 'a\n\rb', '\r\n', '\r\r\n\n', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i',
              'a\x1fb', 'no break', 'end\n', 'x\r', '\U00010400\n\U00010400']:
        for keep in (False, True):
            cases.append(call('splitlines', s, (keep,)))
    # Tabs: columns count code points and restart after \n and \r.
    for s in ['\t', 'a\tb', 'ab\tcd\tef', '\ta\n\tb', 'abc\r\tx', '\U00010400\tx', 'x\U0001d11e\t|',
              '12345678\t|', '1234567\t|', 'a\t\tb', 'no tabs', '\udc00\t|', '\t\U0001f600\t']:
        for size in [8, 4, 3, 1, 0, -1, 100, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1]:
            cases.append(call('expandtabs', s, (size,)))
    # Padding: widths, fill characters, center's odd-margin rule, zfill's sign.
    for s in ['', 'a', 'ab', 'abc', '\U00010400', 'a\U00010400', '-', '+', '-42', '+42', '42', '--1',
              'x-1', '\u03a3', '-\U00010400']:
        for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 2 ** 62, 2 ** 63]:
            for fill in [' ', '*', '\U0001d11e', '', 'ab', '\U0001d11e\U0001d11e']:
                for m in ('center', 'ljust', 'rjust'):
                    cases.append(call(m, s, (w, fill)))
            cases.append(call('center', s, (w,)))
            cases.append(call('zfill', s, (w,)))
    # Searching: start/end with CPython's slice adjustment, empty needles.
    starts = [None, 0, 1, 2, -1, -2, -3, 3, 4, 5, 100, -100, 2 ** 64, -(2 ** 64)]
    needle_corpus = ['', 'abc', 'abcabc', 'aaa', 'a\U00010400b\U00010400', '\U00010400\U00010400',
                     '\ud834\U0001d11e\udd1e', 'x\U0001d11ey', '\u03a3\u03c3\u03a3']
    subs = ['', 'a', 'b', 'c', 'ab', 'bc', 'abc', 'aa', 'x', '\U00010400', 'b\U00010400', '\ud834', '\udd1e',
            '\U0001d11e', '\ud834\U0001d11e', '\u03c3', 'abcabcabc']
    bounds = [(start, end) for start in starts for end in starts]
    for s in needle_corpus:
        for sub in subs:
            for start, end in [(None, None)] + rng.sample(bounds, 6):
                for m in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
                    cases.append(call(m, s, (sub, start, end)))
            for m in ('find', 'rfind', 'count', 'startswith', 'endswith'):
                cases.append(call(m, s, (sub,)))
                cases.append(call(m, s, (sub, -2)))
                cases.append(call(m, s, (sub, len(s) + 1)))  # ''.find('', 1) == -1
    # Replacing: empty old inserts between characters; count limits.
    for s in ['', 'a', 'abc', 'aaa', 'abab', '\U00010400a\U00010400', 'x\U0001d11ey', '\ud800a\ud800']:
        for old in ['', 'a', 'aa', 'ab', 'b', '\U00010400', '\ud834', '\ud800', 'zz']:
            for new in ['', '-', 'XY', '\U0001d11e', '$&']:
                for cnt in [-1, 0, 1, 2, 2 ** 63]:
                    cases.append(call('replace', s, (old, new, cnt)))
                cases.append(call('replace', s, (old, new)))
    return cases


def parse_format(fmt):
    """_string.formatter_parser's pieces (literal, field, spec, conversion), then any error."""
    pieces = []
    try:
        for literal, field, spec, conv in _string.formatter_parser(fmt):
            pieces.append([literal, field, spec, conv, field is not None and '{' in spec])
        return {'format': fmt, 'pieces': pieces}
    except ValueError as e:
        return {'format': fmt, 'pieces': pieces, 'error': ['ValueError', str(e)]}


def split_field(name):
    """_string.formatter_field_name_split: first part, the rest's parts, then any error."""
    try:
        first, rest = _string.formatter_field_name_split(name)
    except ValueError as e:
        return {'name': name, 'error': ['ValueError', str(e)]}
    parts = []
    case = {'name': name, 'first': enc(first), 'rest': parts}
    try:
        for is_attr, key in rest:
            parts.append([is_attr, enc(key)])
    except ValueError as e:
        case['error'] = ['ValueError', str(e)]
    return case


def auto_number(names):
    """str.format numbering of fields named `names`: positional i formats as i, keyword k as k."""
    fmt = ''.join('{' + n + '}' for n in names)
    try:
        return {'names': names, 'result': fmt.format(*range(10), **{n: n for n in names if n and not n.isdigit()})}
    except ValueError as e:
        return {'names': names, 'error': ['ValueError', str(e)]}


def conversion(c):
    """str.format with conversion character c: None when accepted, else the error."""
    try:
        ('{0!' + c + '}').format(1)
        return {'conversion': c, 'error': None}
    except ValueError as e:
        return {'conversion': c, 'error': ['ValueError', str(e)]}


def format_cases(rng):
    fixed = ['', 'abc', '{}', '{0}', '{a}', '{0!r}', '{0!r:>10}', '{a.b[c]}', '{{', '}}', '{{}}', 'a{{b}}c',
             '{', '}', 'a}b', 'a{b', '{:{}}', '{0:{1}.{2}}', '{:{:{}}}', '{!}', '{!', '{!r', '{!rx}', '{!r:',
             '{a{}', '{[}', '{0[}]}', '{0[a]b}', '{!\x00}', '{:}', '{:x', '{0!\U0001d11e}', '{\U0001d11e}',
             'x{0[:]}y', '{0!s:}', '{0[!]}', '{0[{]}', '{0:}}', '{0:{{}}}', '}}{{', '{}}', '{{}', 'a{0}b{1}c',
             '{0!r}{1!s}{2!a}', '{:%Y-%m-%d}', '{0.real:{1}{2}}', '{ }', '{0 }', '{:}}}', '{0:[}',
             '\U0001d11e{}\U0001d11e', '{0:\U0001d11e^9}', '{]}', '{0]}', '{!:}', '{!!}', '{::}', '{:!}']
    alphabet = ['{', '}', '[', ']', '!', ':', '.', 'a', '0', 'r', ' ', '\U0001d11e']
    randoms = [''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    formats = [parse_format(f) for f in dict.fromkeys(fixed + randoms)]

    names = ['', '0', '1', '10', 'a', 'abc', '0.a', '0[1]', 'a[b].c[0]', '0[]', '0.', '0..a', '0[a', '0]x',
             '0[0]x', '\u0663', '0[\u0663]', '\U0001d7d7', '99999999999999999999', '9223372036854775807',
             '9223372036854775808', '922337203685477580x', '99999999999999999999x', '0[9223372036854775808]',
             'a[9223372036854775808x]', 'a[99999999999999999999]', '1e3', '-1', ' 1', '0[ 1]', '0[-1]',
             '0[+1]', '.a', '[0]', 'a[0][1].b.c[d][]', 'a[0]]', 'a.[0]', 'a[.]', 'a[[]', 'a[]]', '\u00e9.\u00e9',
             '0[9007199254740993]', '9007199254740993']
    name_alphabet = ['.', '[', ']', 'a', '0', '9', '\u0663']
    names += [''.join(rng.choice(name_alphabet) for _ in range(rng.randint(1, 7))) for _ in range(1500)]
    fields = [split_field(n) for n in dict.fromkeys(names)]

    sequences = [[], [''], ['', ''], ['0', '1'], ['', '1'], ['1', ''], ['a', ''], ['', 'a', ''], ['a', '0', ''],
                 ['0', 'a', '1'], ['a', 'b'], ['', '', '', ''], ['0', '0'], ['', '0'], ['a', '1', 'b']]
    pool = ['', '', '0', '1', '2', 'a', 'b']
    sequences += [[rng.choice(pool) for _ in range(rng.randint(1, 5))] for _ in range(200)]
    numbering = [auto_number(seq) for seq in sequences]

    conversions = [conversion(c) for c in ['r', 's', 'a', 'R', 'x', '!', ':', '{', ' ', '\x01', '\x1f', '\x7f',
                                           '~', '\xe9', '\u03a3', '\U0001d11e', '\x00', '\x80']]
    return formats, fields, numbering, conversions


def main():
    rng = random.Random(3110)
    methods = method_cases(rng)
    formats, fields, numbering, conversions = format_cases(rng)
    data = {'methods': methods, 'formats': formats, 'fields': fields, 'numbering': numbering,
            'conversions': conversions}
    with open(OUT, 'w', encoding='ascii', newline='\n') as f:
        # One case a line.
        f.write('{\n' + ',\n'.join(
            json.dumps(k) + ': [\n' + ',\n'.join(json.dumps(c, ensure_ascii=True, separators=(',', ':')) for c in v) + '\n]'
            for k, v in data.items()) + '\n}\n')
    print(f'wrote {OUT}: {len(methods)} method cases, {len(formats)} format strings, '
          f'{len(fields)} field names, {len(numbering)} numberings, {len(conversions)} conversions')


if __name__ == '__main__':
    main()
