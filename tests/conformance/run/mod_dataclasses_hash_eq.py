# How @dataclass decides __hash__ and __eq__: eq, frozen, unsafe_hash, explicit __hash__.
from dataclasses import dataclass, field

@dataclass
class Plain:
    a: int
@dataclass(frozen=True)
class Frozen:
    a: int
    b: list = field(default=None, hash=False, compare=True)
@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: int = field(default=0, compare=False)
@dataclass(eq=False)
class NoEq:
    a: int
@dataclass
class Explicit:
    a: int
    def __hash__(self):
        return 7
@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int

print(Plain.__hash__, Frozen.__hash__.__qualname__, Unsafe.__hash__.__qualname__)
print(NoEq.__hash__ is object.__hash__, NoEq(1) == NoEq(1), Explicit(1).__hash__(), FrozenNoEq.__hash__ is object.__hash__)
print(hash(Frozen(1)) == hash((1,)), hash(Unsafe(1, 5)) == hash((1,)), Unsafe(1, 5) == Unsafe(1, 6))
print(Frozen(1, [1]) == Frozen(1, [1]), Frozen(1) == Frozen(2), Frozen(1) == (1,), Plain(1).__eq__((1,)))
print({Frozen(1): 'x'}[Frozen(1)], len({Unsafe(1, 1), Unsafe(1, 2)}))
try:
    hash(Plain(1))
except TypeError as e:
    print('TypeError:', e)

def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
def clash_hash():
    @dataclass(unsafe_hash=True)
    class C:
        a: int
        def __hash__(self):
            return 1
def clash_lt():
    @dataclass(order=True)
    class C:
        a: int
        def __lt__(self, other):
            return True
def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        a: int
for make in (clash_hash, clash_lt, order_without_eq):
    attempt(make)
