# repr of lists: nesting, recursion, and the items' own reprs.
a = [1, "two", 3.0, None, True, [4, [5]], (6,), {7: 8}, {9}, b"x", 1j]
print(a)
print(str(a) == repr(a), len(repr([])), repr([[]]))
r = [1]
r.append(r)
print(r, len(r))
r2 = [[]]
r2[0].append(r2)
print(r2)
class Item:
    def __repr__(self):
        return "Item!"
    def __str__(self):
        return "never used in list repr"
print([Item(), Item()], str([Item()]))
print(list(), list("ab"), list(range(3)), list({"k": 1}), list((1,)))
