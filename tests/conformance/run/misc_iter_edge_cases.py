# The sequence iterator counts exactly up to sys.maxsize; iter(callable,
# sentinel) whose callable exhausts the iterator itself ends; __reduce__ of a
# list's reverse iterator looks the builtins up before reading its state.
import builtins
import sys


class Unlimited:
    def __getitem__(self, i):
        return i


it = iter(Unlimited())
it.__setstate__(sys.maxsize - 2)
print(next(it) == sys.maxsize - 2, next(it) == sys.maxsize - 1)
for _ in range(2):
    try:
        next(it)
    except OverflowError as e:
        print('OverflowError:', e)
it.__setstate__(-5)
print(next(it))


def spam():
    if spam.again:
        return 2
    spam.again = True
    list(spam.iterator)
    return 1


spam.again = False
spam.iterator = iter(spam, 2)
print(list(spam.iterator))


class Key(str):
    def __eq__(self, other):
        list(reversed_iterator)
        return str.__eq__(self, other)

    __hash__ = str.__hash__


reversed_iterator = reversed([1, 2, 3])
original = builtins.reversed
del builtins.__dict__['reversed']
builtins.__dict__[Key('reversed')] = original
try:
    print(reversed_iterator.__reduce__())
finally:
    del builtins.__dict__['reversed']
    builtins.reversed = original
