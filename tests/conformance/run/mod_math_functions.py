# math: the common functions and constants.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.isqrt(99), math.cbrt(27), math.exp(1), math.expm1(1e-10))
print(math.log(100), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.sin(math.pi / 6), math.cos(0), math.tan(math.pi / 4), math.atan2(1, 1), math.asin(1), math.acos(0))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.floor(-1.5), math.ceil(-1.5), math.trunc(-1.5), math.fabs(-3), math.copysign(3, -0.0))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18, 30), math.lcm(4, 6, 10))
print(math.fmod(-7, 3), math.remainder(7, 3), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.pow(2, 0.5))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1), math.isinf(-math.inf), math.isnan(math.nan))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.erf(1), math.erfc(1), math.gamma(5), math.lgamma(10))
