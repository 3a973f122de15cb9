# del statements, star-unpacking into lists, list() of generators.
a = list(range(8))
del a[0], a[-1]
print(a)
del a[::2], a[0]
print(a)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, *mid, y = range(5)
print(first, rest, init, last, x, mid, y)
combined = [*rest, *"xy", *range(2), *{"k": 1}]
print(combined)
print([*[], *()], [i for i in range(3)], list(i * 2 for i in range(3)))
*empty, = []
print(empty, [*"a"])
