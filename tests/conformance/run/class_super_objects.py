# super objects: zero and two argument forms, binding, attributes and errors.
class A:
    def who(self):
        return "A.who"
    @classmethod
    def kind(cls):
        return "A.kind of " + cls.__name__
    @property
    def prop(self):
        return "A.prop"

class B(A):
    def who(self):
        return "B>" + super().who()
    def cell_self(self):
        helper = lambda: self
        return super().who(), helper() is self
    def deleted(self):
        del self
        return super()
    def rebound(self):
        self = 42
        return super()
    def star(*args):
        return super()
    def get(self):
        return super()

b = B()
print(b.who(), b.cell_self(), super(B, b).prop, super(B, B).kind(), super(B, b).kind())
s = b.get()
print(s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__, repr(s).split(",")[0])
print(repr(super(B)), super(B).__self__, super(B, B).who.__qualname__, super(B, b).__class__)
print(super(B).__get__(b).who(), super(B, b).__get__(A()) .__self__ is b)
for action in (b.deleted, b.rebound, b.star, lambda: super(), lambda: super(B, 1),
               lambda: super(1, b), lambda: super(B, b, 1), lambda: super(B, obj=b),
               lambda: super(B, b).missing, lambda: super(A, b).who):
    try:
        action()
    except (RuntimeError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
class C(B):
    def who(self):
        return "C>" + super(B, self).who()
    def gen(self):
        yield super().who()
print(C().who(), next(C().gen()), [super(C, c).who() for c in [C()]])
print(repr(super(A, C())), repr(super(C, C)))
