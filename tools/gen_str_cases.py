"""Generate tests/runtime/str_cases.json: CPython 3.11's behaviour of str,
bytes and bytearray objects and of formatting, for tests/runtime/str.test.ts.

Every expected value is what the running python3 returns or raises. Each case
is one operation on values that the test rebuilds as runtime objects:

  call     recv.name(*args, **kw)        result, whether it is recv itself, recv afterwards
  op       a OP b (+ * % in [] < <= == != > >= and the in-place += *=)
  new      cls(...) for cls str, bytes, bytearray
  builtin  format(), ascii(), bin(), oct(), hex()
  setitem  recv[key] = value, or del recv[key]
  hash     hash(value) with PYTHONHASHSEED=0
  iter     the type name of iter(value) and the items it yields

JSON encoding of values: str is a JSON string; int a number, or {"int": digits}
when it is not a safe JS integer; float {"float": repr}; bool and None are JSON's;
bytes {"bytes": hex}; bytearray {"bytearray": hex}; tuple {"tuple": [...]};
list [...]; dict {"dict": [[k, v], ...]}; slice {"slice": [start, stop, step]};
range {"range": [start, stop, step]}; an iterator over a list {"iter": [...]}; a type
{"type": name} (only as a result).
An exception is {"error": [type name, str(exception)]}.

Run:  python3 tools/gen_str_cases.py
"""
import json
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), 'generate with CPython 3.11'
if os.environ.get('PYTHONHASHSEED') != '0':
    # hash() cases need the fixed seed the fidelity contract uses.
    sys.exit(subprocess.call([sys.executable, *sys.argv], env={**os.environ, 'PYTHONHASHSEED': '0'}))

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'runtime', 'str_cases.json')
SAFE = 2 ** 53 - 1


class It:
    """An iterator argument: encoded as its items, made fresh for each use."""

    def __init__(self, items):
        self.items = list(items)


def live(v):
    return iter(v.items) if isinstance(v, It) else v


def enc(v):
    if isinstance(v, It):
        return {'iter': [enc(x) for x in v.items]}
    if isinstance(v, range):
        return {'range': [v.start, v.stop, v.step]}
    if isinstance(v, type):
        return {'type': v.__name__}
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return v if -SAFE <= v <= SAFE else {'int': str(v)}
    if isinstance(v, float):
        return {'float': repr(v)}
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return {'bytes': v.hex()}
    if isinstance(v, bytearray):
        return {'bytearray': v.hex()}
    if isinstance(v, tuple):
        return {'tuple': [enc(x) for x in v]}
    if isinstance(v, list):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {'dict': [[enc(k), enc(x)] for k, x in v.items()]}
    if isinstance(v, slice):
        return {'slice': [enc(v.start), enc(v.stop), enc(v.step)]}
    raise TypeError(f'cannot encode {type(v).__name__}')


def copy(v):
    return bytearray(v) if isinstance(v, bytearray) else v


def outcome(f):
    try:
        return {'result': enc(f())}
    except Exception as e:
        return {'error': [type(e).__name__, str(e)]}


CASES = []


def call(recv, name, /, *args, **kw):
    r = copy(recv)
    case = {'kind': 'call', 'recv': enc(recv), 'name': name, 'args': [enc(a) for a in args],
            'kw': {k: enc(v) for k, v in kw.items()}}
    try:
        # Keywords are passed as a call with keywords (not **kw): CPython words some errors by the call path.
        call_args = [f'args[{i}]' for i in range(len(args))] + [f'{k}=kw[{k!r}]' for k in kw]
        res = eval(f"r.{name}({', '.join(call_args)})", {'r': r, 'args': [live(a) for a in args], 'kw': kw})
        case['result'] = enc(res)
        case['same'] = res is r
    except Exception as e:
        case['error'] = [type(e).__name__, str(e)]
    if isinstance(recv, bytearray):
        case['after'] = enc(r)
    CASES.append(case)


OPS = {
    '+': lambda a, b: a + b, '*': lambda a, b: a * b, '%': lambda a, b: a % b, 'in': lambda a, b: a in b,
    '[]': lambda a, b: a[b], '<': lambda a, b: a < b, '<=': lambda a, b: a <= b, '==': lambda a, b: a == b,
    '!=': lambda a, b: a != b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b,
}


def iadd(a, b):
    a += b
    return a


def imul(a, b):
    a *= b
    return a


