# Temporaries on the evaluation stack count while the call is in progress.
import sys


class T:
    pass


def count(*objs):
    return [sys.getrefcount(o) for o in objs]


x = T()
print('plain:', sys.getrefcount(x))
print('through a *args tuple:', count(x))
print('twice in one call:', count(x, x))
print('in a list display:', sys.getrefcount([x][0]))
print('fresh temporary:', sys.getrefcount(T()))
print('fresh list:', sys.getrefcount([]))
print('nested call:', sys.getrefcount(count(x)[0] and x))
print('conditional:', sys.getrefcount(x if x else None))
print('attribute load:', sys.getrefcount(T.__name__ and x))


def ident(o):
    return o


print('returned from ident:', sys.getrefcount(ident(x)))
print('after:', sys.getrefcount(x))
