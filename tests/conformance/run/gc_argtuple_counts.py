# The collector counts the argument tuples CPython builds to call a class, an
# instance with __call__, a metaclass __call__ or a built-in type without
# vectorcall (int, str), and the keyword dicts and keyword-name tuples; the
# tuple and dict free lists take them back after the call.
import gc

class A:
    def __init__(self, a, b=2):
        pass

class B:
    def __new__(cls, a):
        return object.__new__(cls)

class Meta(type):
    def __call__(cls, *args):
        return 5

class C(metaclass=Meta):
    pass

class Callable:
    def __call__(self, a):
        return a

class L(list):
    pass

def delta(f):
    f()
    gc.collect()
    before = gc.get_count()[0]
    keep = f()
    after = gc.get_count()[0]
    return after - before

g = Callable()
cases = [
    ('A(1)', lambda: A(1)),
    ('A(1, 2)', lambda: A(1, 2)),
    ('A(1, b=3)', lambda: A(1, b=3)),
    ('A(a=1)', lambda: A(a=1)),
    ('B(1)', lambda: B(1)),
    ('C(1)', lambda: C(1)),
    ('g(1)', lambda: g(1)),
    ('L(())', lambda: L(())),
    ('int("5")', lambda: int('5')),
    ('str(5)', lambda: str(5)),
    ('float("5")', lambda: float('5')),
    ('list(())', lambda: list(())),
    ('int.__new__(int, 5)', lambda: int.__new__(int, 5)),
    ('object.__new__(A)', lambda: object.__new__(A)),
]
for name, f in cases:
    print(name, delta(f))