OPS['+='] = iadd
OPS['*='] = imul


def op(symbol, a, b):
    x = copy(a)
    case = {'kind': 'op', 'op': symbol, 'a': enc(a), 'b': enc(b)}
    try:
        res = OPS[symbol](x, b)
        case['result'] = enc(res)
        case['same'] = res is x
    except Exception as e:
        case['error'] = [type(e).__name__, str(e)]
    CASES.append(case)


def new(typ, /, *args, **kw):
    CASES.append({'kind': 'new', 'cls': typ.__name__, 'args': [enc(a) for a in args],
                  'kw': {k: enc(v) for k, v in kw.items()}, **outcome(lambda: typ(*map(live, args), **{k: live(v) for k, v in kw.items()}))})


BUILTINS = {'format': format, 'ascii': ascii, 'bin': bin, 'oct': oct, 'hex': hex}


def builtin(name, *args):
    CASES.append({'kind': 'builtin', 'name': name, 'args': [enc(a) for a in args],
                  **outcome(lambda: BUILTINS[name](*args))})


def setitem(recv, key, *value):
    r = bytearray(recv)

    def run():
        if value:
            r[key] = value[0]
        else:
            del r[key]
        return r
    case = {'kind': 'setitem', 'recv': enc(bytearray(recv)), 'key': enc(key), **outcome(run)}
    if value:
        case['value'] = enc(value[0])
    CASES.append(case)


def hash_case(v):
    CASES.append({'kind': 'hash', 'value': enc(v), 'result': enc(hash(v))})


def iter_case(v):
    it = iter(v)
    CASES.append({'kind': 'iter', 'value': enc(v), 'type': type(it).__name__, 'result': enc(list(it))})


def alloc_case(ops):
    """A sequence of bytearray mutations, with __alloc__() and len() after each."""
    b = bytearray()
    trace = []
    for name, *args in ops:
        args = [live(a) for a in args]
        if name == 'init':
            b = bytearray(*args)
        elif name == 'iadd':
            b += args[0]
        elif name == 'imul':
            b *= args[0]
        elif name == 'del':
            del b[args[0]]
        elif name == 'set':
            b[args[0]] = args[1]
        else:
            getattr(b, name)(*args)
        trace.append([b.__alloc__(), len(b)])
    CASES.append({'kind': 'alloc', 'ops': [[n, *[enc(a) for a in args]] for n, *args in ops], 'result': trace})


# ---------------------------------------------------------------- str

STRS = ['', 'abc', 'Hello World', '  padded  ', 'a,b,,c', 'héllo wörld', 'x😀y𝄞z', 'tab\there\tx',
        'line1\nline2\r\nline3\r', 'ßtraße', 'İstanbul', '12', '٣٤', 'aAbB', '\u03a3\u03c3', 'x' * 3]

for s in STRS:
    for name in ['lower', 'upper', 'capitalize', 'casefold', 'title', 'swapcase', 'isalpha', 'isalnum', 'isdecimal',
                 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle', 'isidentifier', 'isprintable',
                 'isascii', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'expandtabs',
                 '__getnewargs__']:
        call(s, name)
    for args in [(',',), (' ',), ('l',), ('😀',), ('', 1), ('l', 1), ('l', -100), ('l', 2, 5), ('x', None, None)]:
        for name in ['find', 'rfind', 'count', 'index', 'rindex', 'startswith', 'endswith']:
            call(s, name, *args)
    for w in [0, 5, 12, -3]:
        for name in ['center', 'ljust', 'rjust', 'zfill']:
            call(s, name, w) if name == 'zfill' else call(s, name, w, '*')
        call(s, 'center', w)
    for sep in [',', 'l', 'o w', '😀']:
        call(s, 'split', sep)
        call(s, 'rsplit', sep, 1)
        call(s, 'partition', sep)
        call(s, 'rpartition', sep)
        call(s, 'replace', sep, '<>')
        call(s, 'replace', sep, '', 1)
        call(s, 'removeprefix', sep)
        call(s, 'removesuffix', sep)
        call(s, 'strip', sep)
    call(s, 'splitlines', True)
    call(s, 'expandtabs', 4)
    call(s, 'replace', 'l', 'l')
    call(s, 'replace', 'o w', ''.join(['o', ' w']))
    call(s, 'encode')
    call(s, 'encode', 'ascii', 'replace')
    call(s, 'translate', {ord('l'): 'L', ord('o'): None, 0x1f600: 'smile'})
    call(s, 'join', ['1', '2', '3'])
    call(s, '__format__', '>20')
    call(s, '__format__', '')
    for k in [0, 1, -1, 5, -5, 100, 2 ** 70, True]:
        op('[]', s, k)
    for sl in [slice(None), slice(1, 4), slice(None, None, -1), slice(-3, None), slice(None, None, 2),
               slice(5, 1, -2), slice(100, None), slice(-100, 2), slice(None, None, 3), slice(0, len(s)),
               slice(2 ** 70, None), slice(None, -2 ** 70, -1)]:
        op('[]', s, sl)
    iter_case(s)
    hash_case(s)

