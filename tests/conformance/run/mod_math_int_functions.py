# math functions on big ints and exact integer results.
import math
print(math.factorial(50))
print(math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
print(math.comb(100, 50), math.perm(20, 10))
print(math.gcd(2 ** 100, 6 ** 50), math.lcm(2 ** 70, 3 ** 40))
print(math.log2(2 ** 1000), math.log(10 ** 500), math.log10(10 ** 400))
print(math.floor(1e20), math.ceil(-1e20), type(math.floor(2.5)).__name__)
print(math.trunc(2 ** 80 + 0.0) == 2 ** 80, math.sqrt(2 ** 100))
print(math.gcd(), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(), math.lcm(0, 5))
print(math.prod(range(1, 21)) == math.factorial(20), math.fsum([1e100, 1, -1e100, 1]))
print(math.isclose(1e-10, 0, abs_tol=1e-9), math.copysign(1, -0.0))
