# itertools: count, cycle, repeat.
import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), list(it.repeat(0, 0)))
print(list(map(pow, range(5), it.repeat(2))))
c = it.count(5)
print(next(c), next(c), repr(c))
print(repr(it.repeat("a", 2)), list(zip(it.count(1), "xyz")))
cyc = it.cycle([])
print(list(cyc))
print(list(it.islice(it.count(1, 0.5), 3)))
