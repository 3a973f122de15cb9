# Sorting edge cases: key=None, reverse stability, mixed numeric types, tuples.
data = [(2, "b"), (1, "b"), (2, "a"), (1, "a")]
print(sorted(data, key=None), sorted(data, key=lambda t: t[0], reverse=True))
print(sorted([3, 1.5, True, -2, 0.0, 2 ** 60]), sorted([[2], [1, 5], [1]]))
print(sorted(["b", "B", "a", "A"]), sorted(["b", "B", "a", "A"], key=str.casefold))
print(sorted(range(10), key=lambda x: x % 3), sorted("Mississippi", reverse=True))
nan = float("nan")
print(sorted([3, nan, 1]) == sorted([3, nan, 1]), len(sorted([nan, 1, 2])))
items = [{"n": 2}, {"n": 1}]
try:
    sorted(items)
except TypeError as e:
    print("TypeError:", e)
print(sorted(items, key=lambda d: d["n"]))
a = [5, 2, 9]
a.sort(key=lambda x: -x)
print(a)
