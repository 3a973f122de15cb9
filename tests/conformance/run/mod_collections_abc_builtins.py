# collections.abc: the built-in types registered with the ABCs, __subclasshook__, match.
from collections import abc

print([isinstance(x, abc.Sequence) for x in ([], (), "s", range(3), {}, {1}, b"")])
print([isinstance(x, abc.Mapping) for x in ({}, [], abc.Mapping)])
print(isinstance({}.keys(), abc.KeysView), isinstance({}.items(), abc.Set), isinstance({}.values(), abc.Set))
print(isinstance(iter([]), abc.Iterator), isinstance((x for x in ()), abc.Generator), issubclass(list, abc.Reversible))
print(isinstance(len, abc.Callable), isinstance(1, abc.Hashable), isinstance([], abc.Hashable), issubclass(set, abc.MutableSet))

class Duck:
    def __len__(self):
        return 0
    def __iter__(self):
        return iter(())
    def __contains__(self, x):
        return False
print(isinstance(Duck(), abc.Sized), isinstance(Duck(), abc.Collection), isinstance(Duck(), abc.Container))
class Pair(abc.Sequence):
    def __getitem__(self, i):
        return (1, 2)[i]
    def __len__(self):
        return 2
class Table(abc.Mapping):
    def __getitem__(self, k):
        return {"y": 5}[k]
    def __iter__(self):
        return iter(["y"])
    def __len__(self):
        return 1
match Pair():
    case [first, *rest]:
        print("sequence", first, rest)
match Table():
    case {"y": y}:
        print("mapping", y)
class Virtual:
    pass
abc.Sequence.register(Virtual)
try:
    match Virtual():
        case []:
            print("never")
except TypeError as e:
    print("registered, matched as a sequence:", e)
try:
    abc.Sequence()
except TypeError as e:
    print(e)
