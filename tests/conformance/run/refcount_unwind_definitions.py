# A raise, a def or a class statement that raises midway releases what it
# had evaluated: the exception, decorators, defaults, bases.
import sys


class O(Exception):
    pass


o = O()


def fail():
    raise ValueError("midway")


def deco(f):
    return f


def raise_from():
    raise o from fail()


def decorated():
    @deco
    @deco
    def f(a=o, *, b=o, c=fail()):
        pass


def annotated():
    def f(a: o, b: fail()):
        pass


def class_bases():
    class C(O, metaclass=fail()):
        pass


for case in (raise_from, decorated, annotated, class_bases):
    before = sys.getrefcount(o), sys.getrefcount(deco), sys.getrefcount(O)
    for _ in range(3):
        try:
            case()
        except ValueError as e:
            err = type(e).__name__
    after = sys.getrefcount(o), sys.getrefcount(deco), sys.getrefcount(O)
    print(case.__name__, err, [a - b for a, b in zip(after, before)])
