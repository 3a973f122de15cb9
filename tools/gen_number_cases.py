"""Write tests/runtime/numbers_cases.json: what CPython 3.11 does with int,
bool, float and complex, for tests/runtime/numbers.test.ts.

Values travel as tagged lists the test turns into pyheap objects:
  ["i", "123"] int, ["b", 1] bool, ["f", "3ff0000000000000"] float (IEEE bits),
  ["c", re_bits, im_bits] complex, ["s", "text"] str, ["n"] None,
  ["T", "int"] a type, ["x", "00ff"] bytes (hex), ["l", [v...]] list.
Outcomes are ["ok", type name, repr] or ["err", exception type, str(exception)];
a repr longer than 100 characters is written as 'sha256:' and 24 hex digits of its SHA-256.

Sections:
  values   the operands of 'matrix'
  matrix   [op, i, j, k]             values[i] op values[j] is outcomes[k], for op in
                                      + - * / // % ** << >> & | ^, divmod and the six comparisons
  binary   [op, a, b, outcome]       the same on random operands
  pow3_values, pow3_matrix [i, j, k, o]   pow(a, b, m) on every triple of pow3_values: outcomes[o]
  pow3     [a, b, m, outcome]         pow(a, b, m) on random big operands
  unary    [op, a, outcome]           -a, +a, ~a, abs, bool, hash, int, float,
                                      complex, repr, str, round, trunc, floor, ceil
  calls    [callee, args, kwargs, outcome]   constructors and methods; the callee
                                      is a value or ["A", value, name] (an attribute)
  attrs    [value, name, outcome]     getattr(value, name)
  dicts    {type: sorted attribute names of type.__dict__}
  libm_pow [x bits, y bits, C pow(x, y) bits]   the C library's pow itself
  libm_hypot [x bits, y bits, C hypot(x, y) bits]   and its hypot (complex's abs)
Run: python3 tools/gen_number_cases.py
"""
import ctypes
import hashlib
import json
import math
import operator
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), 'generate with CPython 3.11'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'runtime', 'numbers_cases.json')
rng = random.Random(31415)
libm = ctypes.CDLL('libm.so.6')
libm.pow.restype = ctypes.c_double
libm.pow.argtypes = [ctypes.c_double, ctypes.c_double]
libm.hypot.restype = ctypes.c_double
libm.hypot.argtypes = [ctypes.c_double, ctypes.c_double]

INF = float('inf')
NAN = float('nan')


def bits(x):
    return struct.pack('>d', x).hex()


def enc(v):
    if v is None:
        return ['n']
    if isinstance(v, bool):
        return ['b', int(v)]
    if isinstance(v, int):
        return ['i', str(v)]
    if isinstance(v, float):
        return ['f', bits(v)]
    if isinstance(v, complex):
        return ['c', bits(v.real), bits(v.imag)]
    if isinstance(v, str):
        return ['s', v]
    if isinstance(v, bytes):
        return ['x', v.hex()]
    if isinstance(v, list):
        return ['l', [enc(x) for x in v]]
    if isinstance(v, type):
        return ['T', v.__name__]
    raise TypeError(v)


def short(text):
    """A long repr travels as a digest (the test digests its own repr the same way)."""
    if len(text) <= 100:
        return text
    return 'sha256:' + hashlib.sha256(text.encode()).hexdigest()[:24]


def outcome(f):
    """f()'s result as its type and repr (a repr that fails, like an int beyond 4300 digits, is the error)."""
    try:
        r = f()
        return ['ok', type(r).__name__, short(repr(r))]
    except Exception as e:  # noqa: BLE001 - every exception is an expected outcome
        return ['err', type(e).__name__, str(e)]


INTS = [0, 1, -1, 2, 3, -7, 255, 2**31 - 1, -2**31, 2**53 - 1, 2**53, -2**53, 2**53 + 1, 2**63, -2**64 - 3,
        -10**30 + 7, 2**1024, 3**700, -2**1100]
BOOLS = [True, False]
FLOATS = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, -2.0, 2.0**53, 1e308, 5e-324, INF, -INF, NAN]
COMPLEXES = [0j, 1j, -1.5 - 0.5j, complex(INF, 0), complex(0, NAN), 1e200 + 1e200j, complex(-0.0, 0.0)]
VALUES = INTS + BOOLS + FLOATS + COMPLEXES + [None]