for a, b in [('ab', 'cd'), ('', 'x'), ('x', ''), ('a', 1), ('a', b'a'), ('a', None)]:
    op('+', a, b)
for a, n in [('ab', 3), ('ab', 0), ('ab', -2), ('ab', 1), ('', 5), ('ab', 'x'), ('ab', 1.5), ('ab', True),
             ('ab', 2 ** 52), ('a', 2 ** 70), ('😀', 3)]:
    op('*', a, n)
    op('*', n, a)
for a, b in [('b', 'abc'), ('', ''), ('abc', 'ab'), ('😀', 'x😀y'), (1, 'a'), ('\ud83d', 'x😀')]:
    op('in', a, b)
for a, b in [('a', 'b'), ('abc', 'ab'), ('', ''), ('\uffff', '😀'), ('a', 1), ('Z', 'a'), ('é', 'z')]:
    for symbol in ['<', '<=', '==', '!=', '>', '>=']:
        op(symbol, a, b)
op('[]', 'abc', '1')
op('[]', 'abc', 1.5)
op('[]', 'abc', slice('a', None))
op('[]', 'abc', slice(None, None, 0))

# argument errors of str methods
for name, args, kw in [
    ('find', (), {}), ('find', ('a', 1, 2, 3), {}), ('find', (1,), {}), ('find', ('a', 'x'), {}),
    ('find', (), {'sub': 'a'}), ('count', (1,), {}), ('index', ('z',), {}), ('rindex', ('z',), {}),
    ('startswith', (1,), {}), ('startswith', ((1,),), {}), ('startswith', (('x', 'a'),), {}),
    ('endswith', (('x', 'c'), 0, 3), {}), ('split', (1,), {}), ('split', ('b', 'x'), {}),
    ('split', (), {'sep': 'b', 'maxsplit': 1}), ('split', ('b',), {'maxsplit': 1.5}), ('split', ('',), {}),
    ('split', (), {'zz': 1}), ('split', (None, 1, 2), {}), ('rsplit', (None, 2 ** 70), {}),
    ('strip', (1,), {}), ('strip', ('a', 'b'), {}), ('center', (), {}), ('center', ('a',), {}),
    ('center', (5, 1), {}), ('center', (5, 'ab'), {}), ('center', (2 ** 70,), {}), ('center', (5,), {'fillchar': 'x'}),
    ('replace', (1, 'a'), {}), ('replace', ('a', 1), {}), ('replace', ('a', 'b', 'c'), {}), ('replace', ('a',), {}),
    ('partition', (1,), {}), ('partition', ('',), {}), ('rpartition', ('',), {}), ('zfill', ('a',), {}),
    ('zfill', (), {}), ('expandtabs', ('a',), {}), ('expandtabs', (), {'tabsize': 2}), ('expandtabs', (2 ** 40,), {}),
    ('splitlines', ('x',), {}), ('splitlines', (), {'keepends': 1}), ('lower', (1,), {}), ('lower', (), {'x': 1}),
    ('removeprefix', (1,), {}), ('join', (), {}), ('join', ([1],), {}), ('join', (['a', 1],), {}), ('join', (5,), {}),
    ('join', ('xyz',), {}), ('join', (('q',),), {}), ('encode', (1,), {}), ('encode', ('utf-8', 1), {}),
    ('encode', (), {'encoding': 'ascii', 'errors': 'strict', 'x': 1}), ('encode', ('no-such-codec',), {}),
    ('encode', (), {'errors': 'bogus'}), ('__format__', (1,), {}), ('__format__', ('d',), {}),
    ('__format__', ('+s',), {}), ('format_map', (), {}), ('translate', (), {}), ('translate', ({97: 1.5},), {}),
    ('translate', ({97: 0x110000},), {}), ('translate', ({97: 98, 98: 'xyz'},), {}), ('translate', ([],), {}),
    ('translate', ('zz',), {}), ('isalpha', (1,), {}), ('__getnewargs__', (1,), {}), ('maketrans', ('ab', 'cd'), {}),
]:
    call('abc', name, *args, **kw)
