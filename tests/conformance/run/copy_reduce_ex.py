# Without __copy__, copy uses __reduce_ex__(4): class, args, state.
import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = Point(1, [2])
r = p.__reduce_ex__(4)
print(r[0].__name__, r[1][0] is Point, r[2])
q = copy.copy(p)
print(q, q is not p, q.y is p.y)
q2 = copy.deepcopy(p)
print(q2, q2.y is not p.y)


class Logged:
    def __reduce_ex__(self, protocol):
        print('__reduce_ex__', protocol)
        return (Logged, ())


copy.copy(Logged())
copy.deepcopy(Logged())


class Reduced:
    def __init__(self, v):
        self.v = v

    def __reduce__(self):
        print('__reduce__ used')
        return (Reduced, (self.v * 2,))


print(copy.copy(Reduced(21)).v)
