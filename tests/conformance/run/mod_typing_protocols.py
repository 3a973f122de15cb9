# Protocol classes: runtime_checkable isinstance/issubclass, data members, Supports* ABCs.
from typing import Protocol, runtime_checkable, SupportsInt, SupportsIndex, SupportsAbs, SupportsRound, Iterable

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class Has:
    def close(self):
        pass
class HasNone:
    close = None
print(isinstance(Has(), Closer), issubclass(Has, Closer), isinstance(HasNone(), Closer), isinstance(1, Closer))
print(Closer._is_protocol, Closer._is_runtime_protocol, Closer.__parameters__, type(Closer).__name__)

class NotRuntime(Protocol):
    x: int
class Impl(Closer):
    def __init__(self, v):
        self.v = v
print(Impl(3).v, Impl._is_protocol, isinstance(Impl(1), Closer))

@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    def __init__(self):
        self.x = 1
print(isinstance(WithX(), HasX), isinstance(object(), HasX))

@runtime_checkable
class Sub(Closer, Protocol):
    def open(self) -> None: ...
class Both(Has):
    def open(self):
        pass
print(isinstance(Both(), Sub), isinstance(Has(), Sub), issubclass(Both, Closer))
print(isinstance(3, SupportsInt), isinstance('a', SupportsInt), isinstance(3.0, SupportsIndex))
print(isinstance(-2, SupportsAbs), isinstance(2.5, SupportsRound), SupportsAbs[int], SupportsRound.__parameters__)
for case in (lambda: isinstance(1, NotRuntime), lambda: Closer(), lambda: issubclass(WithX, HasX),
             lambda: runtime_checkable(int), lambda: issubclass(1, Closer)):
    try:
        case()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Bad(Protocol, int):
        pass
except TypeError as e:
    print('TypeError:', e)
class GoodBase(Iterable, Protocol):
    pass
print(GoodBase._is_protocol, GoodBase.__mro__[1])
