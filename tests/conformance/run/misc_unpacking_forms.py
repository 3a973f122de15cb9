# Unpacking: star targets, nesting, in for loops, and the errors.
a, *b, c = range(6)
print(a, b, c)
(x, y), [z, *w] = "ab", [1, 2, 3]
print(x, y, z, w)
first, *_ = "hello"
*_, last = "hello"
print(first, last)
for i, (k, *rest) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, rest)
p = q = r = 0
p, q = q, p = 1, 2
print(p, q)
for target, value in [("a, b, c", [1, 2]), ("a, b", [1, 2, 3]), ("a, *b, c, d", "ab"),
                      ("a, b", 7), ("[a] ", [])]:
    try:
        exec(f"{target} = value")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
d = {"x": 1, "y": 2}
k1, k2 = d
print(k1, k2, *d.values(), *d.items())
