# lru_cache: typed keys, keyword keys, eviction order, maxsize 0/None, recursion, wrapper attributes.
from functools import lru_cache, cache, wraps

calls = []
@lru_cache(maxsize=2)
def f(x, y=0):
    calls.append((x, y))
    return x + y
f(1); f(1); f(1.0); f(True); f(1, y=0); f(y=0, x=1); f(x=1, y=0)
print(f.cache_info(), calls)
calls.clear()
f(2); f(3); f(2); f(4); f(3)
print(f.cache_info(), calls)

@lru_cache(typed=True)
def g(x):
    return type(x).__name__
print(g(1), g(1.0), g(True), g("1"), g.cache_info(), g.cache_parameters())

h = lru_cache(maxsize=0)(abs)
neg = lru_cache(maxsize=-5)(abs)
h(1); h(1); neg(1); neg(1)
print(h.cache_info(), neg.cache_info(), neg.cache_parameters())

@cache
def fib(n):
    "Fibonacci numbers."
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info(), fib.__name__, fib.__doc__, fib.__wrapped__(5))
fib.cache_clear()
print(fib.cache_info(), type(fib).__name__)

class Shape:
    def __init__(self, n):
        self.n = n
    @lru_cache
    def area(self, scale):
        print("computing", self.n, scale)
        return self.n * scale
s = Shape(3)
print(s.area(2), s.area(2), Shape(3).area(2), Shape.area.cache_info().currsize)
for bad in (lambda: lru_cache("x"), lambda: f([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

def deco(fn):
    return wraps(fn)(lambda *a: fn(*a))
@deco
def documented(a: int) -> int:
    "doc here"
    return a
documented.extra = 1
print(documented.__name__, documented.__doc__, documented.__annotations__, documented.__wrapped__.__name__, deco(documented).extra)
