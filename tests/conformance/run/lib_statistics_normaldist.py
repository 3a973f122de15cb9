# statistics.NormalDist basics.
from statistics import NormalDist, StatisticsError

n = NormalDist(100, 15)
print(n, n.mean, n.median, n.mode, n.stdev, n.variance)
print(n.cdf(130), n.pdf(100), n.zscore(85), round(n.cdf(100), 6))
print(n + 5, n * 2, 2 * n, n / 3, -n, +n, n - NormalDist(0, 20), n + NormalDist(10, 20), 10 - n)
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), n == NormalDist(100, 15), n == NormalDist(), hash(n) == hash(NormalDist(100, 15)))
print(NormalDist().samples(3, seed=42), len(NormalDist(5, 1).samples(10)))
for f in [lambda: NormalDist(0, -1), lambda: NormalDist(0, 0).pdf(0), lambda: NormalDist(0, 0).cdf(0), lambda: NormalDist.from_samples([1])]:
    try:
        f()
    except StatisticsError as e:
        print("StatisticsError", e)
