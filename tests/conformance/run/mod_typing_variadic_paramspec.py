# TypeVarTuple and Unpack, ParamSpec substitution, and the typing.io namespace.
from typing import *
import typing

Ts = TypeVarTuple('Ts')
T = TypeVar('T')
P = ParamSpec('P')

class Array(Generic[*Ts]):
    pass
class Keyed(Generic[T, Unpack[Ts]]):
    pass
print(Ts, Unpack[Ts], [*Ts], Array.__parameters__, Array[int], Array[int, str], Array[()])
print(Keyed[int], Keyed[int, str, bytes], Keyed[int, *Tuple[str, ...]], Keyed.__parameters__)
print(Tuple[int, *Ts], Tuple[int, *Ts][str, bytes], get_args(Array[int, str]))
for bad in (lambda: Keyed[()], lambda: Generic[Ts], lambda: Ts[int]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

class Runner(Generic[P, T]):
    pass
print(Runner.__parameters__, Runner[[int, str], bool], Runner[..., int], Runner[P, int].__parameters__)
print(Runner[Concatenate[int, P], T], Callable[P, T][[], int], P.__name__, ParamSpec('Q', bound=int).__bound__)
class Single(Generic[P]):
    pass
print(Single[int, str], Single[[int, str]], Single[...])
try:
    Runner[int, str]
except TypeError as e:
    print('TypeError:', e)

print(typing.io.IO, typing.io.TextIO.__mro__[1], IO[bytes], BinaryIO.__orig_bases__, reveal_type(42))
