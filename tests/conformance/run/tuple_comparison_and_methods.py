# Tuple comparisons are lexicographic and stop at the first difference.
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, "a") < (1, "b"), (1, 2) == (1.0, 2.0), (0, 0) <= (0, 0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
print((1, 2) < (2, "x"), max([(1, "z"), (2, "a"), (1, "zz")]))
nested = ((1, 2), (1, 3), (0, 9))
print(sorted(nested), min(nested), nested.index((1, 3)), nested.count((1, 2)))
t = tuple(range(5))
print(t[1:3], t[::-1], t * 2, len(t), sum(t), t[-1])
print(tuple(x * x for x in t), tuple("ab") + tuple([1]))
print(hash(t) == hash(tuple(range(5))), t.__len__(), (1,).__class__)