for args in [(), ('a', 'bc'), (1, 'a'), ('a', 1), ('a', 'b', 1), ('ab', 'cd', 'a'), ({'a': 'b', 98: None},),
             ({'ab': 1},), ({1.5: 1},), (1,), ('ab', 'cd', 'xy', 'z')]:
    call('', 'maketrans', *args)

# str.format and format_map
FMT = [
    ('{} {} {}', (1, 'two', 3.0), {}), ('{2}{1}{0}', ('a', 'b', 'c'), {}), ('{name} is {age}', (), {'name': 'Bo', 'age': 7}),
    ('{0[1]} {0[k]}', ({1: 'one', 'k': 'kay'},), {}), ('{:>{width}}|{:^{w2}.{p}f}|', ('r', 3.14159), {'width': 5, 'w2': 9, 'p': 2}),
    ('{!r} {!s} {!a}', ('é', 'é', 'é'), {}), ('{{literal}} {}', ('v',), {}), ('{0:{1}{2}{3}}', (42, '*', '^', 8), {}),
    ('{:{}}', ('ab', 5), {}), ('{[0][1]}', ([[1, 2]],), {}), ('{} {}', (1,), {}), ('{0} {}', (1, 2), {}), ('{x}', (), {}),
    ('{0[5]}', ([1],), {}), ('{!z}', (1,), {}), ('{', (), {}), ('}', (), {}), ('{:d}', ('s',), {}),
    ('{0.nope}', (1,), {}), ('{a[}', (), {'a': 1}), ('{1}', (1,), {}), ('{99999999999999999999}', (1,), {}),
    ('{0:{1:{2}}}', ('abc', 's', ''), {}), ('{0.real.imag}', (5,), {}), ('{0[-1]}', ([1, 2],), {}),
    ('{0[a b]}', ({'a b': 3},), {}), ('{a.b}', (), {'a': 1}), ('{0:}', (3,), {}), ('{0!r:}', (3,), {}),
    ('{0!}', (3,), {}), ('{0!rr}', (3,), {}), ('{:x}', (255,), {}), ('{:,.2f}', (1234567.891,), {}),
    ('{:%}', (0.25,), {}), ('{:#b}', (5,), {}), ('{:e}', (12345.678,), {}), ('{0}{0}{1}', ('x', 'y'), {}),
    ('{0:s}', (b'a',), {}), ('{}', (b'a',), {}), ('{0!s:>5}|{0!r:<7}|', ('ab',), {}), ('{:c}', (65,), {}),
    ('{:_}', (10 ** 8,), {}), ('{:=+8}', (-5,), {}), ('{0[0]}', ('xyz',), {}), ('{0.__class__}', ('x',), {}),
    ('{0]', (1,), {}), ('{0[0]x}', ([1],), {}), ('{:{:{}}}', (1, 2, 3), {}), ('{0!r:{1}}', ('q', 6), {}),
    ('{é}', (), {'é': 'unicode key'}), ('a😀{}😀b', ('x',), {}), ('{0!😀}', ('x',), {}),
]
for f, args, kw in FMT:
    call(f, 'format', *args, **kw)
for f, m in [('{a}-{b}', {'a': 1, 'b': 2}), ('{}', {}), ('{a}', {}), ('{0}', {'0': 1}), ('{a[0]}', {'a': 'xyz'}),
             ('{😀}', {'😀': 'astral'})]:
    call(f, 'format_map', m)
call('{a}', 'format_map', 1)

