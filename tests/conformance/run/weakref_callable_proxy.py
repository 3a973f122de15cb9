# A proxy to a callable object is a CallableProxyType.
import weakref


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


add = Adder(10)
p = weakref.proxy(add)
print(type(p).__name__, p(5))
print(isinstance(p, weakref.ProxyTypes))
fired = []
p2 = weakref.proxy(add, lambda r: fired.append('gone'))
del add
print(fired)
try:
    p(1)
except ReferenceError as e:
    print(e)
