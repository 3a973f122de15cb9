# range holds arbitrary ints: length, indexing, slicing, membership and
# reversal stay exact past 2**63, and the iterator type says which one CPython picks.
big = range(2 ** 64)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(big[2 ** 63], big[-1], big[10:2 ** 63:2 ** 60], 2 ** 63 in big, big.index(2 ** 62))
print(big.count(2 ** 70), bool(big), big == range(0, 2 ** 64, 1), hash(big) == hash(range(2 ** 64)))
wide = range(-2 ** 70, 2 ** 70, 2 ** 68)
print(wide, len(wide), wide[3], wide[-2:], list(wide)[:3])
print(list(range(2 ** 60, 2 ** 60 + 3)), list(reversed(range(2 ** 63 - 2, 2 ** 63 + 1))))
print(range(10 ** 20, 10 ** 20 + 5)[2], range(0, 10 ** 20, 10 ** 19)[-1])
for r in (range(5), range(2 ** 62), range(2 ** 63), range(-2 ** 63, 0), range(-2 ** 63 - 1, 0)):
    print(type(iter(r)).__name__, type(reversed(r)).__name__)
it = iter(range(2 ** 63, 2 ** 63 + 3))
print(next(it), it.__length_hint__(), list(it))
print(range(10)[::10 ** 30], range(10)[10 ** 30:], range(10)[-10 ** 30:], range(10)[::-10 ** 30])
print(range(0, 2 ** 64, 3).index(3 * 10 ** 18), 3 * 10 ** 18 + 1 in range(0, 2 ** 64, 3))
print(range(5, -5, -2), list(range(5, -5, -2)), range(5, -5, -2)[1:3], -3 in range(5, -5, -2))
print(range(-3, 3)[True], range(7).index(True), range(7).count(False), 2.0 in range(3))
try:
    range(3).index(2.5)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
