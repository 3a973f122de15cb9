# sys._getframe(depth): the caller chain, f_lineno of each frame while it
# runs, and the ValueError past the outermost frame.
import sys


def where(depth=0):
    f = sys._getframe(depth + 1)
    return f.f_code.co_name, f.f_lineno


def a():
    x = where()
    y = where(1)
    return x, y


def b():
    return a()


print(b())
print(where())
depth = 0
f = sys._getframe()
while f.f_back is not None:
    f = f.f_back
    depth += 1
print('depth', depth)
try:
    sys._getframe(1000)
except ValueError as e:
    print('ValueError:', e)
try:
    sys._getframe('x')
except TypeError as e:
    print('TypeError:', e)
print(sys._getframe().f_code.co_name)
