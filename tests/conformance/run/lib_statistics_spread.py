# statistics spread and relations: variance, stdev, quantiles, covariance, correlation, regression.
import statistics as S
from fractions import Fraction as F
from decimal import Decimal as D

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(S.variance(data), S.variance(data, S.mean(data)), S.variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")]))
print(S.variance([F(1, 6), F(1, 2), F(5, 3)]), S.variance([1, 2, 3, 4]), S.variance([1, 2, 3]), S.variance([1, 2, float("inf")]))
print(S.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), S.pvariance([D("27.5"), D("30.25"), D("34.5")]), S.pvariance([F(1, 4), F(5, 4), F(1, 2)]))
print(S.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), S.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), S.stdev([D("1.5"), D("2.5"), D("2.75")]))
print(S.stdev([1, 2, 3, 4, 5]), S.pstdev([F(1, 3), F(2, 3)]), S.pstdev([5]), S.stdev(range(100)))
scores = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91]
print(S.quantiles(scores, n=10), S.quantiles([1, 2, 3, 4, 5], n=4, method="inclusive"), S.quantiles([1.5, 2, 10], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(S.covariance(x, y), S.covariance(x, z), S.correlation(x, x), S.correlation(x, z), S.correlation(x, y))
print(S.linear_regression(x, y), S.linear_regression([1, 2, 3], [2, 4, 7], proportional=True), S.linear_regression(x, z).slope)
for f in [lambda: S.variance([1]), lambda: S.pstdev([]), lambda: S.quantiles([1]), lambda: S.quantiles([1, 2], n=0),
          lambda: S.quantiles([1, 2], method="x"), lambda: S.correlation([1, 1], [1, 2]), lambda: S.covariance([1], [1, 2]),
          lambda: S.linear_regression([1, 1], [1, 2]), lambda: S.stdev([1])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
