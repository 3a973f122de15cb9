# typing helpers that do something at runtime: cast, overload stubs, NewType, Protocol.
from typing import cast, NewType, Protocol, runtime_checkable, TYPE_CHECKING, assert_never, reveal_type

UserId = NewType("UserId", int)
uid = UserId(5)
print(uid, type(uid).__name__, UserId.__name__, cast(str, 3))

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class File:
    def close(self):
        pass
print(isinstance(File(), Closable), isinstance(3, Closable), TYPE_CHECKING)
try:
    assert_never(1)
except AssertionError as e:
    print("AssertionError:", e)
print(reveal_type(42))
