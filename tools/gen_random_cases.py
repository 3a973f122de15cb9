"""Write tests/common/random_cases.json and tests/common/digest_cases.json
from CPython 3.11's random and hashlib modules.

Each random case holds two results. `want` comes from Lib/random.py's own
code run with correctly rounded log, exp, cos, sin, acos and ** (mpmath at
200 bits), which is what pyheap computes; `cpython` records, where it
differs, what CPython printed with glibc's math, which misrounds about one
input in a thousand.

Values travel as tagged strings so that nothing is lost in JSON:
"i:<decimal>" for ints, "f:<16 hex digits of the IEEE bits>" for floats,
"b:<hex>" for bytes, "e:<Type>:<message>" for a raised exception; lists
stay lists. Seeds are {"int": "..."}, {"str": "..."}, {"bytes": "<hex>"} or
{"hash": "..."} (the hash a float seed is reduced to), with a "version".
The correctly rounded math values come from mpmath at 200 bits.

Run: python3 tools/gen_random_cases.py
"""
import hashlib
import inspect
import json
import re
import textwrap
import math
import os
import random
import struct
import sys

import mpmath

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'common', 'random_cases.json')
DIGEST_OUT = os.path.join(ROOT, 'tests', 'common', 'digest_cases.json')


mpmath.mp.prec = 200


def cr(v):
    """An mpmath value rounded once to the nearest double. Through 70 decimal
    digits, because mpmath's own to_float rounds twice below the normal range."""
    return float(mpmath.libmp.to_str(v._mpf_, 70))


def cr_unary(math_f, mp_f):
    def f(x):
        result = math_f(x)  # CPython's exceptions and special values
        return cr(mp_f(mpmath.mpf(x))) if math.isfinite(result) and math.isfinite(x) else result
    return f


def cr_pow(x, y):
    result = x ** y  # float_pow's exceptions and special cases
    if x > 0 and x != 1 and math.isfinite(x) and math.isfinite(y) and y != 0:
        return cr(mpmath.power(mpmath.mpf(x), mpmath.mpf(y)))
    return result


class CRRandom(random.Random):
    """random.Random with Lib/random.py's methods recompiled against
    correctly rounded math functions."""


def _recompile_with_cr_math():
    namespace = dict(vars(random))
    cr_log = cr_unary(math.log, mpmath.log)
    namespace.update(_log=lambda x, *base: cr_log(x) / cr_log(*base) if base else cr_log(x),
                     _exp=cr_unary(math.exp, mpmath.exp),
                     _cos=cr_unary(math.cos, mpmath.cos), _sin=cr_unary(math.sin, mpmath.sin),
                     _acos=cr_unary(math.acos, mpmath.acos), _pow=cr_pow)
    for name in ('sample', 'normalvariate', 'gauss', 'lognormvariate', 'expovariate', 'vonmisesvariate',
                 'gammavariate', 'betavariate', 'paretovariate', 'weibullvariate'):
        source = textwrap.dedent(inspect.getsource(getattr(random.Random, name)))
        # The float ** of gammavariate, paretovariate and weibullvariate.
        source = re.sub(r'(\(-_log\(u\)\)|\w+) \*\* (\([^()]*\))', r'_pow(\1, \2)', source)
        exec(source, namespace)
        setattr(CRRandom, name, namespace[name])
    # The module constants computed with glibc are the correctly rounded ones.
    log, exp = namespace['_log'], namespace['_exp']
    assert random.NV_MAGICCONST == 4 * exp(-0.5) / math.sqrt(2.0)
    assert random.LOG4 == log(4.0) and random.SG_MAGICCONST == 1.0 + log(4.5)


_recompile_with_cr_math()


def enc(v):
    if isinstance(v, bool) or v is None:
        return v
    if isinstance(v, int):
        return 'i:%d' % v
    if isinstance(v, float):
        return 'f:' + struct.pack('>d', v).hex()
    if isinstance(v, (bytes, bytearray)):
        return 'b:' + bytes(v).hex()
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, str):
        return 's:' + v
    raise TypeError(v)


def call(f, *args, **kwargs):
    try:
        return enc(f(*args, **kwargs))
    except Exception as e:
        return 'e:%s:%s' % (type(e).__name__, e)


