# Every in-place operator calls its __i*__ method.
class I:
    def __init__(self):
        self.log = []
    def _i(op):
        def method(self, other):
            self.log.append(f"{op} {other}")
            return self
        return method
    __iadd__ = _i("iadd")
    __isub__ = _i("isub")
    __imul__ = _i("imul")
    __itruediv__ = _i("itruediv")
    __ifloordiv__ = _i("ifloordiv")
    __imod__ = _i("imod")
    __ipow__ = _i("ipow")
    __ilshift__ = _i("ilshift")
    __irshift__ = _i("irshift")
    __iand__ = _i("iand")
    __ior__ = _i("ior")
    __ixor__ = _i("ixor")
    __imatmul__ = _i("imatmul")

x = I()
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7
x <<= 8; x >>= 9; x &= 10; x |= 11; x ^= 12; x @= 13
print(x.log)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
n = NoInplace(1)
m = n
n += 5
print(n.v, m.v, n is m)
