class A(metaclass=ABCMeta):
    pass
class B(x=1, y=2):
    pass
class C(Base, **kw):
    pass