SEEDS = [
    ({'int': '0'}, 0), ({'int': '1'}, 1), ({'int': '42'}, 42), ({'int': str(2 ** 40)}, 2 ** 40),
    ({'int': '-5'}, -5), ({'int': str(10 ** 30)}, 10 ** 30), ({'int': str(2 ** 32)}, 2 ** 32),
    ({'int': str(2 ** 64 - 1)}, 2 ** 64 - 1), ({'int': str(-(2 ** 53) - 7)}, -(2 ** 53) - 7),
    ({'str': 'hello'}, 'hello'), ({'bytes': b'bytes'.hex()}, b'bytes'), ({'str': 'ünïcode'}, 'ünïcode'),
    ({'str': ''}, ''), ({'bytes': ''}, b''), ({'str': 'a\U0001f600b'}, 'a\U0001f600b'),
    ({'bytes': '00000001'}, bytes([0, 0, 0, 1])),
    ({'hash': str(hash(1.5))}, 1.5), ({'hash': str(hash(-1.5))}, -1.5), ({'hash': str(hash(1e300))}, 1e300),
]
VERSION1_SEEDS = [({'str': 'hello', 'version': 1}, 'hello'), ({'bytes': b'bytes'.hex(), 'version': 1}, b'bytes'),
                  ({'str': 'ünï\U0001f600', 'version': 1}, 'ünï\U0001f600'), ({'str': '', 'version': 1}, '')]

# (method, args, kwargs, repetitions) run in order on one freshly seeded generator.
GROUPS = {
    'random': [('random', (), {}, 20)],
    'getrandbits': [('getrandbits', (k,), {}, 3) for k in (0, 1, 5, 31, 32, 33, 53, 54, 64, 100, 1000)],
    'randrange': [('randrange', a, {}, 5) for a in [
        (10,), (1, 7), (0, 100, 7), (100, 0, -3), (-5, 5), (0, 2 ** 32), (0, 2 ** 32 + 1), (0, 2 ** 40),
        (0, 2 ** 53), (0, 2 ** 53 + 1), (0, 2 ** 64), (10 ** 30,), (-10 ** 20, 10 ** 20, 3), (5, 1000, 2 ** 40),
        (0, 10, -1), (10, 0, -1), (1, 2), (2 ** 60, 2 ** 60 + 5)]],
    'randint': [('randint', a, {}, 5) for a in [(1, 6), (-10 ** 18, 10 ** 18), (0, 2 ** 100), (7, 7)]],
    'randbytes': [('randbytes', (n,), {}, 2) for n in (0, 1, 3, 4, 5, 16, 33)],
    # What Random subclasses with their own random() but no getrandbits() use.
    'randbelow_without_getrandbits': [('_randbelow_without_getrandbits', (n,), {}, 5)
                                      for n in (1, 7, 1000, 2 ** 52 + 1, 2 ** 60, 10 ** 30)],
    'gauss': [('gauss', (), {}, 7), ('gauss', (5.0, 2.0), {}, 7), ('random', (), {}, 1), ('gauss', (), {}, 3)],
    'uniform': [('uniform', a, {}, 10) for a in [(0.0, 1.0), (-5.0, 10.0), (2.5, 2.5), (1e300, -1e300)]],
    'triangular': [('triangular', a, {}, 10) for a in [
        (), (0.0, 10.0), (0.0, 10.0, 2.0), (0.0, 1.0, 0.9), (10.0, 0.0, 3.0), (0.0, 1.0, 0.0)]],
    'normalvariate': [('normalvariate', a, {}, 20) for a in [(), (100.0, 15.0)]],
    'lognormvariate': [('lognormvariate', a, {}, 20) for a in [(0.0, 1.0), (1.0, 0.5), (-700.0, 30.0)]],
    'expovariate': [('expovariate', (a,), {}, 20) for a in (1.0, 0.1, 10.0, -2.0)],
    'vonmisesvariate': [('vonmisesvariate', a, {}, 20) for a in [(0.0, 0.0), (1.0, 0.5), (0.0, 4.0), (3.0, 100.0),
                                                                 (-2.0, 1.0)]],
    'gammavariate': [('gammavariate', a, {}, 20) for a in [
        (0.5, 1.0), (1.0, 2.0), (2.5, 1.0), (9.0, 0.5), (0.01, 1.0), (200.0, 1.0), (0.9, 3.0)]],
    'betavariate': [('betavariate', a, {}, 20) for a in [(2.0, 5.0), (0.5, 0.5), (30.0, 0.1)]],
    'paretovariate': [('paretovariate', (a,), {}, 20) for a in (1.0, 3.0, 0.5, 0.001)],
    'weibullvariate': [('weibullvariate', a, {}, 20) for a in [(1.0, 1.0), (2.0, 0.5), (1.0, 5.0), (3.0, 0.01)]],
}


