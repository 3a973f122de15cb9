"""Write tests/common/libm_cases.json: what the C library CPython 3.11 calls
(glibc, through ctypes) returns for the functions src/common/libm.ts ports,
and the correctly rounded values (mpmath at 200 bits) for those libm.ts
computes correctly rounded instead of porting (sin, cos, tan, asin, acos,
atan, atan2).

Doubles travel as the 16 hex digits of their IEEE bits. Each function gets
special values and random arguments from the ranges where its algorithm
changes branch.

Run: python3 tools/gen_libm_cases.py
"""
import ctypes
import json
import math
import os
import random
import struct
import sys

import mpmath

assert sys.version_info[:2] == (3, 11), 'generate with CPython 3.11'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'common', 'libm_cases.json')
LIBM = ctypes.CDLL('libm.so.6')
mpmath.mp.prec = 200
random.seed(20231123)
N = 150


def bits(x):
    return struct.pack('>d', x).hex()


def c_function(name, nargs=1):
    f = getattr(LIBM, name)
    f.restype = ctypes.c_double
    f.argtypes = [ctypes.c_double] * nargs
    return f


def uniform(lo, hi, n=N):
    return [random.uniform(lo, hi) for _ in range(n)]


def logscale(lo, hi, n=N, signed=False):
    out = []
    for _ in range(n):
        x = math.exp(random.uniform(math.log(lo), math.log(hi)))
        out.append(-x if signed and random.random() < 0.5 else x)
    return out


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, 2.0, 5e-324, -5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, -1.7976931348623157e308, 1e-300, 1e-20, 0.1, 10.0, 100.0, 709.0, 710.0, -745.0]

# name: argument lists (unary functions unless noted)
PORTED = {
    'exp': uniform(-745, 710) + uniform(-1, 1) + uniform(700, 710, 50) + uniform(-746, -700, 50),
    'exp2': uniform(-1080, 1025) + uniform(-1, 1) + uniform(920, 1024, 50) + uniform(-1080, -1000, 50),
    'expm1': uniform(-40, 710) + uniform(-1, 1) + logscale(1e-20, 1e-5, 50, True),
    'log': logscale(5e-324, 1e308) + uniform(0.9, 1.1) + uniform(-1, 0, 20),
    'log2': logscale(5e-324, 1e308) + uniform(0.9, 1.1),
    'log10': logscale(5e-324, 1e308) + uniform(0.5, 2),
    'log1p': uniform(-0.999, 0.5) + uniform(0.41, 20) + logscale(1, 1e300, 100) + logscale(1e-20, 1e-5, 50, True),
    'sinh': uniform(-30, 30) + uniform(-1, 1) + uniform(700, 711, 50),
    'cosh': uniform(-30, 30) + uniform(-0.4, 0.4) + uniform(700, 711, 50),
    'tanh': uniform(-25, 25) + uniform(-1, 1),
    'asinh': logscale(1e-10, 1e300, N, True) + uniform(-3, 3),
    'acosh': logscale(1, 1e300) + uniform(1, 3) + uniform(0, 1, 20),
    'atanh': uniform(-1, 1) + uniform(-0.5, 0.5) + uniform(-2, 2, 20),
    'erf': uniform(-7, 7) + uniform(-1.3, 1.3),
    'erfc': uniform(-7, 30) + uniform(-1.3, 1.3),
    'cbrt': logscale(5e-324, 1e308, N, True) + uniform(-10, 10),
}
# Huge arguments test the exact reduction modulo pi/2.
HUGE = [1e22, -1e22, 1.7976931348623157e308, 2.0 ** 1000, 6381956970095103.0 * 2.0 ** 797]
ROUNDED = {
    'sin': (mpmath.sin, uniform(-10, 10) + logscale(1e-10, 1e300, N, True)),
    'cos': (mpmath.cos, uniform(-10, 10) + logscale(1e-10, 1e300, N, True)),
    'tan': (mpmath.tan, uniform(-10, 10) + logscale(1e-10, 1e300, N, True)),
    'asin': (mpmath.asin, uniform(-1, 1) + logscale(1e-20, 1, 100, True)),
    'acos': (mpmath.acos, uniform(-1, 1) + logscale(1e-20, 1, 100, True)),
    'atan': (mpmath.atan, uniform(-10, 10) + logscale(1e-20, 1e300, N, True)),
}


def rounded(f, *args):
    with mpmath.workprec(200):
        return float(f(*[mpmath.mpf(a) for a in args]))


def main():
    cases = {'ported': {}, 'rounded': {}}
    for name, args in PORTED.items():
        f = c_function(name)
        cases['ported'][name] = [[bits(x), bits(f(x))] for x in SPECIAL + args]
    for name, (mp, args) in ROUNDED.items():
        f = c_function(name)
        rows = []
        for x in (HUGE + args if name in ('sin', 'cos', 'tan') else args):
            want = rounded(mp, x)
            rows.append([bits(x), bits(want), bits(f(x))])
        cases['rounded'][name] = rows
    f = c_function('atan2', 2)
    rows = []
    for _ in range(N):
        y = random.uniform(-10, 10) * 10 ** random.randint(-5, 5)
        x = random.uniform(-10, 10) * 10 ** random.randint(-5, 5)
        rows.append([bits(y), bits(x), bits(rounded(mpmath.atan2, y, x)), bits(f(y, x))])
    cases['atan2'] = rows
    specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0]
    cases['atan2_special'] = [[bits(y), bits(x), bits(f(y, x))] for y in specials for x in specials]
    g = c_function('fma', 3)
    rows = []
    for _ in range(N):
        a = random.uniform(-2, 2) * 2.0 ** random.randint(-40, 40)
        b = random.uniform(-2, 2) * 2.0 ** random.randint(-40, 40)
        c = -a * b * (1 + random.uniform(-1e-12, 1e-12)) if random.random() < 0.5 else random.uniform(-1, 1)
        rows.append([bits(a), bits(b), bits(c), bits(g(a, b, c))])
    cases['fma'] = rows
    ld = LIBM.ldexp
    ld.restype = ctypes.c_double
    ld.argtypes = [ctypes.c_double, ctypes.c_int]
    rows = []
    for _ in range(N):
        x = random.uniform(-2, 2) * 2.0 ** random.randint(-1074, 1023)
        n = random.randint(-2200, 2200)
        rows.append([bits(x), n, bits(ld(x, n))])
    cases['ldexp'] = rows
    with open(OUT, 'w') as fp:
        json.dump(cases, fp, separators=(',', ':'))
        fp.write('\n')


main()
