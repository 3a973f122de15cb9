# Errors from inheritance, frozen and slots options, and from calling the generated __init__.
from dataclasses import dataclass

def attempt(title, make):
    try:
        make()
    except (TypeError, ValueError, AttributeError) as e:
        print(title, type(e).__name__ + ':', e)

def frozen_from_plain():
    @dataclass
    class Base:
        x: int = 0
    @dataclass(frozen=True)
    class Child(Base):
        y: int = 1
def plain_from_frozen():
    @dataclass(frozen=True)
    class Base:
        x: int = 0
    @dataclass
    class Child(Base):
        y: int = 1
def frozen_setattr():
    @dataclass(frozen=True)
    class C:
        a: int
        def __setattr__(self, name, value):
            pass
def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class C:
        a: int
def slots_twice():
    @dataclass(slots=True)
    class C:
        __slots__ = ('a',)
        a: int

@dataclass
class P:
    x: int
    y: int = 0
for title, make in [('frozen_from_plain', frozen_from_plain), ('plain_from_frozen', plain_from_frozen),
                    ('frozen_setattr', frozen_setattr), ('weakref_without_slots', weakref_without_slots),
                    ('slots_twice', slots_twice), ('no_args', lambda: P()), ('too_many', lambda: P(1, 2, 3)),
                    ('unknown_kw', lambda: P(1, z=2)), ('twice', lambda: P(1, x=2))]:
    attempt(title, make)
