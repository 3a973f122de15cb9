# inf and nan: construction, arithmetic, comparisons, repr.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("-NaN"), float(" nan "))
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / inf, 1 / inf, -1 / inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 1e308, -inf < -1e308)
print(inf == inf, inf == float("inf"), [nan] == [nan], nan in [nan])
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(max(1.0, nan), max(nan, 1.0), min(inf, 5), sorted([3.0, -inf, inf, 0.0]))
print(hash(inf), hash(-inf), hash(nan) == hash(nan))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1e308))
print(int(1e18), float(10 ** 18), round(1e18 + 0.5))
