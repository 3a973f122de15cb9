# functools.singledispatch: MRO and ABC-based dispatch, annotations, registry, singledispatchmethod.
from functools import singledispatch, singledispatchmethod
from collections import abc

@singledispatch
def describe(obj):
    return f"object {type(obj).__name__}"
@describe.register
def _(obj: int):
    return "int"
describe.register(abc.Sequence, lambda obj: "sequence")
describe.register(abc.Mapping, lambda obj: "mapping")
describe.register(list, lambda obj: "list")
describe.register(float, lambda obj: "float")
print([describe(x) for x in (1, True, 2.5, "s", (1,), [1], {}, set(), None)])
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry), describe.__name__)

class Sized:
    def __len__(self):
        return 0
describe.register(abc.Sized, lambda obj: "sized")
print(describe(Sized()), describe(set()), describe({}))
class Both(abc.Sized, abc.Container):
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False
describe.register(abc.Container, lambda obj: "container")
class Neither:
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False
print(describe(Both()))
try:
    describe(Neither())
except RuntimeError as e:
    print("RuntimeError:", e)
for bad in (lambda: describe(), lambda: describe.register(3, len), lambda: describe.register(abs)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"? {arg!r}"
    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"
    @fmt.register(str)
    def _(self, arg):
        return f"str {arg}"
    @singledispatchmethod
    @classmethod
    def kind(cls, arg):
        return cls.__name__
print(Formatter().fmt(3), Formatter().fmt("x"), Formatter().fmt(1.5), Formatter.kind(1))
