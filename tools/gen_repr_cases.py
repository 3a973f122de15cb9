"""Write tests/common/repr_cases.json: inputs and CPython 3.11's repr() of them.

Floats travel as the 16 hex digits of their IEEE bits (exact, and NaN signs
survive); bytes as hex; str as JSON text, which carries lone surrogates as
\\udxxx escapes. Run: python3 tools/gen_repr_cases.py
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'common', 'repr_cases.json')
rng = random.Random(3117)


def bits(x):
    return struct.pack('>d', x).hex()


def from_bits(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def special_floats():
    xs = [0.0, -0.0, math.inf, -math.inf, math.nan, from_bits('fff8000000000000'),
          1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1.5, 123.456, 3.14159,
          5e-324, -5e-324, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
          2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1074, 2.0 ** -1022, 1e22, 1e23,
          9007199254740993.0, 123456789012345678.0, 0.000123, 1234567890123456.7]
    for e in range(-30, 30):
        for m in (1.0, 1.5, 9.999999999999999, 1.2345678901234567, 9.5):
            x = m * 10.0 ** e
            xs += [x, -x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    for e in range(-330, 310, 7):
        xs.append(float('1e%d' % e))
    return xs


def random_floats(n):
    xs = []
    for _ in range(n):
        xs.append(from_bits('%016x' % rng.getrandbits(64)))  # any bit pattern
        xs.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 8)))  # short decimals
        xs.append(rng.random() * 10.0 ** rng.randint(-20, 20))
        xs.append(float(rng.randint(-10 ** 18, 10 ** 18)))
        xs.append(from_bits('%016x' % rng.getrandbits(52)))  # subnormals
    return xs


def has_pair(s):
    # Two adjacent lone surrogates read back in JS as one astral code point.
    return any('\ud800' <= a <= '\udbff' and '\udc00' <= b <= '\udfff' for a, b in zip(s, s[1:]))


def random_char():
    kind = rng.randrange(9)
    if kind == 0:
        return chr(rng.randrange(0x20))
    if kind == 1:
        return rng.choice('\'"\\\x7f ')
    if kind == 2:
        return chr(rng.randrange(0x20, 0x7f))
    if kind == 3:
        return chr(rng.randrange(0x80, 0x100))
    if kind == 4:
        return chr(rng.randrange(0x100, 0x10000))
    if kind == 5:
        return chr(rng.randrange(0xd800, 0xe000))
    if kind == 6:
        return chr(rng.randrange(0x10000, 0x110000))
    if kind == 7:
        return chr(rng.choice([0x85, 0xa0, 0xad, 0x2028, 0x3000, 0xfeff, 0xfffd, 0xe000, 0xf0000,
                               0x1f600, 0xe0001, 0x10ffff, 0x200b]))
    return chr(rng.randrange(0x0, 0x3000))


def str_cases():
    out = ['', "'", '"', '\'"', 'a\'b"c', "it's", 'say "hi"', '\\', '\\n', 'a\tb\nc\rd',
           '\x00\x1f\x7f\x80\x9f\xa0\xad\xff', 'caf\xe9', '\u20ac', '\U0001f600', '\ud800',
           '\udfff', '\udc00\ud800', 'x\ud83d', '\U00010000\U0010ffff', '\u2028\u2029',
           '\u0378\u0379', '\ue000', '\U000e0001', '\U000f0000', 'print("x")', "'" * 3 + '"']
    out += [chr(cp) for cp in range(0x400)]
    out += [chr(rng.randrange(0x110000)) for _ in range(800)]
    for _ in range(700):
        out.append(''.join(random_char() for _ in range(rng.randint(1, 12))))
    return [s for s in dict.fromkeys(out) if not has_pair(s)]


def bytes_cases():
    out = [b'', b"'", b'"', b'\'"', b'\\', b"it's", b'say "hi"', b'\x00\t\n\r\x7f\x80\xff']
    out += [bytes([c]) for c in range(256)]
    for _ in range(500):
        out.append(bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 16))))
        out.append(bytes(rng.choice(b'ab\'"\\ \t\n\r\x00~\x7f') for _ in range(rng.randint(1, 8))))
    return list(dict.fromkeys(out))


def int_cases():
    out = [0, 1, -1, 255, 256, -5, 2 ** 31, 2 ** 53, -(2 ** 53), 2 ** 63, 10 ** 21, 10 ** 100,
           -(3 ** 200)]
    out += [rng.randint(-10 ** 30, 10 ** 30) for _ in range(100)]
    return out


def main():
    floats = list({bits(x): x for x in special_floats() + random_floats(400)}.values())
    pool = [0.0, -0.0, 1.0, -1.0, 2.5, math.inf, -math.inf, math.nan, from_bits('fff8000000000000'),
            1e16, 1e-5, 1e300, 5e-324, 123456789.0, 0.1]
    complexes = [(a, b) for a in pool for b in pool]
    complexes += [(rng.choice(floats), rng.choice(floats)) for _ in range(600)]
    cases = {
        'float': [[bits(x), repr(x)] for x in floats],
        'complex': [[bits(a), bits(b), repr(complex(a, b))] for a, b in complexes],
        'str': [[s, repr(s)] for s in str_cases()],
        'bytes': [[b.hex(), repr(b)] for b in bytes_cases()],
        'int': [[str(v), repr(v)] for v in int_cases()],
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(cases, f, ensure_ascii=True, indent=0)
        f.write('\n')
    print(f'wrote {OUT}: ' + ', '.join(f'{len(v)} {k}' for k, v in cases.items()))


if __name__ == '__main__':
    main()
