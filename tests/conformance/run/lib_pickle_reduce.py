# Custom reductions: __reduce_ex__, state setters, list and dict items, copyreg.pickle, __getnewargs_ex__.
import copyreg
import pickle


class Tagged:
    def __init__(self, tag, items):
        self.tag, self.items = tag, items

    def __reduce_ex__(self, proto):
        return (Tagged, (self.tag, []), None, iter(self.items), None)

    def append(self, x):
        self.items.append(x)


class Bag(dict):
    def __reduce__(self):
        return (Bag, (), {"note": "n"}, None, iter(self.items()))


class KW:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


class Plain:
    def __init__(self, v):
        self.v = v

copyreg.pickle(Plain, lambda p: (Plain, (p.v * 10,)))
t = pickle.loads(pickle.dumps(Tagged("t", [1, 2])))
print(pickle.dumps(Tagged("t", [1, 2])), t.tag, t.items)
b = Bag(a=1)
print(pickle.dumps(b), pickle.loads(pickle.dumps(b)), pickle.loads(pickle.dumps(b)).__dict__)
print(pickle.dumps(KW(size=3)), pickle.loads(pickle.dumps(KW(size=3))).size, pickle.loads(pickle.dumps(KW(size=4), 2)).size)
print(pickle.dumps(Plain(2)), pickle.loads(pickle.dumps(Plain(2))).v)
del copyreg.dispatch_table[Plain]


def set_state(obj, state):
    obj.from_setter = state


class Setter:
    def __reduce__(self):
        return (Setter, (), {"x": 1}, None, None, set_state)


s = pickle.loads(pickle.dumps(Setter(), 5))
print(s.from_setter, pickle.dumps(KW(size=5), 4)[-20:], pickle.dumps(Setter(), 5)[-30:])
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print(str(e).split(" at ")[0])
