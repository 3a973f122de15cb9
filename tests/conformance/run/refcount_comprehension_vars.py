# Comprehensions run in their own function: their variables are gone afterwards.
import sys


class Obj:
    pass


o = Obj()
lst = [o for _ in range(3)]
print('list comprehension result:', sys.getrefcount(o))
inside = [sys.getrefcount(x) for x in [o]]
print('seen inside (list, x, arg):', inside)
print('after:', sys.getrefcount(o))
st = {x for x in lst}
print('set comprehension:', sys.getrefcount(o))
dc = {i: x for i, x in enumerate(lst)}
print('dict comprehension values:', sys.getrefcount(o))
ge = (x for x in lst)
print('generator expression, not started:', sys.getrefcount(lst))
next(ge)
print('started, holds current item:', sys.getrefcount(o))
del ge
print('genexp gone:', sys.getrefcount(o), sys.getrefcount(lst))
del lst, st, dc
print('end:', sys.getrefcount(o))
