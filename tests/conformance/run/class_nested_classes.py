# Nested classes: qualnames, access to outer names, instances.
class Outer:
    greeting = "hi"
    class Inner:
        def hello(self):
            return "inner hello"
        class Deepest:
            pass
    def make(self):
        return self.Inner()

o = Outer()
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)
print(o.make().hello(), type(o.make()).__qualname__)
print(Outer.Inner.Deepest, repr(Outer.Inner))

def factory():
    class Local:
        pass
    return Local
L = factory()
print(L.__qualname__, L().__class__.__name__, factory() is L)
