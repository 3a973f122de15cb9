# The repr of a dead reference and of a dead proxy (addresses masked).
import re
import weakref


class A:
    pass


def mask(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', s)


a = A()
r = weakref.ref(a)
p = weakref.proxy(a)
print(mask(repr(r)))
print(mask(repr(p)))
del a
print(mask(repr(r)))
print(mask(repr(p)))


def func():
    pass


print(mask(repr(weakref.ref(func))))
