# Tuple keys that tie on the first item: the later items decide, by value for
# ints, floats and strs, and through the full protocol for anything else.
nan = float("nan")
rows = [("a", 3, "x"), ("a", -1, "y"), ("a", 2 ** 70, "z"), ("a", -(2 ** 70), "w"), ("a", 3, "b")]
print(sorted(rows))
print(sorted([("k", 1.5), ("k", -0.0), ("k", 0.0), ("k", nan), ("k", -2.5), ("k", 1.5)]))
print(sorted([(0, "\U0001f600"), (0, "\uffff"), (0, "z"), (0, "é"), (0, "")]))
print(sorted([(1, 2.5), (1, 2), (1, True), (1, 3)]))


class Loud(int):
    def __lt__(self, other):
        print("  Loud.__lt__", int(self), int(other))
        return int.__lt__(self, other)


print(sorted([("p", Loud(3)), ("p", Loud(1)), ("p", Loud(2))]))
try:
    sorted([("q", 1), ("q", "one")])
except TypeError as e:
    print("TypeError:", e)
same = "shared"
print(sorted([(same, 2, same), (same, 1, same)], reverse=True))