BINARY = {
    '+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
    '//': operator.floordiv, '%': operator.mod, '**': operator.pow, '<<': operator.lshift,
    '>>': operator.rshift, '&': operator.and_, '|': operator.or_, '^': operator.xor, 'divmod': divmod,
    '<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne, '>': operator.gt,
    '>=': operator.ge,
}


def too_big(op, a, b):
    """Results CPython would take too long or too much memory to make."""
    ints = isinstance(a, int) and isinstance(b, int)
    if op == '**' and ints and b > 0 and abs(a) > 1:
        return b * a.bit_length() > 200000
    if op == '<<' and ints and a != 0 and 0 < b < 2**63:
        return b > 100000
    return False


OUTCOMES = []
OUTCOME_INDEX = {}


def outcome_index(o):
    """The outcome's index in the shared 'outcomes' section (the matrices repeat a few hundred outcomes)."""
    key = json.dumps(o)
    if key not in OUTCOME_INDEX:
        OUTCOME_INDEX[key] = len(OUTCOMES)
        OUTCOMES.append(o)
    return OUTCOME_INDEX[key]


def binary_matrix():
    """Every operator on every pair of VALUES; operands are indices into the 'values' section."""
    out = []
    for op, f in BINARY.items():
        for i, a in enumerate(VALUES):
            for j, b in enumerate(VALUES):
                if too_big(op, a, b):
                    continue
                out.append([op, i, j, outcome_index(outcome(lambda: f(a, b)))])
    return out


def binary_cases():
    out = []
    # Random big and mixed operands, for the exact and correctly rounded paths.
    for _ in range(1000):
        a = rng.choice([rng.randint(-2**200, 2**200), rng.randint(-2**60, 2**60), rng.randint(-99, 99),
                        rng.randint(-2**1100, 2**1100)])
        b = rng.choice([rng.randint(-2**200, 2**200), rng.randint(-2**60, 2**60), rng.randint(-99, 99),
                        rng.randint(1, 2**1100)])
        op = rng.choice(['+', '-', '*', '/', '//', '%', 'divmod', '&', '|', '^', '<', '=='])
        out.append([op, enc(a), enc(b), outcome(lambda: BINARY[op](a, b))])
    for _ in range(800):
        a = rng.choice([rng.uniform(-10, 10), rng.uniform(0, 3), float(rng.randint(-20, 20)),
                        math.ldexp(rng.random(), rng.randint(-1100, 1024))])
        b = rng.choice([rng.uniform(-40, 40), float(rng.randint(-400, 400)), rng.randint(-60, 60), 0.5,
                        rng.uniform(-1, 1) * 10**rng.randint(-5, 5)])
        op = rng.choice(['**', '**', '**', '/', '//', '%', 'divmod', '*'])
        out.append([op, enc(a), enc(b), outcome(lambda: BINARY[op](a, b))])
    for _ in range(600):
        a = complex(rng.uniform(-3, 3), rng.uniform(-3, 3))
        b = rng.choice([complex(rng.uniform(-3, 3), rng.uniform(-3, 3)), rng.randint(-120, 120),
                        rng.uniform(-5, 5), complex(0, rng.uniform(-2, 2))])
        op = rng.choice(['**', '/', '*', '+'])
        out.append([op, enc(a), enc(b), outcome(lambda: BINARY[op](a, b))])
    return out


POW3_VALUES = [0, 1, -1, 2, 3, -3, 7, 10**9 + 7, -(10**9 + 7), 2**61 - 1, 2**100, 94906265, 94906267, True, 2.0,
               None, 1j]


def pow3_matrix():
    """pow(a, b, m) on every triple of POW3_VALUES, as indices."""
    out = []
    vals = POW3_VALUES
    for i, a in enumerate(vals):
        for j, b in enumerate(vals):
            for k, m in enumerate(vals):
                if m is None and isinstance(b, int) and b > 1000 and isinstance(a, int) and abs(a) > 1:
                    continue  # no modulus: a huge power
                out.append([i, j, k, outcome_index(outcome(lambda: pow(a, b, m)))])
    return out


def pow3_cases():
    out = []
    for _ in range(300):
        a = rng.randint(-2**130, 2**130)
        b = rng.randint(-2**70, 2**130)
        m = rng.choice([rng.randint(-2**130, 2**130), rng.randint(2, 10**6)])
        out.append([enc(a), enc(b), enc(m), outcome(lambda: pow(a, b, m))])
    return out


