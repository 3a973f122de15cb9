# types.GenericAlias is the type of list[int]: subclasses, substitution of
# type variables, pickling, dir(), __orig_class__; unions of aliases.
import copy, operator, pickle, types, typing
import collections.abc as abc

T = typing.TypeVar('T')
S = typing.TypeVar('S')
print(types.GenericAlias is type(list[int]), isinstance(list[int], types.GenericAlias))
print(types.GenericAlias(list, int) == list[int], types.GenericAlias(list, (int, str)))
print(dict[T, list[T]].__parameters__, dict[str, T][int], dict[T, list[T]][bytes])
print((list[T] | list[S]).__parameters__, (list[T] | list[S])[int, str], (float | list[T])[int])
for bad in (lambda: list[int][int], lambda: dict[T, T][int, str]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
class Sub(types.GenericAlias):
    pass
s = Sub(list, float)
print(type(s).__name__, s, s == list[float], int | s, type(int | s).__name__)
print(abc.Callable[[int], str], int | abc.Callable[[int], str])
g = list[T] | int
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(g, proto)) == g, pickle.loads(pickle.dumps(list[int], proto)))
print(copy.copy(g) == g, copy.deepcopy(list[int]), list[int].__reduce__())
print([n for n in dir(list[int]) if n.startswith('__o') or n.startswith('__p')])
print(list[int].__name__, list[int].__doc__ == list.__doc__, list[int].__mro_entries__(()))
class C(list):
    pass
print(C[int]().__orig_class__, hasattr(list[int](), '__orig_class__'))
print(hash(int | str) == hash(typing.Union[int, str]), (int | list[int]) == (list[int] | int))
print(isinstance({}, int | abc.Mapping), issubclass(dict, int | abc.Mapping), isinstance((), int | abc.Mapping))
try:
    isinstance(1, list[int] | int)
except TypeError as e:
    print('TypeError:', e)
print(operator.or_ is __import__('_operator').or_, type.__module__, type(type.__dict__).__class_getitem__(int))
