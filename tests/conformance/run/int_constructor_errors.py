# int(), float(), complex() and bool(): argument handling and their errors.
calls = [
    lambda: int(), lambda: int('11', base=2), lambda: int(' -0b1_01 ', 0), lambda: int('010', 0),
    lambda: int('1__0'), lambda: int('', 10), lambda: int(1.5, 10), lambda: int(base=2), lambda: int('5', 1),
    lambda: int('5', 2**100), lambda: int('5', '2'), lambda: int('1', 2, 3), lambda: int(x=1),
    lambda: int('1', 2, base=3), lambda: int(None), lambda: int(b' 42 '), lambda: int(b'4\x002'),
    lambda: int(bytearray(b'z'), 36), lambda: int(float('nan')), lambda: int(-float('inf')), lambda: int(1e20),
    lambda: float(), lambda: float(1, 2), lambda: float(x=1), lambda: float(None), lambda: float(' 1_0.5 '),
    lambda: float('1__0'), lambda: float(b'-2.5e3'), lambda: float(b'x'), lambda: float(2**1100),
    lambda: complex(), lambda: complex(imag=2), lambda: complex(1, real=2), lambda: complex('1', 2),
    lambda: complex(1, '2'), lambda: complex(None), lambda: complex(1, None), lambda: complex('1 + 2j'),
    lambda: complex('1__0j'), lambda: complex(complex(0, 1), complex(0, 1)), lambda: complex(-0.0, -0.0), lambda: complex(x=1),
    lambda: bool(), lambda: bool(complex(0)), lambda: bool('0'), lambda: bool(1, 2), lambda: bool(x=1),
    lambda: int.__new__(bool), lambda: float.__new__(int), lambda: int.__new__(int, '7'),
]
for c in calls:
    try:
        r = c()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
class Trunc:
    def __trunc__(self):
        return 7
class Idx:
    def __index__(self):
        return 3
class Flt:
    def __float__(self):
        return 2.5
print(float(Idx()), complex(Idx()), complex(Flt(), Idx()), int(Flt.__float__(Flt())))
for bad in [lambda: float(Trunc()), lambda: complex(Trunc())]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