REAL_ONLY = {'round', 'trunc', 'floor', 'ceil'}  # math.* of other types is the math module's business
UNARY = {
    'neg': operator.neg, 'pos': operator.pos, 'invert': operator.invert, 'abs': abs, 'bool': bool,
    'hash': hash, 'int': int, 'float': float, 'complex': complex, 'repr': repr, 'str': str, 'round': round,
    'trunc': math.trunc, 'floor': math.floor, 'ceil': math.ceil,
}


def unary_cases():
    out = []
    for name, f in UNARY.items():
        for a in VALUES:
            if name in REAL_ONLY and not isinstance(a, (int, float)):
                continue
            if name == 'hash' and (a is None or a != a):
                continue  # None and nans hash by address
            out.append([name, enc(a), outcome(lambda: f(a))])
    return out


def call(callee, args=(), kwargs=None):
    kwargs = kwargs or {}
    return [callee, [enc(a) for a in args], {k: enc(v) for k, v in kwargs.items()}]


def attr(v, name):
    return ['A', enc(v), name]


def calls():
    out = []

    def add(f, callee, args=(), kwargs=None):
        out.append(call(callee, args, kwargs) + [outcome(f)])

    # Constructors.
    for s in ['0', ' 12 ', '-0b1_01', '0x1f', '0o17', '010', '1__0', '_1', '1_', '١٢', '\u2003 7\u2003', '+ 1', '',
              '9' * 30, 'z', '0_0', '00', '12a', '1' * 5000, '\x1c5', '5\x00']:
        for base in [None, 0, 2, 10, 16, 36]:
            if base is None:
                add(lambda: int(s), ['T', 'int'], [s])
            else:
                add(lambda: int(s, base), ['T', 'int'], [s, base])
    for x in [1.5, -3.99, 1e20, -0.0, INF, NAN, 2**70 + 0.0, True, 7, 1j, None, [], b' 12 ', b'x', b'\xa012']:
        add(lambda: int(x), ['T', 'int'], [x])
    add(lambda: int(), ['T', 'int'])
    add(lambda: int(base=2), ['T', 'int'], [], {'base': 2})
    add(lambda: int('11', base=2), ['T', 'int'], ['11'], {'base': 2})
    add(lambda: int(5, 2), ['T', 'int'], [5, 2])
    add(lambda: int('5', 1), ['T', 'int'], ['5', 1])
    add(lambda: int('5', 2**100), ['T', 'int'], ['5', 2**100])
    add(lambda: int('5', '2'), ['T', 'int'], ['5', '2'])
    add(lambda: int('1', 2, 3), ['T', 'int'], ['1', 2, 3])
    add(lambda: int(x=1), ['T', 'int'], [], {'x': 1})
    add(lambda: int('1', 2, base=3), ['T', 'int'], ['1', 2], {'base': 3})
    add(lambda: int(b'0x1f', 16), ['T', 'int'], [b'0x1f', 16])
    for s in ['1.5', '  -1_000.5e-3 ', 'infINITY', '-nan', ' 1e', '0x10', '١٢.٥', '1__0', '.5', '5.', 'e5', '-.5e-3',
              '1' * 400, '-1e400', 'x', '']:
        add(lambda: float(s), ['T', 'float'], [s])
    for x in [7, 2**1100, True, 2.5, 1j, None, [], b' 1.5 ', b'x']:
        add(lambda: float(x), ['T', 'float'], [x])
    add(lambda: float(), ['T', 'float'])
    add(lambda: float(1, 2), ['T', 'float'], [1, 2])
    add(lambda: float(x=1), ['T', 'float'], [], {'x': 1})
    for s in ['1+2j', ' ( 1.5-2.5J ) ', 'j', '-j', '+1.5j', '1e5-1e-5j', 'inf', '-infj', 'nan+nanj',
              'infinity-infinityJ', '1_000+2_0j', '1_000.5_5+2j', '1+', '1+j', '1-j', '(1+2j', '1+2j)', '', ' ',
              '()', '1 + 2j', '١+٢j', '\u20001+2j\u2000', '1e500j', '.5j', '5.j', '1e', '1e+', 'jj', '+', '1j+2',
              '_1', '1__0', '1_', '1_e5', '0x10', '-0', '-0-0j', 'x', '1\x002', '\x1c1']:
        add(lambda: complex(s), ['T', 'complex'], [s])
    for a, b in [(1, 2.5), (True, False), (2**1100, 0), (1.5, None), (1j, 1j), (1 + 2j, 3), (1, 1 + 1j),
                 (-0.0, -0.0), (0.0, -0.0), ([], 1), (1, []), (1, '2'), ('1', 2), (None, 1)]:
        if b is None:
            add(lambda: complex(a), ['T', 'complex'], [a])
        else:
            add(lambda: complex(a, b), ['T', 'complex'], [a, b])
    add(lambda: complex(), ['T', 'complex'])
    add(lambda: complex(imag=2), ['T', 'complex'], [], {'imag': 2})
    add(lambda: complex(real='1'), ['T', 'complex'], [], {'real': '1'})
    add(lambda: complex(real='1', imag=2), ['T', 'complex'], [], {'real': '1', 'imag': 2})
    add(lambda: complex(1, real=2), ['T', 'complex'], [1], {'real': 2})
    add(lambda: complex(1, 2, 3), ['T', 'complex'], [1, 2, 3])
    add(lambda: complex(x=1), ['T', 'complex'], [], {'x': 1})
    for x in [0, 3, '', 'x', None, 0.0, 0j, 1j, [], [0]]:
        add(lambda: bool(x), ['T', 'bool'], [x])
    add(lambda: bool(), ['T', 'bool'])
    add(lambda: bool(1, 2), ['T', 'bool'], [1, 2])
    add(lambda: bool(x=1), ['T', 'bool'], [], {'x': 1})
    # __new__ called directly.
    for t, sub in [(int, int), (int, bool), (float, int), (float, float), (bool, int), (complex, float), (int, 5)]:
        add(lambda: t.__new__(sub), ['A', ['T', t.__name__], '__new__'], [sub])
    add(lambda: int.__new__(), ['A', ['T', 'int'], '__new__'])
    add(lambda: int.__new__(int, '12'), ['A', ['T', 'int'], '__new__'], [int, '12'])

    # int methods.
    for v in [0, 1, -1, 5, 255, -255, 2**53, -2**100, 2**1000 - 1, True, False]:
        for m in ['bit_length', 'bit_count', 'as_integer_ratio', 'conjugate', '__trunc__', '__floor__', '__ceil__',
                  '__round__', '__getnewargs__', '__sizeof__', '__index__', '__int__', '__float__', '__neg__',
                  '__abs__', '__invert__', '__pos__', '__bool__', '__repr__', '__hash__']:
            add(lambda: getattr(v, m)(), attr(v, m))
        for nd in [0, 1, -1, -2, -20, -400, 2**100, 1.5, None]:  # not -2**100: CPython computes 10**2**100
            add(lambda: v.__round__(nd), attr(v, '__round__'), [nd])
        for spec in ['', 'd', '08x', '#b', ',', '_', '+.3e', '>10', 'c', 's']:
            add(lambda: format(v, spec), attr(v, '__format__'), [spec])
    add(lambda: (5).bit_length(1), attr(5, 'bit_length'), [1])
    add(lambda: (5).__format__(1), attr(5, '__format__'), [1])
    add(lambda: (5).__format__(), attr(5, '__format__'))
    add(lambda: (5).__round__(1, 2), attr(5, '__round__'), [1, 2])
    add(lambda: (5).__round__('x'), attr(5, '__round__'), ['x'])
    for a, b in [(1, 2), (5, 2.0), (True, 1), (3, None)]:
        for m in ['__add__', '__radd__', '__truediv__', '__rtruediv__', '__pow__', '__rpow__', '__divmod__',
                  '__and__', '__rand__', '__lt__', '__eq__']:
            add(lambda: getattr(a, m)(b), attr(a, m), [b])
    for a, b, c in [(2, 3, 5), (2, 3, 5.0), (2, 3, None), (2.0, 3, None), (2.0, 3, 5), (1j, 2, None), (1j, 2, 2)]:
        add(lambda: a.__pow__(b, c), attr(a, '__pow__'), [b, c])
        add(lambda: a.__rpow__(b, c), attr(a, '__rpow__'), [b, c])
    add(lambda: (2).__pow__(1, 2, 3), attr(2, '__pow__'), [1, 2, 3])
    add(lambda: (2).__pow__(3, mod=5), attr(2, '__pow__'), [3], {'mod': 5})
    add(lambda: (2.0).__rpow__(3, mod=5), attr(2.0, '__rpow__'), [3], {'mod': 5})
    add(lambda: (2).__pow__(), attr(2, '__pow__'))
    add(lambda: (True).__and__(False), attr(True, '__and__'), [False])
    add(lambda: (True).__xor__(5), attr(True, '__xor__'), [5])
    add(lambda: (False).__ror__(True), attr(False, '__ror__'), [True])
    # from_bytes.
    for data in [b'', b'\x01', b'\x00\x01', b'\xff', b'\x80\x00', b'\x01\x02\x03\x04\x05\x06\x07\x08\x09', [1, 2],
                 [1, 256], 'ab', 5]:
        for order in ['big', 'little']:
            for signed in [False, True]:
                add(lambda: int.from_bytes(data, order, signed=signed), attr(int, 'from_bytes'), [data, order],
                    {'signed': signed})
    add(lambda: int.from_bytes(b'\x01'), attr(int, 'from_bytes'), [b'\x01'])
    add(lambda: int.from_bytes(), attr(int, 'from_bytes'))
    add(lambda: int.from_bytes(b'\x01', 'mid'), attr(int, 'from_bytes'), [b'\x01', 'mid'])
    add(lambda: int.from_bytes(b'\x01', byteorder=1), attr(int, 'from_bytes'), [b'\x01'], {'byteorder': 1})
    add(lambda: int.from_bytes(b'\x01', 'big', True), attr(int, 'from_bytes'), [b'\x01', 'big', True])
    add(lambda: int.from_bytes(b'\x01', 'big', signed=True, x=1), attr(int, 'from_bytes'), [b'\x01', 'big'],
        {'signed': True, 'x': 1})
    add(lambda: bool.from_bytes(b'\x01', 'big'), attr(bool, 'from_bytes'), [b'\x01', 'big'])

    # float methods.
    for v in [0.0, -0.0, 1.5, -1.5, 2.5, 0.1, 1e300, 5e-324, 2.0**53, 1e16, INF, -INF, NAN, 3.0, -7.0]:
        for m in ['is_integer', 'as_integer_ratio', 'hex', 'conjugate', '__trunc__', '__floor__', '__ceil__',
                  '__round__', '__getnewargs__', '__int__', '__float__', '__neg__', '__abs__', '__pos__', '__bool__',
                  '__repr__']:
            add(lambda: getattr(v, m)(), attr(v, m))
        for nd in [0, 1, 2, -1, -2, 300, -300, 2**100, -2**100, None, 'x']:
            add(lambda: v.__round__(nd), attr(v, '__round__'), [nd])
        for spec in ['', 'f', '.2e', '08.3f', 'g', '%', '+', 'z.1f', 'd']:
            add(lambda: format(v, spec), attr(v, '__format__'), [spec])
    for s in ['0x1.8p1', '-0x1p-1074', '0x1p99999', 'inf', 'x', ' 0x1.999999999999ap-4 ', '1', '-0x0p0']:
        add(lambda: float.fromhex(s), attr(float, 'fromhex'), [s])
    add(lambda: float.fromhex(1), attr(float, 'fromhex'), [1])
    add(lambda: float.fromhex(), attr(float, 'fromhex'))
    add(lambda: (1.5).hex(1), attr(1.5, 'hex'), [1])
    add(lambda: (1.5).__round__(1, 2), attr(1.5, '__round__'), [1, 2])
    add(lambda: (1.5).__format__(1), attr(1.5, '__format__'), [1])
    for a, b in [(1.5, 2), (1.5, 2**1100), (1.5, 'x'), (2.0, 0)]:
        for m in ['__add__', '__radd__', '__rtruediv__', '__truediv__', '__pow__', '__rpow__', '__mod__',
                  '__rdivmod__', '__floordiv__', '__eq__', '__lt__']:
            add(lambda: getattr(a, m)(b), attr(a, m), [b])

    # complex methods.
    for v in [0j, 1 + 2j, -1.5 - 0.5j, complex(INF, NAN), complex(-0.0, 0.0), complex(1e308, 1e308)]:
        for m in ['conjugate', '__complex__', '__getnewargs__', '__neg__', '__pos__', '__abs__', '__bool__',
                  '__repr__']:
            add(lambda: getattr(v, m)(), attr(v, m))
        for spec in ['', '.2f', '>20', 'g', 'e', 'd']:
            add(lambda: format(v, spec), attr(v, '__format__'), [spec])
    add(lambda: (1j).conjugate(1), attr(1j, 'conjugate'), [1])
    add(lambda: (1j).__format__(1), attr(1j, '__format__'), [1])
    return out


