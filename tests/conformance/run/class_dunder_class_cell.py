# A class body inside a method may read the method's __class__ (a free
# variable) while its own methods use the class's implicit __class__ cell.
class A:
    def f(self):
        return 'A'


class T:
    def m(self):
        class X(A):
            def f(self):
                return super().f()
            __class__ = 413
        x = X()
        print(x.f(), x.__class__)
        class X:
            x = __class__
            def f():
                return __class__
        print(X.x is T, X.f() is X)
        try:
            exec("class Y:\n    __class__\n    def f():\n        __class__", globals(), {})
        except NameError as e:
            print(type(e).__name__, e)
        class X:
            nonlocal __class__
            __class__ = 42
            def f():
                return __class__
        print(__class__, X.f() is X)


T().m()
try:
    class T2:
        class X:
            x = __class__
except NameError as e:
    print(e)
