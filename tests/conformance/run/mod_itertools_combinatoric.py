# itertools: product, permutations, combinations, combinations_with_replacement.
import itertools as it
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(3), 0)), list(it.combinations("a", 2)))
print(list(it.combinations_with_replacement("ab", 3)))
print(list(it.product()), list(it.product([], [1])), list(it.permutations([])))
print(sum(1 for _ in it.product(range(4), repeat=3)))
print(["".join(p) for p in it.permutations("cab")])
# Combinations come out in lexicographic order of positions.
print(list(it.combinations([3, 1, 2], 2)))
print(len(list(it.combinations(range(10), 5))))
