class A:
    pass
class B(A):
    x = 1
class C(A, B):
    def m(self):
        pass
class D(metaclass=Meta):
    pass
class E(A, metaclass=M, flag=True, **extra):
    pass
class F(*bases):
    pass
class G():
    pass
