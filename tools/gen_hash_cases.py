"""Write tests/common/hash_cases.json: values and CPython 3.11's hash() of
them with hash seed 0 (the script re-runs itself under PYTHONHASHSEED=0).

Hashes travel as decimal strings (they are 64-bit). Floats travel as the 16
hex digits of their IEEE bits, bytes as hex, str as JSON text (lone surrogates
as \\udxxx escapes, never a high one before a low one: JavaScript would read a pair as one
astral character). Identity hashes of arbitrary addresses come from CPython's
own _Py_HashPointer and _Py_HashDouble, called through ctypes.

Tuples and frozensets travel as trees of typed values, so that the test
hashes nested items with pyheap's own functions:
  ["int", "12"], ["float", bits], ["str", s], ["bytes", hex],
  ["complex", re_bits, im_bits], ["tuple", [...]], ["frozenset", [...]],
  ["hash", "h"] (an object whose __hash__ gives h, to reach any 64-bit lane).
Run: python3 tools/gen_hash_cases.py
"""
import ctypes
import json
import math
import os
import random
import re
import struct
import sys

if os.environ.get('PYTHONHASHSEED') != '0':
    os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)] + sys.argv[1:],
              dict(os.environ, PYTHONHASHSEED='0'))

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
assert sys.flags.hash_randomization == 0
assert sys.hash_info.algorithm == 'siphash13' and sys.hash_info.width == 64

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'common', 'hash_cases.json')
rng = random.Random(2718)
MASK64 = (1 << 64) - 1

hash_pointer = ctypes.pythonapi._Py_HashPointer
hash_pointer.restype = ctypes.c_ssize_t
hash_pointer.argtypes = [ctypes.c_void_p]
hash_double = ctypes.pythonapi._Py_HashDouble
hash_double.restype = ctypes.c_ssize_t
hash_double.argtypes = [ctypes.c_void_p, ctypes.c_double]


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


class Hashed:
    """An object whose hash is any chosen Py_hash_t."""

    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


def signed64(u):
    u &= MASK64
    return u - (1 << 64) if u >= 1 << 63 else u


# ---------------------------------------------------------------- str, bytes

ALPHABETS = {
    'ascii': [chr(c) for c in range(128)],
    'latin1': [chr(c) for c in range(256)],
    'bmp': [chr(c) for c in list(range(256, 0xd800)) + list(range(0xe000, 0x10000))],
    'astral': [chr(c) for c in range(0x10000, 0x110000, 7)],
}


def has_pair(s):
    return any('\ud800' <= a <= '\udbff' and '\udc00' <= b <= '\udfff' for a, b in zip(s, s[1:]))


def random_str(n, kind):
    chars = ALPHABETS[kind]
    s = ''.join(rng.choice(chars) for _ in range(n))
    if kind != 'ascii' and n:
        # Force the kind: put the widest character class in at least once.
        widest = {'latin1': chr(rng.randint(128, 255)), 'bmp': chr(rng.randint(256, 0xd7ff)),
                  'astral': chr(rng.randint(0x10000, 0x10ffff))}[kind]
        i = rng.randrange(n)
        s = s[:i] + widest + s[i + 1:]
    return s


def str_values():
    out = []
    for kind in ALPHABETS:
        for n in range(41):
            out.append(random_str(n, kind))
            out.append(random_str(n, kind).lower())
        for n in (63, 64, 65, 100, 255, 256, 1000, 4097):
            out.append(random_str(n, kind))
    out += ['', 'a', 'ab', 'abc', 'hello', 'hello world', '__init__', 'x' * 8, 'x' * 9,
            '\xff', '\u0100', '\ud7ff', '\ue000', '\uffff', '\U00010000', '\U0010ffff',
            'a\u0100', 'a' * 7 + '\xff', 'a' * 20 + '\u20ac', 'a' * 20 + '\U0001f600',
            '\U0001f600' * 3 + 'a', 'caf\xe9', '\u65e5\u672c\u8a9e', '\U0001d11e']
    # Lone surrogates are UCS-2 code points (a string of them is UCS-2, or
    # UCS-4 next to an astral character).
    out += ['\ud800', '\udfff', 'a\udc00b', '\udc00\ud800', 'x\ud83d', '\ud83dy\ude00',
            '\udfff' * 5 + 'z', '\ud800\U0001f600', '\U0001f600\udc00', 'abc\udbff']
    for _ in range(40):
        n = rng.randint(1, 30)
        s = ''.join(rng.choice([rng.choice(ALPHABETS['ascii']), chr(rng.randint(0xd800, 0xdfff)),
                                rng.choice(ALPHABETS['bmp']), rng.choice(ALPHABETS['astral'])])
                    for _ in range(n))
        if not has_pair(s):
            out.append(s)
    # Longer than the hash module's 64 KiB scratch buffer, in each kind.
    out.append(random_str(70000, 'ascii') + '\xe9')
    out.append(random_str(33000, 'bmp'))
    out.append(random_str(17000, 'astral'))
    assert not any(has_pair(s) for s in out)
    return out


