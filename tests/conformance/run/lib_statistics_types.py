# statistics keeps the type of the data: ints, floats, Fractions and Decimals, and mixes of them.
import statistics as S
from fractions import Fraction as F
from decimal import Decimal as D

for data in [[1, 2, 3, 4], [1, 2, 3, 4, 5], [1.5, 2.5, 3.25], [F(1, 3), F(1, 6), F(1, 2)], [D("1.10"), D("2.20"), D("3.35")],
             [1, 2.5, 3], [F(1, 2), 3], [D("1.5"), 2], [True, False, True]]:
    print(type(S.mean(data)).__name__, S.mean(data), S.median(data), S.variance(data), S.pvariance(data), S.stdev(data))
for data in [[1, 1, 2, 3, 3], ["x", "y", "x"], [1.0, 1, True]]:
    print(S.mode(data), S.multimode(data))
print(S.mean([1e100, 1, -1e100]), S.fmean([1e100, 1, -1e100]), S.mean([F(10 ** 30, 3), F(-10 ** 30, 3), F(1, 7)]))
print(S.median_grouped([1, 3, 3, 5, 7], interval=2), S.median_grouped([D(1), D(2), D(2)]), S.median_high("abcd"))
print(S.quantiles([F(1), F(2), F(3), F(4)]), S.quantiles([D(1), D(2), D(5), D(9)], n=3), S.quantiles(range(1, 101), n=4))
print(S.harmonic_mean([F(1, 2), F(1, 3)]), S.harmonic_mean([2.5, 3, 10]), S.geometric_mean([1, 10, 100]))
print(S.correlation([1, 2, 3, 4], [2, 4, 5, 9]), S.covariance([1.5, 2.5], [3, 1]), S.linear_regression([0, 1, 2], [1, 3, 5]))
