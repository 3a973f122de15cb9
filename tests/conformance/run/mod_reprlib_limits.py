# reprlib: size-limited reprs and recursive_repr.
import reprlib

print(reprlib.repr(list(range(20))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr("x" * 100))
print(reprlib.repr(set(range(10))), reprlib.repr(frozenset()), reprlib.repr(set()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr(2 ** 200))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({"b": 1, "a": 2, 3: 0}))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = "<more>"
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr([[[1]]]))

class Broken:
    def __repr__(self):
        raise ValueError("no")
print(reprlib.repr(Broken()).startswith("<Broken instance at 0x"))

class Long:
    def __repr__(self):
        return "L" * 50
print(reprlib.repr(Long()), reprlib.aRepr.maxother)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
n = Node("root")
n.children.append(n)
n.children.append(Node("leaf"))
print(n)

class Other:
    @reprlib.recursive_repr("<cycle>")
    def __repr__(self):
        return f"Other({self.ref!r})"
o = Other()
o.ref = [o]
print(o, Other.__repr__.__name__, Other.__repr__.__qualname__)
