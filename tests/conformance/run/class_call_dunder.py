# __call__ makes instances callable.
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *, twice=False):
        return x * self.k * (2 if twice else 1)

m = Multiplier(3)
print(m(4), m(4, twice=True), callable(m), callable(Multiplier), callable(5))
print(list(map(m, [1, 2])))
try:
    m()
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance attr"
try:
    c()
except TypeError as e:
    print("TypeError:", e)
