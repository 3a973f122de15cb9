# inspect.signature: parameters of every kind, defaults, annotations, methods, classes.
import functools
import inspect


def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> list[int]:
    return 1


class C:
    def __init__(self, x, y=1): pass
    def m(self, z): pass
    @classmethod
    def k(cls, q): pass
    @staticmethod
    def s(w=None): pass


sig = inspect.signature(f)
print(sig, repr(sig), sig.return_annotation)
for p in sig.parameters.values():
    print(repr(p), p.kind, p.kind.description, p.default is p.empty, p.annotation)
print(inspect.signature(C), inspect.signature(C().m), inspect.signature(C.k))
print(inspect.signature(C.s), inspect.signature(C.m))
print(inspect.signature(lambda *a, **k: 0), inspect.signature(lambda x, *, y: 0))


@functools.wraps(f)
def wrapper(*args, **kwargs):
    return f(*args, **kwargs)


print(inspect.signature(wrapper), inspect.signature(wrapper, follow_wrapped=False))
P = inspect.Parameter
print(inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.KEYWORD_ONLY, default=None)]))
print(P('x', P.KEYWORD_ONLY, default=1).replace(name='y'), P('x', P.VAR_KEYWORD))
for bad in (lambda: inspect.signature(len), lambda: inspect.signature(3),
            lambda: P('x', P.VAR_POSITIONAL, default=1), lambda: P('1x', P.KEYWORD_ONLY),
            lambda: inspect.Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(inspect.signature(f) == inspect.signature(f), inspect.signature(f) == inspect.signature(C.m))