def bytes_values():
    out = [bytes(range(n)) for n in range(41)]
    out += [bytes(rng.getrandbits(8) for _ in range(n)) for n in list(range(1, 41)) + [100, 1000, 5000]]
    out += [b'\xff' * 8, b'\x00' * 8, b'\x00', b'\xff']
    return out


# ---------------------------------------------------------------- numbers

def int_values():
    M = (1 << 61) - 1
    out = list(range(-10, 11))
    for base in (2 ** 31, 2 ** 32, 2 ** 53, M, 2 ** 61, 2 ** 62, 2 ** 63, 2 ** 64, 2 * M, 3 * M):
        for d in (-2, -1, 0, 1, 2):
            out += [base + d, -(base + d)]
    out += [-(M + 1), M - 1, 10 ** 18, 10 ** 30, -10 ** 30, 10 ** 100, -(10 ** 100), 7 ** 500]
    for bitlen in (8, 16, 30, 31, 52, 53, 54, 60, 64, 100, 200, 1000):
        for _ in range(6):
            v = rng.getrandbits(bitlen)
            out += [v, -v]
    return out


def float_values():
    xs = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, -2.0, 1.5, 0.1, 1 / 3, -1 / 3, 3.14159, 1e-300, 1e300,
          -1e300, 1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308,
          2.0 ** 52, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 60, 2.0 ** 61, -2.0 ** 61, 2.0 ** 62,
          2.0 ** 63, 2.0 ** 64, 2.0 ** -61, -2.0 ** -61, 2.0 ** -1, 123456789.123, 1e16, 1e22,
          float(2 ** 61 - 1), 9007199254740993.0, -9007199254740991.0, math.inf, -math.inf]
    xs += [2.0 ** e for e in range(-80, 80)]
    for _ in range(150):
        xs.append(from_bits('%016x' % rng.getrandbits(64)))
        xs.append(rng.uniform(-1e6, 1e6))
        xs.append(float(rng.randint(-10 ** 20, 10 ** 20)))
    return [x for x in xs if not math.isnan(x)]


def addresses():
    out = [0, 8, 16, 24, 1, 15, 2 ** 32, 2 ** 32 + 8, 2 ** 53 - 8, 2 ** 53 - 1, 0x7f1234567890]
    out += [rng.getrandbits(48) & ~7 for _ in range(20)]
    out += [rng.getrandbits(53) for _ in range(10)]
    return out


def nan_cases():
    cases = []
    for addr in addresses():
        cases.append([addr, str(hash_double(addr, math.nan))])
    # The same through real objects: hash(nan) is the hash of its address.
    for x in (float('nan'), -float('nan'), from_bits('7ff0000000000001'), math.inf - math.inf):
        cases.append([id(x), str(hash(x))])
    return cases


def complex_cases():
    parts = [0.0, -0.0, 1.0, -1.0, 0.5, 1e300, -2.0 ** 61, math.inf, -math.inf, math.nan, 1 / 3]
    zs = [complex(a, b) for a in parts for b in parts]
    zs += [complex(-1000004.0, 1.0), complex(-1000002.0, -1.0)]  # combine to -1 (-> -2)
    zs += [complex(rng.uniform(-1e9, 1e9), rng.uniform(-1e9, 1e9)) for _ in range(30)]
    return [[bits(z.real), bits(z.imag), id(z), str(hash(z))] for z in zs]


# ---------------------------------------------------------------- containers

def encode(v):
    if isinstance(v, bool) or isinstance(v, int):
        return ['int', str(int(v))]
    if isinstance(v, float):
        return ['float', bits(v)]
    if isinstance(v, str):
        return ['str', v]
    if isinstance(v, bytes):
        return ['bytes', v.hex()]
    if isinstance(v, complex):
        return ['complex', bits(v.real), bits(v.imag)]
    if isinstance(v, tuple):
        return ['tuple', [encode(x) for x in v]]
    if isinstance(v, frozenset):
        return ['frozenset', [encode(x) for x in v]]
    if isinstance(v, Hashed):
        return ['hash', str(hash(v))]
    raise TypeError(type(v))


