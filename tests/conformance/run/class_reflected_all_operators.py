# Every reflected binary operator is tried when the left operand gives up.
class R:
    def __init__(self, name):
        self.name = name
    def _r(op):
        def method(self, other):
            return f"{op}({other!r}, {self.name})"
        return method
    __radd__ = _r("radd")
    __rsub__ = _r("rsub")
    __rmul__ = _r("rmul")
    __rtruediv__ = _r("rtruediv")
    __rfloordiv__ = _r("rfloordiv")
    __rmod__ = _r("rmod")
    __rpow__ = _r("rpow")
    __rlshift__ = _r("rlshift")
    __rrshift__ = _r("rrshift")
    __rand__ = _r("rand")
    __ror__ = _r("ror")
    __rxor__ = _r("rxor")
    __rmatmul__ = _r("rmatmul")
    __rdivmod__ = _r("rdivmod")

r = R("r")
print(1 + r, 1 - r, 2 * r, 1 / r, 1 // r, 1 % r, 2 ** r)
print(1 << r, 1 >> r, 1 & r, 1 | r, 1 ^ r, [1] @ r, divmod(1, r), pow(2, r))
print("s" + r, [1] * r, (1,) + r)
