# statistics functions accept any iterable: generators, ranges, tuples, sets and dict views.
import statistics as st
from fractions import Fraction

print(st.mean(x * x for x in range(10)), st.mean(range(1, 101)), st.fmean(iter([1.5, 2.5])), st.median((5, 1, 4)))
print(st.variance(range(10)), st.pvariance({1, 2, 3, 4}), st.stdev((x / 2 for x in range(8))), st.mode(iter("mississippi")))
d = {"a": 3, "b": 1, "c": 2}
print(st.mean(d.values()), st.median(d.keys()), st.multimode(d.values()), st.median_low(sorted(d)), st.quantiles(d.values(), n=2))
print(st.harmonic_mean(iter([1, 2, 4])), st.harmonic_mean([Fraction(1, 2), Fraction(1, 4)], weights=[1, 3]), st.fmean(range(5), weights=range(5)))
print(st.geometric_mean(range(1, 6)), st.median_grouped(iter([2, 2, 3, 4])), st.pstdev(iter([2, 4, 4, 4, 5, 5, 7, 9])))
print(st.correlation(list(range(5)), [2, 4, 6, 8, 10.5]), st.covariance((1, 2, 3), (3, 2, 1)), st.linear_regression(range(4), [1, 3, 5, 7]))
try:
    st.correlation(range(3), range(3))
except TypeError as e:
    print("TypeError", e)
print(st.mean([]) if False else "ok", st.variance([Fraction(1), 2, 3.0]), type(st.variance([Fraction(1), 2])).__name__)
