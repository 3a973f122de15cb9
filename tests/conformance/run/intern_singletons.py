# None, True, False, Ellipsis and NotImplemented are single objects.
def f():
    pass
print(f() is None, type(None)() is None)
print((1 == 1) is True, bool(0) is False, (not 0) is True)
print(bool([]) is False, isinstance(1, int) is True)
print(... is Ellipsis, type(...)() is Ellipsis)
print(NotImplemented is type(NotImplemented)())
print(int.__eq__(1, 'a') is NotImplemented)
print(id(None) == id(f()), id(True) == id(3 > 2))
print({}.get('x') is None, [].__class__ is list)
print(type(1) is int, type(True) is bool, type('') is str)
x = None
y = None
print(x is y, x is not None)
