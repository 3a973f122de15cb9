# Iterating ranges: for loops, reversed, zip, enumerate, negative steps.
total = 0
for i in range(1, 101):
    total += i
print(total)
print([i for i in range(10, 0, -3)], [i for i in range(-3, 3)])
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8), 1)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(sum(range(10 ** 6)), max(range(-5, 5)), min(range(3, 9, 2)))
print(list(range(0, -10, -4)), list(range(5, 5)), list(range(5, 4)))
for i in range(3):
    pass
print(i)
r = range(5)
print(r[2:], r[:-1], r[::2][1], r[10:20], list(r[-2:]))
