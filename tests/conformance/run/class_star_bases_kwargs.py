# class statements with *bases and **keywords: expanded as a call's arguments,
# with CPython's messages for bad operands
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('meta', name, [b.__name__ for b in bases], sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A: pass
class B: pass
bases = (A, B)
kw = {'metaclass': Meta, 'flag': 1}
class C(*bases, **kw):
    def f(self):
        return __class__
print(C.__mro__, C().f() is C)
class D(A, *[B], extra=2, **{'metaclass': Meta}): pass
print(D.__bases__)
for bad in ("class E(*1): pass", "class E(**1): pass", "class E(**{'metaclass': Meta}, metaclass=Meta): pass"):
    try:
        exec(bad)
    except TypeError as e:
        print(type(e).__name__, e)
