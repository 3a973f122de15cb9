# itertools: accumulate, chain, compress, dropwhile, takewhile, filterfalse,
# groupby, islice, pairwise, starmap, tee, zip_longest.
import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print([(k, list(g)) for k, g in it.groupby("aaabccaa")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 2, None, 2)), list(it.islice(range(10), 3)), list(it.islice("ab", 5, 9)))
print(list(it.pairwise("abcd")), list(it.starmap(pow, [(2, 3), (3, 2)])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
try:
    list(it.islice("a", -1))
except ValueError as e:
    print("ValueError:", e)
