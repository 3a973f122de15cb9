"""Write tests/common/numfmt_cases.json: inputs and what CPython 3.11 makes of them.

Covers format() of int, float, str and complex (fixed and random format specs,
including invalid ones), %-formatting of whole format strings, round(), int()
and float() of strings, str(int) under the int max str digits limit,
bin/oct/hex, float.hex, float.fromhex and float.as_integer_ratio.

Encoding: floats travel as the 16 hex digits of their IEEE bits, ints as decimal
strings, str as JSON text. An expected value is the result, or [exception type,
message]. Run: python3 tools/gen_numfmt_cases.py
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'common', 'numfmt_cases.json')
rng = random.Random(20231123)


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def outcome(fn, enc=lambda r: r):
    try:
        return enc(fn())
    except Exception as e:  # the exception is the expected outcome
        return [type(e).__name__, str(e)]


def big_str(v):
    """str(v) past the int max str digits limit, which the cases test separately."""
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(v)
    finally:
        sys.set_int_max_str_digits(limit)


def enc_int(v):
    return big_str(v)


def enc_float(x):
    return bits(x)


# ---------------------------------------------------------------------------
# values

TIES = [0.125, 0.375, 2.5, 0.5, 1.5, 3.5, -2.5, 0.25, 0.75, 1.25, 12.5, 25.0, 125.0, 2.675, 1.005,
        0.0625, 1.0625, 4.35, 0.045, 1e22, 1e23, 2.0 ** 70, 5e-324, 1.7976931348623157e308,
        2.2250738585072014e-308, 9.5, 99.5, 0.95, 0.05, 250.0, 1250.0, 6.25e-2, 3.0517578125e-05]


def special_floats():
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 1 / 3, 2 / 3, 100.0, 123.456,
          3.14159, -3.14159, 1234.5, 1234567.0, 123456789.0, 1e16, 1e15, 1e17, 1e-4, 1e-5, 0.0001234,
          1e100, 1e-100, 1e300, -1e-300, 9.999999999999999e22, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63,
          999999.5, 9999999.0, 0.5e-6, 123.0, 1e21, 1e20, 12345678901234567890.0, -0.0001]
    xs += TIES + [-t for t in TIES]
    for e in range(-25, 25, 3):
        xs.append(1.5 * 10.0 ** e)
        xs.append(9.99 * 10.0 ** e)
    return xs


def random_floats(n):
    xs = []
    for _ in range(n):
        xs.append(from_bits('%016x' % rng.getrandbits(64)))
        xs.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 6)))
        xs.append(rng.random() * 10.0 ** rng.randint(-20, 25))
        # exact binary fractions: every one of them has decimal ties at some precision
        xs.append(rng.randint(-10 ** 6, 10 ** 6) / 2.0 ** rng.randint(0, 30))
        xs.append(from_bits('%016x' % rng.getrandbits(52)))
    return [x for x in xs]


def unique_floats(xs):
    return list({bits(x): x for x in xs}.values())


INTS = [0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, 1234, -1234, 12345, 123456, 1234567, -1234567,
        2 ** 31, 2 ** 32 - 1, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1, -(2 ** 53) - 1, 2 ** 63 - 1, 2 ** 63,
        -(2 ** 63), -(2 ** 63) - 1, 2 ** 64, 10 ** 20, -(10 ** 20), 10 ** 30 + 7, 3 ** 100, -(7 ** 90),
        0x10ffff, 0x110000, 0xd800, 0x1f600, 25, 35, 15, 5, 125, 10 ** 16 + 1, 2 ** 1024, 2 ** 1023 * 3]


def random_ints(n):
    out = []
    for _ in range(n):
        out.append(rng.randint(-1000, 1000))
        out.append(rng.randint(-2 ** 60, 2 ** 60))
        out.append(rng.randint(-10 ** 40, 10 ** 40))
    return out


STRS = ['', 'a', 'abc', 'hello world', '\U0001F600', 'a\U0001F600b', '\u00e9t\u00e9', 'x' * 30,
        '\U0001F600' * 5, ' ', '\u0663']

# ---------------------------------------------------------------------------
# format specs

FILLS = ['', '', '', '*', '0', ' ', 'x', '\U0001F600', '=', '<']
ALIGNS = ['', '', '<', '>', '^', '=']
SIGNS = ['', '', '+', '-', ' ']
WIDTHS = ['', '', '', '1', '5', '8', '12', '20', '31']
PRECS = ['', '', '', '.0', '.1', '.2', '.3', '.5', '.6', '.10', '.12', '.16', '.17', '.20', '.25',
         '.60', '.101', '.120', '.400']
GROUPS = ['', '', '', ',', '_']
FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
INT_TYPES = ['', '', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%', 'F', 'G', 'E']
STR_TYPES = ['', '', 's']
JUNK = list('<>=^+- #z0123456789,_.%sdbxXocneEfFgG') + ['\U0001F600', '\u0663', '\x00', 'q', '!']


def random_spec(types):
    if rng.random() < 0.08:
        return ''.join(rng.choice(JUNK) for _ in range(rng.randint(1, 6)))
    align = rng.choice(ALIGNS)
    fill = rng.choice(FILLS) if align else ''
    return (fill + align + rng.choice(SIGNS) + ('z' if rng.random() < 0.12 else '') +
            ('#' if rng.random() < 0.15 else '') + ('0' if rng.random() < 0.15 else '') +
            rng.choice(WIDTHS) + rng.choice(GROUPS) + rng.choice(PRECS) + rng.choice(types))


FIXED_FLOAT_SPECS = ['', '.0f', '.1f', '.2f', '.3f', '.0e', '.1e', '.2e', '.3g', '.1g', '.0%', '.1%',
                     '.60f', '.120e', '.17g', '.100f', 'z.1f', 'z.0f', '+.2f', ' .2e', ',', '_.2f',
                     '015,.2f', '010', '.3', '#.0f', '#.3g', 'n', '.0', '.16', 'r', '*^15.4G']
FIXED_INT_SPECS = ['', 'd', ',', '_', '_b', '_x', '#x', '#X', '#o', '#b', '+d', ' d', '08', '08,',
                   '=+10', '^10', 'c', 'e', '.2f', '%', '.3g', 'n', '010n', '#012_x', 'z']


def format_cases():
    rows = []
    floats = unique_floats(special_floats() + random_floats(120))
    for x in floats:
        specs = FIXED_FLOAT_SPECS if x in TIES or -x in TIES else rng.sample(FIXED_FLOAT_SPECS, 6)
        specs = specs + [random_spec(FLOAT_TYPES) for _ in range(12)]
        for spec in specs:
            rows.append(['f', bits(x), spec, outcome(lambda: format(x, spec))])
    for v in INTS + random_ints(60):
        for spec in FIXED_INT_SPECS + [random_spec(INT_TYPES) for _ in range(14)]:
            rows.append(['i', str(v), spec, outcome(lambda: format(v, spec))])
    for s in STRS:
        for spec in ['', 's', '10', '<10', '>10', '^11', '*^9', '.2', '10.3', '05', '0>5', '=5', '+',
                     ' ', '-', '#', 'z', ',', '_', 'd', '\U0001F600^7'] + [random_spec(STR_TYPES) for _ in range(30)]:
            rows.append(['s', s, spec, outcome(lambda: format(s, spec))])
    pool = [0.0, -0.0, 1.0, -1.5, 2.5, 1234.5, 1e16, 1e-5, math.inf, -math.inf, math.nan, 0.125, -1e-9]
    complexes = [(a, b) for a in pool for b in pool]
    complexes += [(rng.choice(floats), rng.choice(floats)) for _ in range(100)]
    for re, im in complexes:
        for spec in ['', '.2f', 'z', 'z.1f', '+', '>30', '^30.3e', ',', 'g', '.0', '05', '=10', '%',
                     'n'] + [random_spec(FLOAT_TYPES) for _ in range(4)]:
            rows.append(['c', [bits(re), bits(im)], spec, outcome(lambda: format(complex(re, im), spec))])
    return rows


class MyFloat(float):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


def subclass_cases():
    rows = []
    for spec in ['x', 'abc', ',s', 'd', '.2f', '+c', 'q']:
        rows.append(['f', 'MyFloat', bits(1.5), spec, outcome(lambda: format(MyFloat(1.5), spec))])
        rows.append(['i', 'MyInt', '5', spec, outcome(lambda: format(MyInt(5), spec))])
        rows.append(['s', 'MyStr', 'ab', spec, outcome(lambda: format(MyStr('ab'), spec))])
    return rows


# ---------------------------------------------------------------------------
# %-formatting of whole format strings

PCT_FLAGS = ['', '', '', '-', '+', ' ', '#', '0', '-0', '+0', '#0', ' #', '+ ', '-+#0']
PCT_WIDTHS = ['', '', '1', '5', '10', '*']
PCT_PRECS = ['', '', '.0', '.1', '.3', '.6', '.20', '.*', '.']


def pct_value(conv):
    if conv in 'diuoxXc':
        if conv == 'c' and rng.random() < 0.3:
            return rng.choice(['a', '\U0001F600', 'ab', ''])
        return rng.choice(INTS + [rng.randint(-100000, 100000) for _ in range(5)])
    if conv in 'eEfFgG':
        if rng.random() < 0.1:
            return rng.choice([5, -3, 10 ** 20])
        return rng.choice(special_floats())
    return rng.choice(STRS + ['x', 'wide \U0001F600 text'])


def enc_value(v):
    if isinstance(v, bool) or not isinstance(v, (int, float, str)):
        raise TypeError(v)
    if isinstance(v, int):
        return ['i', big_str(v)]
    if isinstance(v, float):
        return ['f', bits(v)]
    return ['s', v]


def random_percent():
    parts = []
    args = []
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.5:
            parts.append(rng.choice(['', 'x', ' = ', '\U0001F600', '%%', 'ab%%c']))
        conv = rng.choice('diuoxXceEfFgGsr' + 'dfs')
        width = rng.choice(PCT_WIDTHS)
        prec = rng.choice(PCT_PRECS)
        length = rng.choice(['', '', '', 'l', 'h'])
        if rng.random() < 0.03:
            conv = rng.choice(['y', '\U0001F600', '\x00', '%', 'L'])
        parts.append('%' + rng.choice(PCT_FLAGS) + width + prec + length + conv)
        if width == '*':
            args.append(rng.choice([-8, 3, 7, 12]))
        if prec == '.*':
            args.append(rng.choice([-1, 0, 2, 5]))
        args.append(pct_value(conv))
    if rng.random() < 0.05:
        args = args[:-1] if rng.random() < 0.5 else args + [1]
    return ''.join(parts), args


PCT_FIXED = [
    ('%d', [5]), ('%5.2f', [3.14159]), ('%-5d|', [3]), ('%05d', [-3]), ('%+05.1f', [-0.0]), ('%#x', [255]),
    ('%#X', [255]), ('%#o', [8]), ('%#8.5X', [255]), ('%#08x', [-255]), ('%.5d', [-42]), ('%x', [-(2 ** 70)]),
    ('%c', [65]), ('%c', [0x1f600]), ('%c', [-1]), ('%c', [2 ** 70]), ('%5c', ['\U0001F600']), ('%c', ['ab']),
    ('%05f', [math.inf]), ('%F', [-math.inf]), ('%G', [math.nan]), ('%.0e', [2.5]), ('%.0f', [0.5]),
    ('%.2f', [0.125]), ('%#.0f', [0.3]), ('%#g', [1.0]), ('%.500f', [0.1]), ('%.120e', [5e-324]),
    ('%s %s', [1]), ('%s', [1, 2]), ('%', []), ('%y', [1]), ('%y', []), ('%*y', ['a']), ('%*d', [1.5, 1]),
    ('%5%', [1]), ('%5%', []), ('%%', []), ('a%\U0001F600', [1]), ('\U0001F600%y', [1]), ('%\x1f', [1]),
    ('%\x7f', [1]), ('%Lhd', [1]), ('%ld', [1]), ('%l', [1]), ('%.', [1]), ('%-', [1]), ('%*', [5]),
    ('%.*f', [-3, 1.5]), ('%*d', [-5, 3]), ('%-*d|', [-5, 3]), ('%.*s', [-1, 'abc']),
    ('%99999999999999999999d', [1]), ('%.99999999999999999999d', [1]), ('%.2147483648d', [1]),
    ('%.2147483645d', [1]), ('%5.3s', ['\U0001F600bcd']), ('%.0s', ['abc']), ('%20.10E', [1e-300]),
    ('%010.3f', [-3.14159]), ('%-010.3f|', [-3.14159]), ('%+ d', [3]), ('% +d', [3]), ('%0-5d|', [3]),
    ('%+x', [255]), ('%#5x', [0]), ('%d', [10 ** 5000]), ('%x', [10 ** 5000]), ('%i %u', [7, -7]),
]

PCT_MAPPING = [
    ('%(a)s', {'a': 1}), ('%(a', {}), ('%(a)', {'a': 1}), ('%(a)*d', {'a': 1}), ('%(a)d%%%(b)s', {'a': 1, 'b': 'x'}),
    ('%(a)(b)s', {'a': 1}), ('%((a))s', {'(a)': 2.5}), ('%(x)s', {'a': 1}), ('%(a)s %s', {'a': 1}),
    ('%(a)-+8.3f|', {'a': 2.5}), ('%(\U0001F600)r', {'\U0001F600': 'v'}), ('%(a)%', {'a': 1}),
]


def percent_cases():
    rows = []
    for fmt, args in PCT_FIXED:
        rows.append([fmt, [enc_value(a) for a in args], outcome(lambda: fmt % tuple(args))])
    rows.append(['%s %(a)s', [['d', {'a': ['i', '1']}]], outcome(lambda: '%s %(a)s' % ({'a': 1},))])
    for fmt, mapping in PCT_MAPPING:
        enc = {k: enc_value(v) for k, v in mapping.items()}
        rows.append([fmt, {'map': enc}, outcome(lambda: fmt % mapping)])
    while len(rows) < 4000:
        fmt, args = random_percent()
        result = outcome(lambda: fmt % tuple(args))
        # A junk conversion character can shift the arguments onto conversions of
        # another type; those TypeErrors belong to the runtime's argument checks.
        if isinstance(result, list) and result[0] == 'TypeError' and ('format:' in result[1] or 'real number' in result[1]):
            continue
        rows.append([fmt, [enc_value(a) for a in args], result])
    return rows


# ---------------------------------------------------------------------------
# round(), parsing, hex

def round_cases():
    rows = []
    floats = unique_floats(special_floats() + random_floats(60))
    for x in floats:
        for nd in [None, 0, 1, 2, 3, -1, -2, 5, 15, 17, 300, 323, 324, -308, -309, 10 ** 30, -(10 ** 30)] + \
                  [rng.randint(-20, 20)]:
            rows.append([bits(x), None if nd is None else str(nd),
                         outcome(lambda: round(x, nd) if nd is not None else round(x),
                                 lambda r: str(r) if isinstance(r, int) else bits(r))])
    int_rows = []
    for v in INTS + random_ints(40) + [25, 35, -25, -35, 150, 250, -250, 10 ** 30 + 5 * 10 ** 9, 5 * 10 ** 40]:
        for nd in [0, 3, -1, -2, -3, -10, -16, -17, -40, -41, -200, rng.randint(-30, 0)]:
            int_rows.append([str(v), str(nd), str(round(v, nd))])
    return rows, int_rows


FLOAT_STRINGS = ['', ' ', '1', '-1', '+1.5', '1.', '.5', '.', '-.5e3', '1e', '1e+', '1e5', '1E-5', 'e5', '1_000',
                 '1__0', '_1', '1_', '1_.0', '1._0', '1.0_1', '1e1_0', '1e_1', '1_e1', 'inf', '-Infinity',
                 '+nAn', '-nan', 'infinit', 'infinityy', 'in_f', 'nan1', '0x10', ' \t1.5\n ', '1 5', '--1',
                 '\u00a01.5\u2028', '\u0661.\u0665', '\u0661\u0662', '\U0001D7D9', '1\x1c', '\x1c1', '1\x00',
                 '1e-400', '-1e-400', '1e400', '-1e999', '1e99999999999999999999', '0' * 400 + '1',
                 '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623158e308',
                 '1.7976931348623159e308', '9007199254740993', '0.1000000000000000055511151231257827',
                 '1' + '0' * 400, '1.' + '0' * 400 + '1', 'x' * 300, '1,5', '\u20001\u3000', '١_٢', '1\u00e9',
                 '2.' + '5' * 800 + 'e-324', '-0', '-0.0e10', '+.e1', '1.5j', '0e0', '00.00', '1__', 'NaN_',
                 '12345678901234567890123', '4.9406564584124654e-324', '2.2250738585072011e-308']


def parse_float_cases():
    strs = FLOAT_STRINGS[:]
    for _ in range(500):
        strs.append(repr(rng.random() * 10.0 ** rng.randint(-300, 300)))
        digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 40)))
        point = rng.randint(0, len(digits))
        strs.append(digits[:point] + '.' + digits[point:] + rng.choice(['', 'e%d' % rng.randint(-330, 330)]))
        strs.append(''.join(rng.choice('0123456789._eE+- ') for _ in range(rng.randint(1, 8))))
    return [[s, outcome(lambda: float(s), enc_float)] for s in dict.fromkeys(strs)]


INT_STRINGS = [('0x', 0), ('0x', 16), ('010', 0), ('0_0', 0), ('00', 0), ('0_7', 0), ('0', 0), ('-0', 0),
               ('1' * 5000, 10), ('1' * 5000 + 'x', 10), ('_' + '1' * 5000, 10), ('1__1' + '1' * 5000, 10),
               ('1_' * 2500, 10), ('1' * 4300, 10), ('-' + '1' * 4300, 10), ('1' * 4301, 16), ('1' * 4301, 36),
               ('0' * 5000, 0), ('0b' + '1' * 5000, 0), ('x' * 300, 10), ('\u00e9' * 300, 10), ('1', 37),
               ('1', 1), ('1', -1), ('', 10), (' ', 10), ('\u0661\u0662', 10), ('\u20001\u3000', 10),
               ('1\x1c', 10), ('+ 1', 10), ('0b_1', 0), ('0b__1', 0), ('0b1_', 0), ('0B1', 2), ('z', 36),
               ('Z', 36), ('0x1', 0), ('1.5', 10), ('0o17', 0), ('0o17', 8), ('0O17', 8), ('0x_ff', 16),
               ('ff', 16), ('FF', 15), ('-0xFF', 0), ('  -12_345  ', 10), ('12_345', 0), ('1_2_3', 10),
               ('9' * 20, 10), ('-' + '9' * 20, 10), ('zz' * 12, 36), ('1' * 70, 2), ('7' * 30, 8),
               ('\U0001D7D9\U0001D7DA', 10), ('1\u00e9', 10), ('0b2', 0), ('0b', 2), ('0x0x1', 16),
               ('- 1', 10), ('--1', 10), ('1 1', 10), ('\t\n12\x0b\x0c', 10), ('12\x85', 10), ('0' * 50, 0),
               ('00x1', 0), ('0_x1', 0), ('abc', 13), ('ABC', 13), ('1' * 640, 10), ('1' * 641, 7)]


def parse_int_cases():
    rows = []
    for s, base in INT_STRINGS:
        rows.append([s, base, outcome(lambda: int(s, base), enc_int)])
    for _ in range(400):
        base = rng.choice([0, 2, 8, 10, 16, 36, rng.randint(2, 36)])
        v = rng.choice([rng.randint(-1000, 1000), rng.randint(-2 ** 80, 2 ** 80)])
        s = ('-' if v < 0 else '') + ({2: '0b', 8: '0o', 16: '0x'}.get(base, '') if rng.random() < 0.5 else '')
        b = base or 10
        digits = []
        a = abs(v)
        while True:
            digits.append('0123456789abcdefghijklmnopqrstuvwxyz'[a % b])
            a //= b
            if a == 0:
                break
        body = ''.join(reversed(digits))
        if rng.random() < 0.3:
            body = '_'.join(body[i:i + 3] for i in range(0, len(body), 3))
        if rng.random() < 0.3:
            body = body.upper()
        s += body
        rows.append([s, base, outcome(lambda: int(s, base), enc_int)])
        junk = ''.join(rng.choice('0123456789abxo_ -+') for _ in range(rng.randint(1, 6)))
        rows.append([junk, base, outcome(lambda: int(junk, base), enc_int)])
    return rows


def limit_cases():
    """str(int) and int(str) under several sys.set_int_max_str_digits() values."""
    rows = []
    values = [10 ** 4299, 10 ** 4300, -(10 ** 4300 - 1), -(10 ** 4300), 10 ** 640, 10 ** 641 - 1, 7 ** 5000,
              -(3 ** 9000), 10 ** 6000]
    for limit in [4300, 640, 0, 5000]:
        sys.set_int_max_str_digits(limit)
        for v in values:
            rows.append(['str', limit, big_str(v), outcome(lambda: len(str(v)))])
            rows.append(['format', limit, big_str(v), outcome(lambda: len(format(v, ',')))])
        for s in ['1' * 641, '1' * 4300, '1' * 4301, '-' + '9' * 4301, '1' * 5001]:
            rows.append(['int', limit, s, outcome(lambda: int(s) and 'ok')])
    sys.set_int_max_str_digits(4300)
    return rows


def base_cases():
    rows = []
    for v in INTS + random_ints(30):
        rows.append([str(v), bin(v), oct(v), hex(v)])
    return rows


HEX_STRINGS = ['0x1p-1074', '0x1p-1075', '0x1.8p-1074', ' 0x1.fffffffffffff8p1023 ', '0x1.fffffffffffff7p1023',
               '-0X1P+0', 'nan', '-inf', ' Infinity ', '+nan', '-0x0p0', '0x', '0x.', '.8', '1p', '1p+',
               '1\u00a0', '1p999999999999999999999999', '1p-999999999999999999999', '0x0p99999999999999999999999',
               '0x1.0000000000000800000000p0', '0x1.0000000000000800000001p0', '0x1.0000000000001800000000p0',
               '0x3.ffffffffffffep-1024', '0x0.0000000000001p-1022', '0x1.ffffffffffffffp-1023', 'abc', 'ABC.DEFp-3',
               '0x1.5p+', '1.', '0x1.p1', '--1', '0x-1', '0x1p1.5', '0X0.8P1', 'infi', '\t0x1\n', '0x1 p1',
               '0x10000000000000000000000000000p-200', '0x0000000000000000000000000001p0', '1' * 300 + 'p0']


def hex_cases():
    floats = unique_floats(special_floats() + random_floats(60))
    hexes = [[bits(x), x.hex()] for x in floats]
    strs = HEX_STRINGS + [x.hex() for x in floats[:200]]
    for _ in range(300):
        strs.append(''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(rng.randint(1, 20))) +
                    rng.choice(['', 'p%d' % rng.randint(-1100, 1100)]))
        strs.append('0x' + rng.choice('0123456789abcdef') + '.' + ''.join(rng.choice('0123456789abcdef') for _ in range(16)) +
                    'p%d' % rng.randint(-1080, 1030))
    fromhex = [[s, outcome(lambda: float.fromhex(s), enc_float)] for s in dict.fromkeys(strs)]
    ratios = [[bits(x), outcome(lambda: [str(p) for p in x.as_integer_ratio()])] for x in floats]
    return hexes, fromhex, ratios


def main():
    rounds, int_rounds = round_cases()
    hexes, fromhex, ratios = hex_cases()
    cases = {
        'format': format_cases(),
        'formatSubclass': subclass_cases(),
        'percent': percent_cases(),
        'round': rounds,
        'intRound': int_rounds,
        'parseFloat': parse_float_cases(),
        'parseInt': parse_int_cases(),
        'limits': limit_cases(),
        'bases': base_cases(),
        'hex': hexes,
        'fromhex': fromhex,
        'ratio': ratios,
    }
    with open(OUT, 'w', encoding='utf-8') as f:
        json.dump(cases, f, separators=(',', ':'))
        f.write('\n')
    print(OUT, {k: len(v) for k, v in cases.items()})


if __name__ == '__main__':
    main()
