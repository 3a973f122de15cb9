# Tuple packing, unpacking, swaps and the unpacking errors.
t = 1, 2, 3
a, b, c = t
print(t, a, b, c)
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = t
print(first, rest, type(rest).__name__)
for target, value in [("a, b", (1, 2, 3)), ("a, b, c", (1, 2)), ("a, b", 5), ("a, *b, c", (1,))]:
    try:
        exec(f"{target} = value")
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def pair():
    return 1, 2
print(pair(), type(pair()).__name__)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