def attrs():
    out = []
    for v in [5, -2**70, True, 2.5, -0.0, 1 + 2j, complex(0, -1.5)]:
        for name in ['real', 'imag', 'numerator', 'denominator', 'bit_length', 'nope', '__class__']:
            def get(v=v, name=name):
                r = getattr(v, name)
                return r if not callable(r) else type(r).__name__
            out.append([enc(v), name, outcome(get)])
    for t in [int, float, complex, bool]:
        out.append([enc(t), '__doc__', outcome(lambda: t.__doc__)])
        out.append([enc(t), '__name__', outcome(lambda: t.__name__)])
    return out


def dicts():
    return {t.__name__: sorted(k for k in t.__dict__ if k != '__doc__') for t in (int, bool, float, complex)}


def libm_pow_cases():
    out = []
    for _ in range(6000):
        k = rng.random()
        if k < 0.3:
            x, y = rng.uniform(0, 10), rng.uniform(-50, 50)
        elif k < 0.45:
            x, y = float(rng.randint(1, 1000)), float(rng.randint(-40, 40))
        elif k < 0.55:
            x, y = rng.uniform(0.99, 1.01), rng.uniform(-1e6, 1e6)
        elif k < 0.65:
            x, y = math.ldexp(rng.random(), rng.randint(-1074, 1024)), rng.uniform(-3, 3)
        elif k < 0.75:
            x = rng.choice([1.1, 1.05, 10.0, 2.0, 0.1, 3.0, 1.5, 0.5, 7.0, 1.01])
            y = float(rng.randint(-400, 400)) + rng.choice([0, 0.5, 0.25, 1 / 3])
        elif k < 0.85:
            x, y = rng.uniform(0, 2), rng.uniform(-1100, 1100)
        elif k < 0.9:
            x, y = -float(rng.randint(1, 50)), float(rng.randint(-300, 300))
        else:
            specials = [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 0.5, 2.0, -2.0, 5e-324, 1e308, 3.0, 2.0**64, 2.0**-70]
            x, y = rng.choice(specials), rng.choice(specials + [0.5, -3.0, 1.5])
        out.append([bits(x), bits(y), bits(libm.pow(x, y))])
    return out


