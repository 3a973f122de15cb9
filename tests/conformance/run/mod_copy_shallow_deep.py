# copy.copy and copy.deepcopy: containers, cycles, memo, user classes.
import copy

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(5)
print(shallow, deep)
print(shallow[1] is nested[1], deep[1] is nested[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
d2 = copy.deepcopy(t2)
print(d2 == t2, d2 is t2, d2[1] is t2[1])
cyc = [1]
cyc.append(cyc)
c = copy.deepcopy(cyc)
print(c[1] is c, c is cyc)
memo = {}
a = [1, 2]
pair = [a, a]
b = copy.deepcopy(pair, memo)
print(b[0] is b[1], id(a) in memo)
print(copy.copy({1, 2}), copy.copy(frozenset({3})), copy.deepcopy({"a": (1, [2])}))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point([1], 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.x is p.x, r.x is p.x, type(r).__name__)

class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = [1]
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, "b"))

class Custom:
    def __init__(self):
        self.log = []
    def __copy__(self):
        print("__copy__ called")
        return "shallow!"
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return "deep!"
print(copy.copy(Custom()), copy.deepcopy([Custom()]))
print(copy.copy(len) is len, copy.deepcopy(Point) is Point, copy.Error.__mro__[1].__name__)
