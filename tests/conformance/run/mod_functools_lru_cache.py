# functools.lru_cache and cache: hits, misses, maxsize, clearing.
import functools

@functools.lru_cache(maxsize=2)
def square(n):
    print("computing", n)
    return n * n

print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info())
square.cache_clear()
print(square.cache_info())

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info())

@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident.cache_info())
print(square.__wrapped__(5), square.__name__)
