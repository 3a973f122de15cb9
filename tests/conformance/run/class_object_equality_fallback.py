# == falls back to identity; != inverts __eq__ unless __ne__ is defined.
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("Eq.__eq__")
        if not isinstance(other, Eq):
            return NotImplemented
        return self.v == other.v

a, b = Eq(1), Eq(1)
print(a == b)
print(a != b)
print(a == 1)
print(1 != a)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), [p] == [p], p in [Plain()])
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() in [1, 2], [AlwaysEq()].count(5), [1, 2].index(AlwaysEq()))
