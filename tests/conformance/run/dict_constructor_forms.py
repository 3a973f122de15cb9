# The ways to build a dict and dict comprehensions.
print(dict(a=1, b=2), dict([("a", 1), ["b", 2]]), dict({"a": 1}, b=2), dict(zip("ab", [1, 2])))
print(dict(), {}, dict(dict(x=1)), {**{"a": 1}, "b": 2, **{"a": 3}})
print({k: v for k, v in [("a", 1), ("b", 2)]}, {i: i * i for i in range(4) if i % 2})
print({x: y for x in "ab" for y in "12"})
print(dict.fromkeys(range(3), "v"), {1: "a", 1.0: "b", True: "c"})
print({"a": 1} | {"b": 2}, {"a": 1} | {"a": 3})
d = {"a": 1}
d |= {"c": 3}
d |= [("d", 4)]
print(d)
for op in (lambda: dict(1), lambda: dict(["ab", "c"]), lambda: {[1]: 2}, lambda: {"a": 1} | [("b", 2)]):
    try:
        op()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
