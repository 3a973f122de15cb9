# Lists with builtins: len, sum, min, max, any, all, reversed, enumerate, zip.
a = [5, 3, 9, 1]
print(len(a), sum(a), min(a), max(a), any(a), all(a), all([]), any([]))
print(list(reversed(a)), list(enumerate(a, 1)), list(zip(a, "abcd")))
print(sorted(a), a, a[::-1], list(map(str, a)), list(filter(lambda x: x > 2, a)))
print(a.__len__(), a.__getitem__(1), a.__contains__(9), [].__class__.__name__)
it = reversed(a)
print(next(it), list(it), list(it))
print(sum([[1], [2, 3]], []), max([[1, 2], [1, 3]]), min(["b", "a"]))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(max([], default="empty"), min([2, 1], key=lambda x: -x))
