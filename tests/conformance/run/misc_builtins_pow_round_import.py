# pow() with two and three arguments, divmod(), round() via __round__, __import__(), breakpoint().
print(pow(2, 10), pow(2, -1), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(3, 4, 5), pow(3, -1, 7))
print(pow(base=2, exp=5), pow(2, 5, None), pow(10 ** 20, 3, 10 ** 9 + 7), pow(True, 2, 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(2 ** 70, 7))
class Mod:
    def __init__(self, v):
        self.v = v
    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)
    def __rpow__(self, other):
        return ("rpow", other, self.v)
    def __divmod__(self, other):
        return ("divmod", self.v, other)
    def __round__(self, ndigits=None):
        return ("round", self.v, ndigits)
m = Mod(3)
print(pow(m, 2), pow(m, 2, 5), pow(2, m), divmod(m, 4), m ** 2, 2 ** m)
print(round(m), round(m, 2), round(m, None), round(2.675, 2), round(25, -1), round(0.5), round(1.5))
for action in (lambda: pow(2), lambda: pow("a", 2), lambda: pow(2, 3, "a"), lambda: pow(2.0, 3, 5),
               lambda: pow(2, m, 5), lambda: divmod(1), lambda: divmod("a", 1), lambda: divmod(1, 0),
               lambda: round(), lambda: round("a"), lambda: round(1, 2, 3), lambda: round(1.5, "x"),
               lambda: pow(0, -1), lambda: pow(2, -1, 4)):
    try:
        print(action())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
sys_module = __import__("sys")
print(sys_module.__name__, __import__("sys", globals(), None, ["path"], 0) is sys_module)
import _dynamic_attrs
print(__import__("_dynamic_attrs", fromlist=["x"]).x, __import__("sys", fromlist=5).__name__)
for args, kwargs in (((1,), {}), (("sys",), {"level": -1}), (("",), {}), (("no_such_module_here",), {})):
    try:
        __import__(*args, **kwargs)
    except (TypeError, ValueError, ImportError) as e:
        print(type(e).__name__ + ":", e)
import sys
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or "hook result"
print(breakpoint(1, x=2), calls)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