# % formatting
PCT = [
    ('%s %r %a', ('é', 'é', 'é')),
    ('%d %i %u %o %x %X %e %E %f %F %g %G %c %c %%', (42, -7, 3, 8, 255, 255, 1234.5, 0.00012, 3.14159, 2.5, 1e-5, 1e20, 65, 'z')),
    ('%5d|%-5d|%05d|%+d|% d|%.3d', (42, 42, 42, 42, 42, 7)),
    ('%10.3f|%-10.2e|%#x|%#o|%#X|%.0f|%#.0f', (3.14159, 1234.5, 255, 8, 255, 2.5, 2.5)),
    ('%(name)s is %(age)d; %(name)r', {'name': 'Ann', 'age': 30}),
    ('%*d|%-*d|%.*f', (6, 1, 6, 2, 2, 3.14159)), ('%s', (1,)), ('%s', [1, 2]), ('%s', ((1, 2),)), ('%.2s', 'abc'),
    ('%5.1s|', 'xyz'), ('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', 1), ('%c', 1.5), ('%c', 'ab'),
    ('%x', 1.0), ('%s', None), ('%d', True), ('%.1f', 2), ('%x', -255), ('%o', -8), ('%e', 0), ('abc', [1]),
    ('abc', b'x'), ('abc', 5), ('abc', ()), ('%z', ()), ('%s %z', (1,)), ('%(a)s %(b)s', {'a': 1}),
    ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('%s %s', {'a': 1}), ('%*s', ('a', 1)), ('%*s', (10 ** 20, 1)),
    ('%.*f', (10 ** 20, 1)), ('%.*f', (2 ** 40, 1)), ('%d', float('nan')), ('%c', -1), ('%c', 2 ** 70),
    ('%5c|%-3c|', ('x', 65)), ('%.0c', 'x'), ('%', ()), ('%(', {}), ('%\x01', 1), ('%é', 1), ('%#5x|%-#8o|%08X', (10, 10, 10)),
    ('%+.3e|% 010.2f|%-+9g|', (1.5, -2.25, 1e-7)), ('%.99999999999f', 1.0), ('%99999999999999999999d', 1), ('%ld %hi %Lf', (1, 2, 3.0)),
    ('%a', '😀\x00'), ('%r', 'x\ny'), ('%s', 'abc'), ('%(x)s%%', {'x': 5}), ('%d%%', 50), ('%5%', ()),
    ('%f', 10 ** 400), ('%d', 10 ** 30), ('%x', 2 ** 100), ('%.5d', -42), ('%+05x', 255), ('%-05d|', 7),
    ('%i', 3.99), ('%u', -3.5), ('%c', 0x1f600), ('%10.4s|', 'abcdefgh'), ('% s', 'x'), ('%#s', 'x'),
]
for f, a in PCT:
    op('%', f, a)
op('%', 1, 'x')

# str() constructor
for args, kw in [((), {}), ((5,), {}), ((b'ab', 'ascii'), {}), ((b'\xff', 'latin-1'), {}), ((), {'object': 5}),
                 ((5, 'utf-8'), {}), (('a', 'utf-8'), {}), ((1, 2), {}), ((b'a',), {'errors': 'strict'}),
                 ((b'a',), {'errors': 1}), ((), {'x': 1}), ((1, 2, 3, 4), {}), ((b'\xff',), {'encoding': 'utf-8'}),
                 ((bytearray(b'xy'), 'ascii'), {}), (([1, 'a'],), {}), ((None,), {}), ((b'x',), {}), ((1.5,), {}),
                 (('abc',), {}), ((True,), {})]:
    new(str, *args, **kw)

# ---------------------------------------------------------------- codecs

TEXTS = ['hello', 'héllo €😀', 'a\udcff b\udc80', '\ud800x', 'ÿ\x80', '']
ENCODINGS = ['utf-8', 'UTF8', 'utf-16', 'utf-16-be', 'utf-16-le', 'utf-32', 'utf_32_be', 'latin-1', 'iso8859-1',
             'ascii', 'us-ascii', 'cp1252', 'windows-1252', 'utf-8-sig', 'L1', 'u8']
HANDLERS = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape',
            'surrogatepass', 'bogus']
for t in TEXTS:
    for e in ENCODINGS:
        for h in HANDLERS:
            call(t, 'encode', e, h)
DATA = [b'hello', b'caf\xc3\xa9', b'caf\xe9 \xff ok', b'\xe2\x82', b'a\xe2\x82', b'\xe2\x82a', b'\xed\xa0\x80',
        b'\xf4\x90\x80\x80', b'\xc0\x80', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80', b'\xff\xfeh\x00i\x00', b'\xfe\xff\x00h',
        b'h\x00\x00\xd8', b'\x00\xd8a\x00', b'\x00\xdca\x00', b'\x00\x00\x11\x00', b'\x00\xd8\x00\x00', b'abc',
        b'\x81\x80\x9f', b'\xef\xbb\xbfabc', b'\x80\xff', b'']
