# Transcendental functions print all 17 digits: each must have glibc's last bit.
import math

xs = [0.1, 0.5, 0.7, 1.0, 1.5, 2.0, 2.5, 3.0, 7.25, 10.0, 33.3, 100.0, 700.5]
for name in ['exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sinh', 'cosh', 'tanh',
             'asinh', 'erf', 'erfc', 'cbrt', 'sqrt', 'atan', 'sin', 'cos', 'tan']:
    f = getattr(math, name)
    print(name, [f(x) for x in xs])
for x in [-0.9, -0.5, -0.1, 0.1, 0.3, 0.5, 0.99]:
    print(x, math.atanh(x), math.asin(x), math.acos(x), math.exp2(x * 10))
for x in [1.0, 1.1, 2.0, 10.0, 171.5]:
    print(x, math.acosh(x), math.lgamma(x), math.gamma(x))
for x in [-2.5, -0.5, 0.25, 3.7, 20.5, 150.3]:
    print(x, math.gamma(x), math.lgamma(x))
for y, x in [(1, 2), (-1, 2), (1, -2), (-1, -2), (0.0, -1), (-0.0, -1), (3, 0)]:
    print(y, x, math.atan2(y, x))
for b, e in [(2, 0.5), (10, -3), (1.1, 100), (-2, 3), (2, 1023), (0.5, 1074), (7, 1 / 3)]:
    print(b, e, math.pow(b, e))
print(math.sin(1e22), math.cos(1e22), math.tan(1e300), math.sin(2.0 ** 1000))
print(math.exp(-745.1), math.exp(709.7), math.exp2(-1074), math.expm1(1e-10), math.log1p(-1e-17))
print(math.degrees(1), math.radians(180), math.hypot(1e200, 1e200), math.hypot(3e-320, 4e-320))
