# Flag boundaries (STRICT, CONFORM, EJECT, KEEP), pseudo-members and aliases.
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP, FlagBoundary

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(list(Perm), Perm.RWX, repr(Perm(6)), Perm(0), repr(Perm(0)), ~Perm.R, repr(~Perm.RWX))
print(len(Perm.RWX), bool(Perm(0)), Perm.R | Perm.W | Perm.X is Perm.RWX, list(Perm(6)), Perm.W in Perm.RWX)
print(Perm._flag_mask_, Perm._all_bits_, Perm._singles_mask_, Perm._boundary_, list(Perm.__members__))
for bad in (lambda: Perm(8), lambda: Perm('r'), lambda: Perm.R | 1, lambda: 1 in Perm.R):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)

class Strict(Flag, boundary=STRICT):
    A = 1
    C = 4
class Conform(Flag, boundary=CONFORM):
    A = 1
    C = 4
class Eject(IntFlag, boundary=EJECT):
    A = 1
    C = 4
class Keep(IntFlag):
    A = 1
    B = 2
try:
    Strict(2)
except ValueError as e:
    print(e)
print(Conform(7), Conform(2), repr(Conform(-1)), Conform._boundary_ is CONFORM)
print(Eject(7), type(Eject(7)).__name__, repr(Eject(5)), ~Eject.A, Eject.A | 8)
print(repr(Keep(9)), Keep(-1), repr(~Keep.A), Keep.A | 8, Keep.A + 1, 3 & Keep.A, repr(3 ^ Keep.B), list(Keep(9)))
print(repr(Keep(0)), f"{Keep.B:>4}", format(Keep.A | Keep.B), Keep.B == 2, hash(Keep.B) == hash(2))
print(list(FlagBoundary), str(KEEP), repr(STRICT))

class Odd(Flag):
    C = 4
    A = 1
    B = 2
print(list(Odd), Odd(7), Odd._iter_member_ == Odd._iter_member_by_def_)
