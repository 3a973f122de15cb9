# A class with __slots__ has no instance __dict__ and no __weakref__ unless asked.
import weakref

class Slotted:
    __slots__ = ('a',)

s = Slotted()
s.a = 1
try:
    s.__dict__
except AttributeError as e:
    print('__dict__:', e)
try:
    vars(s)
except TypeError as e:
    print('vars:', e)
try:
    weakref.ref(s)
except TypeError as e:
    print('weakref:', e)
print('__dict__' in dir(s), '__weakref__' in dir(s), 'a' in dir(s))
print(hasattr(Slotted, '__dict__'), '__dict__' in Slotted.__dict__, '__weakref__' in Slotted.__dict__)

class Regular:
    pass

r = Regular()
print('__dict__' in Regular.__dict__, '__weakref__' in Regular.__dict__)
print(weakref.ref(r)() is r, vars(r))
