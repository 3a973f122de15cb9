# statistics averages: mean, fmean, geometric/harmonic mean, medians, modes.
import statistics as S
from fractions import Fraction as F
from decimal import Decimal as D

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(S.mean([1, 2, 3, 4, 4]), S.mean([1, 2, 3]), S.mean(data), S.mean([F(3, 7), F(1, 21), F(5, 3), F(1, 3)]))
print(S.mean([D("0.5"), D("0.75"), D("0.625"), D("0.375")]), S.mean([1e50, 1, -1e50] * 1000), S.mean([True, False]), S.mean(iter([1, 2])))
print(S.fmean([3.5, 4.0, 5.25]), S.fmean([1, 2, 3], weights=[3, 1, 1]), S.fmean(x for x in range(5)))
print(S.geometric_mean([54, 24, 36]), S.harmonic_mean([40, 60]), S.harmonic_mean([40, 60], weights=[5, 30]), S.harmonic_mean([2, 0]))
print(S.median([1, 3, 5]), S.median([1, 3, 5, 7]), S.median_low([1, 3, 5, 7]), S.median_high([1, 3, 5, 7]), S.median([F(1, 2), F(1, 3)]))
print(S.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), S.median_grouped([52, 52, 53, 54], interval=2), S.median_low(["a", "c", "b"]))
print(S.mode([1, 1, 2, 3, 3, 3, 3, 4]), S.mode(["red", "blue", "blue", "red", "green", "red", "red"]), S.mode("aabbc"))
print(S.multimode("aabbbbccddddeeffffgg"), S.multimode(""), S.multimode([1, 2, 3]))
for f in [lambda: S.mean([]), lambda: S.median([]), lambda: S.mode([]), lambda: S.harmonic_mean([-1, 2]),
          lambda: S.mean([1, "a"]), lambda: S.geometric_mean([0, 1]), lambda: S.fmean([]),
          lambda: S.fmean([1, 2], weights=[1]), lambda: S.harmonic_mean([])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