for d in DATA:
    for e in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'latin-1', 'ascii', 'cp1252',
              'utf-8-sig']:
        for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'bogus']:
            call(d, 'decode', e, h)
for args, kw in [((1,), {}), (('utf-8', 1), {}), ((), {}), ((), {'encoding': 'ascii'}), (('U.T.F-8',), {}),
                 (('rot13',), {}), ((), {'zz': 1})]:
    call(b'abc', 'decode', *args, **kw)

# ---------------------------------------------------------------- bytes and bytearray

BYTES = [b'', b'abc', b'  Hello, World  ', b'a,b,,c', b'hello\x00\xff', b'x\ty\nz\r\nw', b'AbC dEf', b'123',
         b'Hello World', b'\xe9t\xe9', b'a\x0bb\x0cc\x1cd']
for raw in BYTES:
    for b in [raw, bytearray(raw)]:
        for name in ['lower', 'upper', 'capitalize', 'title', 'swapcase', 'isalpha', 'isalnum', 'isdigit', 'isspace',
                     'islower', 'isupper', 'istitle', 'isascii', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit',
                     'splitlines', 'expandtabs', 'hex', 'decode', 'copy', 'reverse', 'clear', '__alloc__',
                     '__getnewargs__', '__bytes__']:
            if hasattr(b, name):
                call(b, name)
        for args in [(b',',), (b'l',), (ord('l'),), (b'', 1), (b'l', 1), (b'l', -100), (b'l', 2, 5),
                     (bytearray(b'o'),), (300,), ('l',), (1.5,)]:
            for name in ['find', 'rfind', 'count', 'index', 'rindex']:
                call(b, name, *args)
        for args in [(b'a',), (b'  ',), ((b'x', b'  '),), ('a',), (('a',),), (b'', 1, 3)]:
            call(b, 'startswith', *args)
            call(b, 'endswith', *args)
        for w in [0, 7, 20]:
            call(b, 'center', w, b'*')
            call(b, 'ljust', w, b'.')
            call(b, 'rjust', w)
            call(b, 'zfill', w)
        for sep in [b',', b'l', b'o W', bytearray(b'a')]:
            call(b, 'split', sep)
            call(b, 'rsplit', sep, 1)
            call(b, 'partition', sep)
            call(b, 'rpartition', sep)
            call(b, 'replace', sep, b'<>')
            call(b, 'replace', sep, b'', 1)
            call(b, 'removeprefix', sep)
            call(b, 'removesuffix', sep)
            call(b, 'strip', sep)
        call(b, 'splitlines', True)
        call(b, 'expandtabs', 4)
        call(b, 'replace', b'l', b'l')
        call(b, 'replace', b'', b'')
        call(b, 'join', [b'1', bytearray(b'2'), b'3'])
        call(b, 'join', [b'only'])
        call(b, 'translate', bytes.maketrans(b'lo', b'01'))
        call(b, 'translate', None, b'l')
        call(b, 'hex', ':')
        call(b, 'hex', '-', 2)
        call(b, 'hex', b'.', -3)
        for k in [0, 1, -1, 5, -50, 2 ** 70]:
            op('[]', b, k)
        for sl in [slice(None), slice(1, 4), slice(None, None, -1), slice(-3, None), slice(None, None, 2),
                   slice(5, 1, -2), slice(100, None), slice(0, 1)]:
            op('[]', b, sl)
        iter_case(b)
        if isinstance(b, bytes):
            hash_case(b)

for name, args, kw in [
    ('find', (), {}), ('find', (b'a', 1, 2, 3), {}), ('count', (b'a', 'x'), {}), ('split', ('a',), {}),
    ('split', (1,), {}), ('split', (b'',), {}), ('strip', ('a',), {}), ('strip', (1,), {}), ('replace', ('a', b'b'), {}),
    ('partition', ('a',), {}), ('partition', (b'',), {}), ('center', (5, 'x'), {}), ('center', (5, b'xy'), {}),
    ('join', ([1],), {}), ('join', (1,), {}), ('removeprefix', ('a',), {}), ('translate', (b'x',), {}),
    ('translate', (None, 'a'), {}), ('translate', (), {}), ('translate', (), {'delete': b'a'}), ('hex', ('',), {}),
    ('hex', ('ab',), {}), ('hex', ('é',), {}), ('hex', (1,), {}), ('hex', (':', 0), {}), ('expandtabs', (1.5,), {}),
    ('zfill', (1.5,), {}), ('lower', (1,), {}), ('decode', (), {'zz': 1}), ('maketrans', (b'a', b'bc'), {}),
    ('maketrans', ('a', b'b'), {}), ('maketrans', (b'ab', bytearray(b'xy')), {}), ('fromhex', ('41 42',), {}),
    ('fromhex', ('a',), {}), ('fromhex', ('0g',), {}), ('fromhex', (' 01 0',), {}), ('fromhex', (b'01',), {}),
    ('fromhex', ('01\u00a002',), {}), ('fromhex', ('\t41\n42 ',), {}), ('fromhex', ('4 1',), {}),
]:
    call(b'abc', name, *args, **kw)
    call(bytearray(b'abc'), name, *args, **kw)

