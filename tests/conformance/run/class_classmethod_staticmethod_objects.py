# classmethod and staticmethod objects: attributes, wrapping, descriptors and errors.
class C:
    @classmethod
    def make(cls, x):
        "make doc"
        return (cls.__name__, x)
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    @property
    def name(cls):
        return "name of " + cls.__name__

class D(C):
    pass

cm, sm = C.__dict__["make"], C.__dict__["helper"]
print(type(cm).__name__, type(sm).__name__, cm.__func__ is cm.__wrapped__, sm.__func__.__name__)
print(cm.__dict__)
print(sorted(sm.__dict__), sm.__doc__, cm.__doc__, cm.__name__, sm.__qualname__)
print(repr(cm).startswith("<classmethod(<function C.make at "), repr(sm).startswith("<staticmethod(<function"))
print(D.make(1), D().make(2), C.helper(3), sm(4), sm.__get__(None, C) is sm.__func__)
print(cm.__get__(None, D)(5), cm.__get__(D())(6), D.name, D().name)
print(cm.__isabstractmethod__, classmethod(1).__isabstractmethod__)
for action in (lambda: classmethod(), lambda: classmethod(1, 2), lambda: staticmethod(f=1),
               lambda: staticmethod(1)(), lambda: classmethod(1).__get__(2)()):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(repr(classmethod(1)), repr(staticmethod(None)))
print(repr(classmethod(1).__get__(2)))
class Abstract:
    def f(self):
        pass
    f.__isabstractmethod__ = True
    g = staticmethod(f)
print(Abstract.__dict__["g"].__isabstractmethod__)
cm.extra = 1
print(cm.extra, "extra" in cm.__dict__)
try:
    cm.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
class Sub(staticmethod):
    pass
s = Sub(len)
print(type(s).__name__, s("abc"), s.__func__ is len, sorted(s.__dict__))
class Hooks:
    def __init_subclass__(cls):
        pass
    def __class_getitem__(cls, item):
        return item
print(type(Hooks.__dict__["__init_subclass__"]).__name__, Hooks.__dict__["__init_subclass__"].__dict__)
print(type(Hooks.__dict__["__class_getitem__"]).__name__)
