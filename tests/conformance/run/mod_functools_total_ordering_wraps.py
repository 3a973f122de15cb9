# functools.total_ordering fills in comparisons; wraps copies metadata.
import functools

@functools.total_ordering
class Version:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted(n for n in ("__le__", "__gt__", "__ge__") if n in Version.__dict__))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        return fn(*a)
    return wrapper

@deco
def documented(x):
    """Docs survive."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS)
