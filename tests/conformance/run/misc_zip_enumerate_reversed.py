# enumerate, zip (with strict=), map, filter and reversed: values, errors,
# and the reuse of the result tuple when nobody else holds it.
print(list(enumerate("ab", 2 ** 63 - 1)), list(enumerate("ab", start=-2)))
print(list(zip("abc", [1, 2], (True, None, 5))), list(zip()), list(zip("ab", "cd", strict=True)))
for args in (([1], []), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1], [1])):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
for bad in (lambda: zip([], x=1), lambda: zip([], strict=1, x=2), lambda: enumerate(),
            lambda: enumerate([], 1, 2), lambda: map(len), lambda: filter(len),
            lambda: reversed({1}), lambda: reversed(1, 2)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(reversed(range(3))), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.items())))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item" + str(i)


print(list(reversed(Seq())), list(Seq()), "item1" in Seq())
e = enumerate("xyz")
first = next(e)
first_id = id(first)
del first
second = next(e)
print(second, id(second) == first_id)
third = next(e)
print(third, third is second)
items = iter({"a": 1, "b": 2}.items())
a = next(items)
a_id = id(a)
del a
b = next(items)
print(b, id(b) == a_id)
n = [0]


def tick():
    n[0] += 1
    return n[0]


print(list(iter(tick, 4)), type(iter(tick, 0)).__name__)
