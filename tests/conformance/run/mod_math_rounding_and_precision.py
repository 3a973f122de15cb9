# math: floor/ceil/trunc semantics, fsum precision, isclose tolerances, constants.
import math
for x in (2.5, -2.5, 3.0, -0.5, 1e20):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x))
print(math.fsum([0.1, 0.2, 0.3]), sum([0.1, 0.2, 0.3]), math.fsum([1e16, 1.0, -1e16]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1, rel_tol=0.1), math.isclose(0.0, 1e-12))
print(math.isclose(0.0, 1e-12, abs_tol=1e-11), math.inf > 1e308, -math.inf < -1e308)
print(math.copysign(0.0, -1), math.fabs(-0.0), math.sqrt(0.0), math.sqrt(-0.0))
print(math.pi * 2 == math.tau, round(math.e, 10), math.exp(math.log(10)))
print(math.nextafter(0.0, 1.0), math.ulp(2.0 ** 52), math.floor(-0.0), math.ceil(-0.5))
