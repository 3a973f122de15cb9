# Walrus in comprehensions, comprehensions over generators.
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5])
print(y)
total = 0
print([total := total + x for x in data], total)
gen = (x for x in range(5))
print([x * 10 for x in gen if x % 2])
print([x * 10 for x in gen])
import itertools
print([list(g) for k, g in itertools.groupby("aabbbc")])
print(sum([x for x in range(101)]), sum(x for x in range(101)))
