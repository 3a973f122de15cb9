# Keeping a list sorted with bisect, and range counting.
import bisect
scores = []
for s in [55, 90, 72, 90, 61, 100, 72]:
    bisect.insort(scores, s)
print(scores)
def count_between(a, lo, hi):
    return bisect.bisect_right(a, hi) - bisect.bisect_left(a, lo)
print(count_between(scores, 60, 90), count_between(scores, 91, 99), count_between(scores, 0, 1000))
def index_of(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError(f"{x} not found")
print(index_of(scores, 72))
try:
    index_of(scores, 73)
except ValueError as e:
    print("ValueError:", e)
words = sorted(["pear", "apple", "fig"])
bisect.insort_right(words, "banana")
print(words, bisect.bisect_left(words, "c"), bisect.bisect_right([1.0, 2.0], 2))
