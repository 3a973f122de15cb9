# User generic classes: Generic[...], parameters, substitution, __orig_bases__ and errors.
from typing import Generic, TypeVar, List, Dict, Tuple

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
class Pair(Generic[K, V]):
    pass
class IntBox(Box[int]):
    pass
class Both(Box[T], Pair[T, V]):
    pass
class ListBox(Box[List[T]]):
    pass

print(Box.__parameters__, Box[int], Box[int].__origin__, Box[int].__args__, Box[List[K]][str])
print(IntBox.__parameters__, IntBox.__orig_bases__, Both.__parameters__, Both[int, str], Pair[int, T][str])
print(ListBox.__parameters__, ListBox.__orig_bases__, ListBox[int], Box.__mro__)
print(Both.__mro__)
b = Box[int](3)
print(b.__orig_class__, b.item, type(b).__name__, Box(2).item, hasattr(Box(2), '__orig_class__'))
print(Box[int] == Box[int], Box[int] is Box[int], Box[int] == Box[str], Pair[int, str].__args__)

def attempt(make):
    try:
        make()
    except TypeError as e:
        print('TypeError:', e)
def two_generics():
    class Bad(Generic[T], Generic[K]):
        pass
def unlisted():
    class Bad(Box[T], Generic[K]):
        pass
def plain():
    class Bad(Generic):
        pass
for make in (lambda: Box[int, str], lambda: IntBox[int], lambda: Pair[int], two_generics,
             unlisted, plain, lambda: Generic[int], lambda: Generic[T, T], lambda: Generic[()],
             lambda: Generic[T][int], lambda: Box[int][str], lambda: isinstance(b, Box[int])):
    attempt(make)