for a, b in [(b'ab', b'cd'), (b'', b'x'), (b'x', b''), (b'a', 'b'), (b'a', 1), (b'a', bytearray(b'b')),
             (bytearray(b'a'), b'b'), (bytearray(b'a'), 'b')]:
    op('+', a, b)
    op('+=', a, b)
for a, n in [(b'ab', 3), (b'ab', 0), (b'ab', -2), (b'ab', 1), (b'ab', 'x'), (b'a', 2 ** 52), (b'ab', 2 ** 70),
             (bytearray(b'ab'), 3), (bytearray(b'ab'), -1), (bytearray(b'ab'), 2 ** 52)]:
    op('*', a, n)
    op('*', n, a)
    op('*=', a, n)
for a, b in [(b'b', b'abc'), (98, b'abc'), (300, b'abc'), ('a', b'a'), (1.5, b'a'), (bytearray(b'bc'), b'abc'),
             (b'', b''), (98, bytearray(b'abc')), (b'zz', bytearray(b'abc'))]:
    op('in', a, b)
for a, b in [(b'a', b'b'), (b'abc', b'ab'), (b'', b''), (b'a', 'a'), (b'\xff', b'\x00'), (b'a', bytearray(b'a')),
             (bytearray(b'a'), b'b'), (bytearray(b'abc'), bytearray(b'abd')), (bytearray(b'a'), 'a')]:
    for symbol in ['<', '<=', '==', '!=', '>', '>=']:
        op(symbol, a, b)
op('[]', b'abc', 1.5)
op('[]', bytearray(b'abc'), 'x')

BPCT = [
    (b'%s and %s', (b'spam', bytearray(b'eggs'))), (b'%d %5d %-5d| %x %X %o %c %c', (42, 7, 7, 255, 255, 8, 65, b'z')),
    (b'%a %r', ('\xe9', 'x')), (b'%.2f %e', (3.14159, 1000.0)), (b'%%', ()), (b'%(k)s=%(v)d', {b'k': b'key', b'v': 5}),
    (b'%5s|%-5s|', (b'ab', b'cd')), (b'%b', b'bee'), (b'%s', 'str'), (b'%s', 5), (b'%d', b'1'), (b'%c', 256),
    (b'%y', 1), (b'%c', 1.5), (b'%c', b'ab'), (b'%\xff', 1), (b'%\x01', 1), (b'%f', 'x'), (b'%f', 10 ** 400),
    (b'%d', 1.5), (b'%x', 1.5), (b'%r %a', (b'\xff', '\xe9')), (b'%(a)s', {'a': 1}), (b'%.99999999999f', 1.0),
    (b'%5c|%-3c|', (b'x', 65)), (b'%s', (1, 2)), (b'%s %s', (b'a',)), (b'abc', [1]), (b'abc', b'x'),
    (b'abc', {}), (b'%c', bytearray(b'q')), (b'%#x %#o %+d % d %05.1f', (255, 8, 3, 4, 2.25)), (b'%.3s|%5.1b|', (b'abcdef', b'xyz')),
    (bytearray(b'%s-%d'), (b'a', 1)), (bytearray(b'%s'), b'x'),
]
for f, a in BPCT:
    op('%', f, a)

