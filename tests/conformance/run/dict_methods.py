# Every method of dict.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("z", "default"), d)
print(d.setdefault("a", 100), d.setdefault("n", []), d)
d.update({"x": 9}, y=8)
d.update([("z", 7)])
print(d)
print(d.popitem(), d.popitem(), d)
e = d.copy()
e.clear()
print(d, e, dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
for op in (lambda: d["missing"], lambda: d.pop("missing"), lambda: {}.popitem(),
           lambda: d.update(1), lambda: d.update([1, 2]), lambda: dict([("a", 1, 2)])):
    try:
        op()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
