# Iteration builtins: enumerate, zip (strict), map, filter, reversed, sorted, iter, next.
print(list(enumerate("abc")), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip("a", "b", "c")))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(pow, [2, 3], [3, 2])), list(map(str.upper, "ab")))
print(list(filter(None, [0, 1, "", "x", None])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(sorted([3, 1, 2], reverse=True), sorted("bca"))
it = iter([10, 20])
print(next(it), next(it), next(it, None))
print(all(x > 0 for x in [1, 2]), any(x > 1 for x in [0, 1]))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
