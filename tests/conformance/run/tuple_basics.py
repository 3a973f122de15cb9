# tuple: construction, indexing, slicing, methods, immutability.
t = (1, "two", 3.0, [4])
print(t, t[1], t[-1], t[1:3], t[::-1], len(t), (), (1,), tuple("ab"), tuple([1, 2]))
print(t.count(1), t.index("two"), (1, 2, 1).count(1), (1, 2, 3).index(3, 1))
t[3].append(5)
print(t)
for op in (lambda: t.__setitem__(0, 1), lambda: t[10], lambda: (1,).index(2), lambda: t + [1],
           lambda: t.append(1), lambda: tuple(5)):
    try:
        op()
    except (TypeError, IndexError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0))
print(1 in t, (1, 2) in [(1, 2)], tuple(), tuple(()), tuple(range(3)))
a = (1, 2)
a += (3,)
print(a)
print(repr((1,)), repr(()), str((1, "a")), ((),), ((1, 2),))