def run_group(seed, version, steps):
    """Each step: [method, args, want, {index: CPython's result where it differs}]."""
    out = []
    rng, cpython = seeded(seed, version), seeded(seed, version, random.Random)
    for name, args, kwargs, times in steps:
        want = [call(getattr(rng, name), *args, **kwargs) for _ in range(times)]
        seen = [call(getattr(cpython, name), *args, **kwargs) for _ in range(times)]
        out.append([name, enc(list(args)), want, {i: c for i, (w, c) in enumerate(zip(want, seen)) if w != c}])
    return out


def sequence_cases(rng):
    """choice, shuffle, sample and choices on ranges (the results are the
    chosen indices), each from its own fresh seed by the caller."""
    cases = {}
    cases['choice'] = [[n, [call(rng.choice, range(n)) for _ in range(5)]] for n in (1, 2, 10, 1000, 2 ** 33)]
    shuffles = []
    for n in (0, 1, 2, 10, 52, 300):
        x = list(range(n))
        rng.shuffle(x)
        shuffles.append([n, x])
    cases['shuffle'] = shuffles
    cases['sample'] = [[enc(n), enc(k), call(rng.sample, range(n), k)] for n, k in [
        (10, 3), (10, 10), (10, 0), (100, 5), (1000, 10), (10 ** 9, 6), (30, 25), (2 ** 62, 3), (21, 5),
        (22, 5), (45, 6), (46, 6), (85, 7), (86, 7), (200, 150), (2000, 700)]]
    counted = []
    for counts, k in [([3, 2, 1], 4), ([10 ** 6, 10 ** 6], 10), ([2 ** 62, 2 ** 62 - 1], 5), ([0, 5, 0, 2], 7),
                      ([1, -1, 3], 2)]:
        counted.append([enc(counts), k, call(rng.sample, range(len(counts)), k, counts=counts)])
    cases['sample_counts'] = counted
    cases['choices'] = [
        [5, 10, None, None, call(rng.choices, range(5), k=10)],
        [0, 0, None, None, call(rng.choices, range(0), k=0)],
        [4, 10, enc([1.0, 2.0, 3.0, 4.0]), None, call(rng.choices, range(4), [1, 2, 3, 4], k=10)],
        [3, 10, enc([0.1, 0.2, 0.7]), None, call(rng.choices, range(3), [0.1, 0.2, 0.7], k=10)],
        [4, 10, None, enc([1, 3, 6, 10]), call(rng.choices, range(4), cum_weights=[1, 3, 6, 10], k=10)],
        [2, 6, None, enc([2 ** 60, 2 ** 61]), call(rng.choices, range(2), cum_weights=[2 ** 60, 2 ** 61], k=6)],
        [3, 8, enc([0.0, 1.0, 0.0]), None, call(rng.choices, range(3), [0.0, 1.0, 0.0], k=8)],
        [3, -2, None, None, call(rng.choices, range(3), k=-2)],
    ]
    return cases


def seeded(seed, version=2, cls=CRRandom):
    rng = cls()
    rng.seed(seed, version=version)
    return rng


def seed_cases():
    import warnings
    warnings.simplefilter('ignore', UserWarning)  # randbelow_warning() records it
    out = []
    for spec, value in SEEDS + VERSION1_SEEDS:
        version = spec.get('version', 2)
        rng = seeded(value, version)
        entry = {'seed': spec, 'state': enc(list(rng.getstate()[1])), 'groups': {}}
        for gname, steps in GROUPS.items():
            entry['groups'][gname] = run_group(value, version, steps)
        entry['sequences'] = sequence_cases(seeded(value, version))
        rng = seeded(value, version)
        for _ in range(400):
            rng.random()
        rng.gauss()
        entry['state_after'] = enc(list(rng.getstate()[1]))
        entry['gauss_next_after'] = enc(rng.getstate()[2])
        out.append(entry)
    return out


