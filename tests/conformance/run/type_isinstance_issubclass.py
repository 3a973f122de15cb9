# isinstance and issubclass with tuples, unions and abstract classes.
print(isinstance(1, int), isinstance(1, (str, int)), isinstance(1, int | str), isinstance(True, int))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(int, int), issubclass(bool, int | None))
print(isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance(int, type))
print(isinstance(3.0, (int, (str, float))), issubclass(list, ()), isinstance(1, ()))
from collections.abc import Iterable, Sized, Hashable, Callable
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance("", Sized), isinstance([], Hashable))
print(isinstance(len, Callable), issubclass(dict, Iterable))
for args in ((1, 1), (1, "int"), (int, 1), (1, (int, 5))):
    try:
        print(isinstance(*args) if not isinstance(args[0], type) else issubclass(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
print(int | str, type(int | str).__name__, (int | None) == (None | int))
