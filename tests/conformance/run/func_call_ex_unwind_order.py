# A call with * and ** parts that fails while unpacking them frees what it had built as
# CPython's stack unwinds: the keyword dict, then the positional list or tuple (last item first).
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Boom:
    def __iter__(self):
        yield Tracked("first")
        raise ValueError("boom")

class BadMap:
    def keys(self):
        return ["k", "j"]
    def __getitem__(self, k):
        if k == "j":
            raise KeyError(k)
        return Tracked("kv")

def f(*a, **k):
    return a

try:
    f(Tracked("held"), *Boom(), x=Tracked("kw"))
except ValueError as e:
    print("ValueError", e)
try:
    f(Tracked("a"), *[Tracked("b")], x=Tracked("x"), **BadMap())
except KeyError as e:
    print("KeyError", e)
try:
    f(*(Tracked("t1"), Tracked("t2")), **BadMap())
except KeyError as e:
    print("KeyError", e)
