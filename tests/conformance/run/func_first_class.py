# Functions are objects: stored, passed, returned, compared.
def double(x):
    return x * 2

def apply(fn, values):
    return [fn(v) for v in values]

ops = {"double": double, "neg": lambda x: -x, "str": str}
print(apply(ops["double"], [1, 2]), apply(ops["neg"], [3]), apply(ops["str"], [4]))
alias = double
print(alias is double, alias(21), alias.__name__, double == alias, double != apply)
funcs = [double, abs, len]
print([f.__name__ for f in funcs])
def make_multiplier(n):
    def mul(x):
        return x * n
    mul.__name__ = f"times_{n}"
    return mul
t3 = make_multiplier(3)
print(t3(5), t3.__name__, t3.__qualname__)
print(sorted([3, -5, 1], key=abs), max(["a", "bbb", "cc"], key=len))