def libm_hypot_cases():
    out = []
    for _ in range(3000):
        x = rng.uniform(-1, 1) * 10.0**rng.randint(-320, 308)
        y = rng.choice([rng.uniform(-1, 1) * 10.0**rng.randint(-320, 308), x * rng.uniform(0.5, 2), x * 1e-17])
        out.append([bits(x), bits(y), bits(libm.hypot(x, y))])
    for x in [0.0, -0.0, INF, -INF, NAN, 5e-324, 1e308]:
        for y in [0.0, 1.0, INF, NAN, 5e-324, -1e308]:
            out.append([bits(x), bits(y), bits(libm.hypot(x, y))])
    return out


def to_bytes_calls():
    out = []
    for v in [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -32768, 2**64 - 1, -2**63, 2**100, True]:
        for length in [0, 1, 2, 8, 13]:
            for order in ['big', 'little']:
                for signed in [False, True]:
                    out.append(call(attr(v, 'to_bytes'), [length, order], {'signed': signed}) +
                               [outcome(lambda: v.to_bytes(length, order, signed=signed))])
    for args, kwargs in [((), {}), ((2,), {'byteorder': 'little'}), ((), {'length': 2}), ((-1, 'big'), {}),
                         ((1, 'mid'), {}), ((2, 'big', True), {}), ((), {'x': 1}), ((2**70,), {}),
                         ((2,), {'signed': 1}), (('2',), {}), ((1,), {'byteorder': 5}),
                         ((1,), {'x': 1, 'length': 2}), ((1,), {'length': 2, 'x': 1})]:
        out.append(call(attr(5, 'to_bytes'), args, kwargs) + [outcome(lambda: (5).to_bytes(*args, **kwargs))])
    return out


cases = {
    'values': [enc(v) for v in VALUES],
    'matrix': binary_matrix(),
    'binary': binary_cases(),
    'pow3_values': [enc(v) for v in POW3_VALUES],
    'pow3_matrix': pow3_matrix(),
    'pow3': pow3_cases(),
    'unary': unary_cases(),
    'calls': calls(),
    'to_bytes_calls': to_bytes_calls(),
    'attrs': attrs(),
    'dicts': dicts(),
    'libm_pow': libm_pow_cases(),
    'libm_hypot': libm_hypot_cases(),
}
cases['outcomes'] = OUTCOMES
with open(OUT, 'w', encoding='utf-8') as f:
    json.dump(cases, f, ensure_ascii=True, separators=(',', ':'))
print(OUT, {k: len(v) for k, v in cases.items()})
