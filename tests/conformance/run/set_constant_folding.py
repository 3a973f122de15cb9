# Set displays of constants are built from a folded frozenset constant.
print({3, 1, 2}, {10, 2 ** 3, -4, 1 << 5}, {"x", "y", "z", "w"})
print({(1, 2), (3,), -7, 2.5, -0.0}, {1 + 2, 3 * 4, 20 // 3, 17 % 5, ~6})
print({"ab" * 2, "a" + "b", "c"}, {True, 1, 2, 3}, {0, False, 0.0, 4})
for x in {40, 8, 16, 24}:
    print(x, end=" ")
print()
print([x for x in {33, 1, 65, 97}], {x * 2 for x in {5, 3, 9}})
print(5 in {1, 5, 9}, "q" not in {"a", "b"}, 1 < 2 in {True, 7})
n = 4
print({n, 1, 2}, {1, 2}, {2, 1}, {n * 8, 32 - 1, n})
print({2 ** 200, 2 ** 100, 3, 4}, {1.5 * 2, 7 / 2, 9, 10})
s = {64, 128, 0, 256}
s.add(512)
print(s, len({*range(3), 7}), {*"abc", "d"} == set("abcd"))
