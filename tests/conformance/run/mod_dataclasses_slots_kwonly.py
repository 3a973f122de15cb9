# slots=True (a new class), kw_only at class and field level, KW_ONLY, inheritance order.
from dataclasses import dataclass, field, fields, KW_ONLY

@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'), S.b if False else 'b' in S.__dict__, type(S.__dict__['a']).__name__)
try:
    s.c = 3
except AttributeError as e:
    print('AttributeError:', e)

@dataclass(slots=True)
class T(S):
    c: int = 3
print(T.__slots__, T(1), [f.name for f in fields(T)])

@dataclass(frozen=True, slots=True)
class F:
    x: int
f = F(1)
print(f, hash(f) == hash((1,)), F.__getstate__(f), '__weakref__' in F.__slots__)

@dataclass(kw_only=True)
class K:
    a: int
    b: int = field(kw_only=False, default=2)
print(K(a=1), K(5, a=1), K.__match_args__, K.__doc__)

@dataclass
class Base:
    x: int
    y: int = 0
@dataclass
class Child(Base):
    z: int = 5
    _: KW_ONLY
    w: int
    flag: bool = False
    x: int = 10
print(Child(w=1), Child(2, 3, w=4, flag=True, x=7), Child.__doc__, Child.__match_args__)
print([(f.name, f.kw_only) for f in fields(Child)])
try:
    Child(1, 2, 3, w=4, flag=True)
except TypeError as e:
    print('TypeError:', e)