for args, kw in [((), {}), ((3,), {}), (([65, 66],), {}), (('é', 'utf-8'), {}), ((b'ab',), {}),
                 ((bytearray(b'xy'),), {}), ((range(3),), {}), (((1, 2),), {}), (([256],), {}), (([-1],), {}),
                 (([1.5],), {}), ((['a'],), {}), ((1.5,), {}), ((-1,), {}), ((10 ** 30,), {}), ((None,), {}),
                 (('a',), {}), (('a', 1), {}), ((b'a', 'utf-8'), {}), ((1, 'utf-8'), {}), ((1,), {'errors': 'strict'}),
                 ((), {'x': 1}), ((), {'source': 1}), ((), {'encoding': 'utf-8'}), ((), {'errors': 'x'}),
                 (('é', 'ascii'), {}), (('é', 'ascii', 'replace'), {}), ((It([1, 2]),), {}), (({1: 2},), {}),
                 ((True,), {}), (('abc', 'utf-16'), {})]:
    new(bytes, *args, **kw)
    new(bytearray, *args, **kw)

for init in [b'abcdef', b'']:
    for key in [0, -1, 10, 2 ** 70, 'a', slice(0, 2), slice(0, 6, 2), slice(4, 0, -1), slice(None, None, -1),
                slice(1, 1), slice(None, None, 2), slice(5, 2), slice(-2, None)]:
        for value in [b'x', 120, 256, -1, 1.5, b'XY', b'wxyz', b'123456', [1, 2], [1, 300], [1, 'a'], 'ab', 5, None,
                      bytearray(b'Q'), range(65, 68), b'']:
            setitem(init, key, value)
        setitem(init, key)

for b in [bytearray(b'abc'), bytearray()]:
    for name, args in [('append', (100,)), ('append', (256,)), ('append', (1.5,)), ('append', (b'a',)),
                       ('extend', (b'xyz',)), ('extend', ([1, 2],)), ('extend', (1,)), ('extend', ('ab',)),
                       ('extend', ([300],)), ('extend', (range(3),)), ('insert', (1, 65)), ('insert', (-10, 65)),
                       ('insert', (10, 65)), ('insert', (0, 300)), ('insert', (0,)), ('pop', ()), ('pop', (0,)),
                       ('pop', (5,)), ('pop', (-1,)), ('remove', (98,)), ('remove', (300,)), ('remove', (b'a',)),
                       ('remove', (120,)), ('reverse', ()), ('clear', ()), ('copy', ()), ('__reduce__', ()),
                       ('__reduce_ex__', ()), ('__reduce_ex__', (3,)), ('__reduce_ex__', (2,)), ('__reduce_ex__', ('x',))]:
        call(b, name, *args)

for ops in [
    [('append', 1)] * 20,
    [('init', b'x' * 20), ('extend', b'y' * 3), ('del', slice(5, None)), ('imul', 3)],
    [('init', range(10)), ('append', 1), ('extend', [1, 2, 3]), ('iadd', b'abcdefgh')],
    [('init', [1, 2, 3]), ('init', 5), ('init', b'abc'), ('init', b''), ('init', It(b'abcdefghij'))],
    [('init', b'x' * 40), ('del', slice(0, 10)), ('append', 1), ('del', slice(0, 25)), ('insert', 0, 65), ('pop',)],
    [('init', b'0123456789'), ('set', slice(2, 3), b'abcdef'), ('set', slice(0, 12), b''), ('extend', b'z' * 30)],
    [('init', b'ab'), ('imul', 0), ('iadd', b'xyz'), ('clear',), ('append', 7), ('remove', 7)],
]:
    alloc_case(ops)

for v in [1, -1, 0, 255, 2 ** 70, -2 ** 70, True]:
    for name in ['bin', 'oct', 'hex']:
        builtin(name, v)
for name in ['bin', 'oct', 'hex']:
    builtin(name, 1.5)
    builtin(name, 'a')
for v in ['é😀\x80\u0100', 'abc', ['é', b'\xff'], b'\xff', bytearray(b'\x00'), 1, None, (1, 'ü')]:
    builtin('ascii', v)
for v, spec in [('abc', ''), ('abc', '>8'), ('abc', '^9.2'), (3, 'x'), (3.5, '>8'), (1, 2), (b'a', ''), (b'a', 'x'),
                ('abc', 'd'), ('é', '*^5'), (True, ''), (True, 'd'), (None, ''), (None, 'x'), ('x😀', '<4'),
                (12, '{}'), ('a', '=5'), (7, '#010b')]:
    builtin('format', v, spec)
builtin('format', 'only')

with open(OUT, 'w') as f:
    json.dump(CASES, f, ensure_ascii=True, separators=(',', ':'))
    f.write('\n')
print(f'{len(CASES)} cases written to {os.path.relpath(OUT, ROOT)}')
