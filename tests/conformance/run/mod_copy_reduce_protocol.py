# copy through the reduce protocol: __getstate__/__setstate__, __getnewargs__, __reduce__, copyreg.
import copy
import copyreg

class State:
    def __init__(self, v):
        self.v = v
        self.cache = "expensive"
    def __getstate__(self):
        print("getstate")
        return {"v": self.v}
    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)
        self.cache = None

s = copy.deepcopy(State([1, 2]))
print(s.v, s.cache)

class Frozen(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __getnewargs__(self):
        return tuple(self)
f = copy.copy(Frozen(1, 2))
print(f, type(f).__name__)

class Reduced:
    def __init__(self, n):
        self.n = n
    def __reduce__(self):
        print("reduce")
        return (Reduced, (self.n + 1,))
print(copy.copy(Reduced(1)).n, copy.deepcopy(Reduced(10)).n)

class Sub(list):
    pass
l = Sub([1, [2]])
l.tag = "t"
l2 = copy.deepcopy(l)
print(l2, type(l2).__name__, l2.tag, l2[1] is l[1])

class D(dict):
    pass
print(copy.copy(D(a=1)), type(copy.copy(D())).__name__)

class Money:
    def __init__(self, cents):
        self.cents = cents
copyreg.pickle(Money, lambda m: (print("copyreg reducer"), (Money, (m.cents,)))[1])
print(copy.copy(Money(5)).cents)

class Holder:
    def method(self):
        return self
h = Holder()
m = copy.deepcopy(h.method)
print(m.__self__ is h, type(m.__self__).__name__)
print(copy.copy(complex(1, 2)), copy.deepcopy([1.5, "s", None, True]))
