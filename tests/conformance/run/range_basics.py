# range: construction, len, indexing, slicing, containment, repr.
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]))
print(range(5), range(0, 5), range(5, 0, -1), list(range(5, 0, -2)), list(range(0)))
print(7 in r, 8 in r, 7.0 in r, "7" in r, r.index(11), r.count(15), r.count(16))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2])
print(r.start, r.stop, r.step, range(10).step, len(range(10, 0)), len(range(-5, 5, 3)))
print(hash(range(3)) == hash(range(0, 3, 1)), bool(range(0)), bool(range(1)))
for op in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: r[10], lambda: r.index(8),
           lambda: range(), lambda: r[1.0]):
    try:
        op()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
big = range(0, 10 ** 20, 3)
print(big[-1], 10 ** 19 in big, big[10 ** 18], big[2:5])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2 ** 64)[-1], reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))))