def error_cases():
    """Each: [method, args, kwargs, result, random() after] from seed 0."""
    rows = [
        ('randrange', (0, 0), {}), ('randrange', (0,), {}), ('randrange', (-3,), {}), ('randrange', (5, None, 2), {}),
        ('randrange', (5, None, 1), {}), ('randrange', (0, 10, 0), {}), ('randrange', (10, 0, 2), {}),
        ('randrange', (2 ** 70, 5), {}), ('randint', (5, 3), {}),
        ('getrandbits', (-1,), {}), ('getrandbits', (2 ** 31,), {}), ('getrandbits', (-2 ** 31 - 1,), {}),
        ('getrandbits', (2 ** 70,), {}), ('randbytes', (-1,), {}), ('randbytes', (2 ** 28,), {}),
        ('sample', (range(2), 3), {}), ('sample', (range(2), -1), {}),
        ('sample', (range(2), 1), {'counts': [1]}), ('sample', (range(2), 1), {'counts': [0, 0]}),
        ('sample', (range(2), 1), {'counts': [2 ** 63, 0]}), ('sample', (range(2), 3), {'counts': [1, 1]}), ('sample', (range(0), 0), {'counts': []}),
        ('choice', (range(0),), {}),
        ('choices', (range(2), [1]), {}), ('choices', (range(2), [1, 2]), {'cum_weights': [1, 2]}),
        ('choices', (range(2), [0, 0]), {}), ('choices', (range(2), [1.0, float('inf')]), {}),
        ('choices', (range(2), [1.0, float('nan')]), {}), ('choices', (range(0), []), {'k': 1}),
        ('choices', (range(2),), {'cum_weights': [1, 10 ** 400]}), ('choices', (range(2), [-1, -2]), {}),
        ('gammavariate', (0.0, 1.0), {}), ('gammavariate', (1.0, -1.0), {}), ('expovariate', (0.0,), {}),
        ('paretovariate', (0.0,), {}), ('weibullvariate', (1.0, 0.0), {}), ('lognormvariate', (800.0, 1.0), {}),
    ]
    out = []
    for name, args, kwargs in rows:
        rng = seeded(0)
        # Populations travel as their lengths, as the TS API takes them.
        shown = [len(a) if isinstance(a, range) else a for a in args]
        out.append([name, enc(shown), {k: enc(v) for k, v in kwargs.items()},
                    call(getattr(rng, name), *args, **kwargs), enc(rng.random())])
    return out


def setstate_cases():
    """Each: [state given to setstate, result, random() afterwards or None]."""
    base = seeded(7)
    for _ in range(3):
        base.random()
    good = list(base.getstate()[1])
    rows = [
        [3, good, 0.25], [3, good[:-1] + [624], None], [3, good[:-1] + [0], None],
        [2, [x - 2 ** 32 if i % 2 else x + 2 ** 40 for i, x in enumerate(good)], None],
        [3, good[:-1], None], [3, good[:-1] + [625], None], [3, good[:-1] + [-1], None],
        [3, [-1] + good[1:], None], [3, [2 ** 64] + good[1:], None], [3, [2 ** 40 + 5] + good[1:], None],
        [3, good[:-1] + [2 ** 70], None], [4, good, None], [1, good, None],
    ]
    out = []
    for version, internal, gauss_next in rows:
        rng = seeded(0)
        result = call(rng.setstate, (version, tuple(internal), gauss_next))
        after = [rng.random(), rng.getstate()[2], rng.gauss()] if result is None else [rng.getstate()[2]]
        out.append([version, enc(internal), enc(gauss_next), result, enc(after)])
    return out


def randbelow_warning():
    """The warning of _randbelow_without_getrandbits for n >= 2**53."""
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        seeded(0)._randbelow_without_getrandbits(2 ** 53)
    return [[w.category.__name__, str(w.message)] for w in caught]


def deprecation_cases():
    """randrange with floats: [args, warnings, result]."""
    import warnings
    out = []
    for args in [(1.0,), (1.5,), (0, 2.5), (0, 2, 1.5), (0.0, 10.0), (0, 10, 2.0)]:
        rng = seeded(3)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            result = call(rng.randrange, *args)
        out.append([enc(list(args)), [[w.category.__name__, str(w.message)] for w in caught], result])
    return out


