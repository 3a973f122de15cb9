# Wrong arguments and domain errors raise CPython's exception types and messages.
import math

calls = [
    "math.sin()", "math.sin(1, 2)", "math.sin(x=1)", "math.sin('a')", "math.atan2(1)",
    "math.pow(1)", "math.floor()", "math.isclose(1)", "math.isclose(1, 2, 3)", "math.log()",
    "math.log(1, 2, 3)", "math.hypot(x=1)", "math.gcd(1.5)", "math.gcd(x=1)",
    "math.factorial(1.5)", "math.factorial(-1)", "math.factorial(2 ** 70)", "math.comb(5)",
    "math.comb(-1, 2)", "math.comb(5, -1)", "math.perm(-1)", "math.perm(3, -1)",
    "math.isqrt(-1)", "math.ldexp(1.0, 1.5)", "math.fsum([1e308, 1e308])",
    "math.fsum([math.inf, -math.inf])", "math.fsum([1, 'a'])", "math.sqrt(-1)", "math.exp(1000)",
    "math.log(0)", "math.log(-1)", "math.log(10, 1)", "math.log(0.0)", "math.pow(0, -1)",
    "math.pow(10, 1000)", "math.pow(-8, 1 / 3)", "math.fmod(1, 0)", "math.trunc('a')",
    "math.floor('a')", "math.ceil(None)", "math.dist([1], [1, 2])", "math.dist(1, 2)",
    "math.prod([1, 2], 3)", "math.prod()", "math.nextafter(1)", "math.ulp()", "math.gamma(0)",
    "math.gamma(-1)", "math.lgamma(0)", "math.gamma(200)", "math.comb(2 ** 64, 2 ** 63)",
    "math.lcm(1.5)", "math.remainder(1, 0)", "math.atanh(1)", "math.acos(2)",
    "math.isclose(1, 2, rel_tol=-1)", "math.copysign(1)", "math.fsum(1)", "math.exp2(1024)",
    "math.expm1(1000)", "math.sinh(1000)", "math.cosh(-1000)", "math.log1p(-1)",
    "math.gamma(171.7)", "math.tan(math.inf)", "math.ceil(math.inf)", "math.floor(math.nan)",
    "math.trunc(math.inf)", "math.ldexp(1.0, 2000)", "math.log(-(2 ** 1000))", "math.sin(2 ** 1024)",
]
for c in calls:
    try:
        r = eval(c)
        print(c, '->', r)
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
