# object.__reduce_ex__ with protocols 0 and 1 goes through copyreg._reconstructor.
import copy
import copyreg


class Plain:
    def __init__(self):
        self.a = 1


p = Plain()
for proto in (0, 1):
    r = p.__reduce_ex__(proto)
    print(proto, r[0] is copyreg._reconstructor, r[1], r[2])
empty = Plain.__new__(Plain)
print('no state:', len(empty.__reduce_ex__(0)))


class MyInt(int):
    pass


mi = MyInt(7)
r = mi.__reduce_ex__(1)
print(r[1], type(r[1][2]).__name__)
rebuilt = r[0](*r[1])
print(type(rebuilt).__name__, rebuilt)


class Slotted:
    __slots__ = ('x',)


try:
    Slotted().__reduce_ex__(0)
except TypeError as e:
    print('TypeError:', e)
print(Plain().__reduce__()[0] is copyreg._reconstructor)


class UsesOld:
    def __reduce_ex__(self, proto):
        return object.__reduce_ex__(self, 1)


u = UsesOld()
u.v = [1]
u2 = copy.deepcopy(u)
print(type(u2).__name__, u2.v, u2.v is not u.v)
