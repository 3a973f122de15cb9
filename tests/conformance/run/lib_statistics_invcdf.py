# NormalDist.inv_cdf (all three ranges of AS 241), quantiles, overlap, and
# the module's private helpers other code relies on.
import statistics
from statistics import NormalDist, StatisticsError
from decimal import Decimal

Z = NormalDist()
for p in (0.5, 0.3, 0.075, 0.925, 0.01, 0.99, 1e-5, 1 - 1e-5, 1e-20, 2.0 ** -60):
    print(p, Z.inv_cdf(p), NormalDist(100, 15).inv_cdf(p))
print(Z.quantiles(), NormalDist(10, 2).quantiles(5), Z.quantiles(1))
print(NormalDist(0, 2).overlap(NormalDist(1, 2)))
print(NormalDist(0, 1).overlap(NormalDist(1, 2)), NormalDist(1, 2).overlap(NormalDist(0, 1)))
for bad in (0.0, 1.0, -0.5, 2):
    try:
        Z.inv_cdf(bad)
    except StatisticsError as e:
        print('StatisticsError', e)
for call in (lambda: NormalDist(1, 0).inv_cdf(0.5), lambda: NormalDist(1, 0).overlap(Z),
             lambda: Z.overlap(3)):
    try:
        call()
    except (StatisticsError, TypeError) as e:
        print(type(e).__name__, e)
print(statistics._normal_dist_inv_cdf(0.2, 5.0, 3.0))
print([statistics._isfinite(x) for x in (1, 2.5, float('inf'), float('nan'), Decimal('NaN'), Decimal(3))])
print([statistics._integer_sqrt_of_frac_rto(n, m) for n, m in ((16, 1), (17, 1), (10, 3), (100, 7))])
