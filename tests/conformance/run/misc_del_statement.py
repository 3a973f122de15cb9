# del on names, items, slices, attributes; deleting twice fails.
x = 1
del x
lst = [0, 1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.attr = 1
del o.attr
print(vars(o))
a, b = 1, 2
del a, b
for stmt in ("del x", "del d['zz']", "del o.attr", "del lst[10]"):
    try:
        exec(stmt)
    except (NameError, KeyError, AttributeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
del (lst[0]), [d["b"]]
print(lst, d)
