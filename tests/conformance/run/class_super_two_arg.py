# super(type, obj) and super(type, type); skipping classes in the MRO.
class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return f"A.cwho for {cls.__name__}"

class B(A):
    def who(self):
        return "B"

class C(B):
    def who(self):
        return "C"

c = C()
print(super(C, c).who(), super(B, c).who(), super(C, C).cwho())
print(super(B, C).who(c))
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)
try:
    super(C, 1)
except TypeError as e:
    print("TypeError:", e)
def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)
