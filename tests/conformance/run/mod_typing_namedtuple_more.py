# typing.NamedTuple: methods and defaults, functional forms, generic named tuples, errors.
from typing import NamedTuple, Generic, TypeVar, List

class Point(NamedTuple):
    """A 2-D point."""
    x: int
    y: float = 0.0
    label: str = 'p'
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    kind = 'point'

p = Point(3, 4)
print(p, p.norm(), Point._fields, Point._field_defaults, Point.__annotations__, Point.kind)
print(Point.__mro__, Point.__doc__, Point.__new__.__annotations__, p._replace(x=0), p._asdict())
print(Point._make([1, 2, 'q']), p == (3, 4, 'p'), isinstance(p, tuple), Point.__module__, len(p))

Q = NamedTuple('Q', [('a', int), ('b', List[str])])
R = NamedTuple('R', a=int, b=str)
print(Q(1, ['x']), Q.__annotations__, R(5, 'y'), R._fields, Q.__module__)

T = TypeVar('T')
class Gen(NamedTuple, Generic[T]):
    value: T
    count: int = 1
print(Gen(1), Gen[int], Gen.__parameters__, Gen.__mro__, Gen[str](value='s'))

def attempt(make):
    try:
        make()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
def bad_order():
    class Bad(NamedTuple):
        a: int = 1
        b: int
def bad_orders():
    class Bad(NamedTuple):
        a: int = 1
        b: int = 2
        c: int
def overwrite():
    class Bad(NamedTuple):
        a: int
        def _asdict(self):
            pass
def bad_base():
    class Bad(NamedTuple, int):
        x: int
for make in (bad_order, bad_orders, overwrite, bad_base, lambda: Point(),
             lambda: NamedTuple('X', [('a', int)], b=str), lambda: Point(1, 2, 3, 4)):
    attempt(make)
