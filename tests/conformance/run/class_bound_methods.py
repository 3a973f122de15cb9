# Bound and unbound methods: __self__, __func__, equality.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter()
m = c.inc
print(m(), m(5), c.n, m.__self__ is c, m.__func__ is Counter.inc, m.__name__)
print(c.inc == c.inc, c.inc is c.inc, Counter().inc == c.inc)
f = Counter.inc
print(f(c), type(f).__name__, type(m).__name__)
methods = [c.inc, c.inc]
print([mm() for mm in methods], c.n)
print(m.__qualname__, Counter.inc.__qualname__)
try:
    Counter.inc()
except TypeError as e:
    print("TypeError:", e)