def random_atom():
    return rng.choice([
        lambda: rng.randint(-1000, 1000),
        lambda: rng.getrandbits(80) - (1 << 79),
        lambda: rng.uniform(-100, 100),
        lambda: random_str(rng.randint(0, 12), rng.choice(list(ALPHABETS))),
        lambda: bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 10))),
        lambda: complex(rng.randint(-5, 5), rng.uniform(-5, 5)),
        lambda: Hashed(signed64(rng.getrandbits(64)) or 1),
    ])()


def random_tree(depth):
    if depth == 0 or rng.random() < 0.4:
        return random_atom()
    items = [random_tree(depth - 1) for _ in range(rng.randint(0, 5))]
    if rng.random() < 0.6:
        return tuple(items)
    return frozenset(items)


XXPRIME_1 = 11400714785074694791
XXPRIME_2 = 14029467366897019727
XXPRIME_5 = 2870177450012600261


def tuple_lane_for_minus_one():
    """An item hash h such that the 1-tuple's accumulator ends at 2**64 - 1,
    so CPython must answer its special constant (found by running tuplehash
    backwards; the expected hash itself still comes from hash())."""
    acc = (-1 - (1 ^ (XXPRIME_5 ^ 3527539))) & MASK64
    acc = acc * pow(XXPRIME_1, -1, 1 << 64) & MASK64
    acc = ((acc >> 31) | (acc << 33)) & MASK64
    return signed64((acc - XXPRIME_5) * pow(XXPRIME_2, -1, 1 << 64))


def frozenset_item_for_minus_one():
    """An item hash that makes a 1-element frozenset's hash 2**64 - 1 before
    CPython's final special case, by running frozenset_hash backwards."""
    h = (-1 - 907133923) * pow(69069, -1, 1 << 64) & MASK64
    x = h  # invert h ^= (h >> 11) ^ (h >> 25) by fixed-point iteration
    for _ in range(64):
        x = h ^ (x >> 11) ^ (x >> 25)
    x ^= (2 * 1927868237) & MASK64
    y = x * pow(3644798167, -1, 1 << 64) & MASK64  # y = (h ^ 89869747) ^ (h << 16)
    y ^= 89869747
    g = y  # invert g ^ (g << 16)
    for _ in range(4):
        g = (y ^ (g << 16)) & MASK64
    return signed64(g)


def tuple_values():
    out = [(), (0,), (1,), (-1,), (1, 2), (1, 2, 3), ('a',), ('a', 'b'), ((),), ((), ()),
           (((),),), (1, (2, (3, (4,)))), (frozenset(),), (1.5, 'x', b'y', 2j),
           tuple(range(50)), tuple(str(i) for i in range(20)), (2 ** 61 - 1, -(2 ** 61)),
           (Hashed(tuple_lane_for_minus_one()),)]
    out += [random_tree(4) for _ in range(120)]
    return [t for t in out if isinstance(t, tuple)]


def frozenset_values():
    out = [frozenset(), frozenset({0}), frozenset({1}), frozenset({-1}), frozenset({1, 2, 3}),
           frozenset({'a', 'b', 'c'}), frozenset({frozenset()}), frozenset({(), frozenset({()})}),
           frozenset(range(100)), frozenset({2 ** 64, -2 ** 64, 1.5}),
           frozenset({Hashed(frozenset_item_for_minus_one())})]
    out += [frozenset(random_tree(3) for _ in range(rng.randint(0, 12))) for _ in range(80)]
    return out


def main():
    pointer_cases = [[a, str(hash_pointer(a))] for a in addresses()]
    for o in (object(), object(), None, main, type, Hashed):
        pointer_cases.append([id(o), str(hash(o))])
    cases = {
        'str': [[s, str(hash(s))] for s in str_values()],
        'bytes': [[b.hex(), str(hash(b))] for b in bytes_values()],
        'int': [[str(v), str(hash(v))] for v in int_values()],
        'float': [[bits(x), str(hash(x))] for x in float_values()],
        'nan': nan_cases(),
        'pointer': pointer_cases,
        'complex': complex_cases(),
        'tuple': [[encode(t), str(hash(t))] for t in tuple_values()],
        'frozenset': [[encode(f), str(hash(f))] for f in frozenset_values()],
    }
    text = json.dumps(cases, ensure_ascii=False, separators=(',', ':'))
    # UTF-8 cannot carry lone surrogates: only they are written as escapes.
    text = re.sub('[\ud800-\udfff]', lambda m: '\\u%04x' % ord(m.group()), text)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(text + '\n')
    print(OUT, {k: len(v) for k, v in cases.items()})


if __name__ == '__main__':
    main()
