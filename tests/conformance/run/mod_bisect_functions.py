# bisect: bisect_left/right, insort, with key (3.10+).
import bisect
a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 4), bisect.bisect_left(a, 0))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
print(a)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]))
bisect.insort(records, ("z", 4), key=lambda r: r[1])
print(records, bisect.bisect_right(a, 2, lo=0, hi=3))
try:
    bisect.bisect(a, 1, lo=-1)
except ValueError as e:
    print("ValueError:", e)
