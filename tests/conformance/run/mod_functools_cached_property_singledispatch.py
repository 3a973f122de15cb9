# functools.cached_property, singledispatch and cmp_to_key.
import functools

class Data:
    def __init__(self, values):
        self.values = values
    @functools.cached_property
    def total(self):
        print("computing total")
        return sum(self.values)

d = Data([1, 2, 3])
print(d.total, d.total, "total" in vars(d))
del d.total
print(d.total)

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return f"list of {len(x)}"
print(describe(3), describe([1, 2]), describe("s"), describe(True))
print(sorted(t.__name__ for t in describe.registry))
key = functools.cmp_to_key(lambda a, b: len(a) - len(b))
print(sorted(["ccc", "a", "bb"], key=key))