def libm_cases():
    """Inputs across the ranges the variates use, CPython's math results, and
    the correctly rounded values."""
    rng = random.Random(20240611)
    rows = {'log': [], 'exp': [], 'cos': [], 'sin': [], 'acos': [], 'pow': []}
    specials = {
        'log': [1.0, 2.0, 0.5, 1 - 2 ** -53, 1 + 2 ** -52, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
                math.sqrt(2), math.sqrt(2) - 2 ** -52, 4.0, 4.5],
        'exp': [0.0, -0.0, 1.0, -0.5, 709.78, -708.0, -720.5, -744.0, -745.1, 1e-300, -1e-20, 700.0],
        'cos': [0.0, math.pi, math.pi / 2, math.pi / 4, 3 * math.pi / 2, math.tau - 2 ** -50, 1e-9],
        'sin': [0.0, -0.0, math.pi, math.pi / 2, math.tau - 2 ** -50, 3.0, 1e-9],
        'acos': [1.0, -1.0, 0.0, 0.5, -0.5, 1 - 2 ** -53, -1 + 2 ** -53, 0.5 + 2 ** -53, 1e-17, 0.9999999],
    }
    for name, xs in specials.items():
        for x in xs:
            rows[name].append([enc(x), enc(getattr(math, name)(x)), enc(cr(getattr(mpmath, name)(mpmath.mpf(x))))])
    for _ in range(1000):
        u = rng.random()
        x = 1.0 - u
        rows['log'].append([enc(x), enc(math.log(x)), enc(cr(mpmath.log(mpmath.mpf(x))))])
        x = math.ldexp(0.5 + u / 2, rng.randrange(-1070, 1020))
        rows['log'].append([enc(x), enc(math.log(x)), enc(cr(mpmath.log(mpmath.mpf(x))))])
        x = (rng.random() - 0.5) * 40
        rows['exp'].append([enc(x), enc(math.exp(x)), enc(cr(mpmath.exp(mpmath.mpf(x))))])
        x = rng.random() * math.tau
        rows['cos'].append([enc(x), enc(math.cos(x)), enc(cr(mpmath.cos(mpmath.mpf(x))))])
        rows['sin'].append([enc(x), enc(math.sin(x)), enc(cr(mpmath.sin(mpmath.mpf(x))))])
        x = rng.random() * 2 - 1
        rows['acos'].append([enc(x), enc(math.acos(x)), enc(cr(mpmath.acos(mpmath.mpf(x))))])
        x, y = rng.random(), (rng.random() - 0.5) * 20
        rows['pow'].append([enc(x), enc(y), enc(x ** y), enc(cr(mpmath.power(mpmath.mpf(x), mpmath.mpf(y))))])
    return rows


def pattern(n):
    return bytes((i * 7 + 3) & 255 for i in range(n))


def digest_cases():
    algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
    lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120, 127, 128, 129, 255, 256, 1000, 1 << 20]
    whole = []
    for alg in algs:
        h = hashlib.new(alg)
        whole.append([alg, h.name, h.digest_size, h.block_size,
                      hashlib.new(alg, b'abc').hexdigest(),
                      [[n, hashlib.new(alg, pattern(n)).hexdigest()] for n in lengths]])
    chunks = [1, 2, 61, 64, 65, 127, 128, 129, 300, 5]
    data = pattern(sum(chunks))
    incremental = []
    for alg in algs:
        h = hashlib.new(alg)
        steps, pos = [], 0
        for size in chunks:
            h.update(data[pos:pos + size])
            pos += size
            steps.append(h.hexdigest())
        copied = h.copy()
        copied.update(b'more')
        h.update(b'other')
        incremental.append([alg, steps, copied.hexdigest(), h.hexdigest()])
    return {'chunks': chunks, 'whole': whole, 'incremental': incremental,
            'unsupported': call(hashlib.new, 'foo')}


def main():
    cases = {
        'seeds': seed_cases(),
        'errors': error_cases(),
        'setstate': setstate_cases(),
        'deprecations': deprecation_cases(),
        'randbelow_warning': randbelow_warning(),
        'libm': libm_cases(),
    }
    with open(OUT, 'w') as f:
        json.dump(cases, f, ensure_ascii=False, separators=(',', ':'))
        f.write('\n')
    with open(DIGEST_OUT, 'w') as f:
        json.dump(digest_cases(), f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
