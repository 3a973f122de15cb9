# Exact functions: fsum, hypot, integer functions and the float decompositions.
import math

print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([math.inf, 1.0]), math.fsum(range(10)))
print(math.fsum([math.nan, 1.0]), math.fsum([-0.0]), math.fsum([2.0 ** 53, 1.0, 1.0]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4, 12), math.hypot(math.inf, math.nan))
print(math.hypot(*[1.1] * 20), math.dist([1, 2, 3], [4, 5, 6]), math.dist((1.5,), (-2.5,)))
print(math.factorial(0), math.factorial(25), len(str(math.factorial(1000))))
print(math.comb(50, 25), math.comb(10 ** 20, 2), math.comb(5, 7), math.perm(20), math.perm(52, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(2 ** 120 + 5), math.isqrt(10 ** 50))
print(math.gcd(), math.gcd(-12), math.gcd(2 ** 80, 6 ** 40), math.gcd(0, 0, 5), math.lcm(), math.lcm(0, 5))
print(math.lcm(2 ** 40, 3 ** 20, 10), math.gcd(True, 4), type(math.gcd(True)))
print(math.frexp(0.0), math.frexp(-1e-310), math.frexp(math.inf), math.ldexp(1.5, -1075))
print(math.modf(-3.0), math.modf(math.inf), math.modf(-0.5), math.copysign(2, -math.nan))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2), math.remainder(1e300, 3))
print(math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5, math.inf), math.nextafter(0, -1))
print(math.ulp(0), math.ulp(-1e300), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.log(2 ** 10000), math.log10(10 ** 400), math.log2(2 ** 5000 + 1), math.log(10 ** 400, 10))
print(math.prod([1.5, 2, 3]), math.prod(range(1, 21)), math.prod([], start=2.5), math.prod([2, 'ab']))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.trunc(3.9), math.floor(-0.5), math.ceil(-0.5), math.floor(2 ** 70), math.ceil(True))

class Num:
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
    def __trunc__(self): return 'trunc'
    def __float__(self): return 2.5

print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()), math.isfinite(Num()))
