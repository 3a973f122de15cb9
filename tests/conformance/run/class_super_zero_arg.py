# super() without arguments follows the MRO of the instance's class.
class Base:
    def hello(self):
        return ["Base"]

class A(Base):
    def hello(self):
        return ["A"] + super().hello()

class B(Base):
    def hello(self):
        return ["B"] + super().hello()

class C(A, B):
    def hello(self):
        return ["C"] + super().hello()

print(C().hello(), A().hello())

class Init:
    def __init__(self, **kw):
        self.kw = kw
class Named(Init):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
n = Named("x", a=1)
print(n.name, n.kw)
