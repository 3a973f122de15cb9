# The right operand's reflected comparison goes first when it is a subclass.
class Base:
    def __eq__(self, other):
        print("Base.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Base.__lt__")
        return NotImplemented

class Derived(Base):
    def __eq__(self, other):
        print("Derived.__eq__")
        return NotImplemented
    def __gt__(self, other):
        print("Derived.__gt__")
        return True

print(Base() == Derived())
print(Base() < Derived())
print(Derived() == Base())
x = Base()
print(x == x, x != x)
