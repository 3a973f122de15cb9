# The errors typing raises for malformed subscriptions and misuse.
from typing import *

T = TypeVar('T')
cases = [
    lambda: Union[()], lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str],
    lambda: Callable[int], lambda: Callable[[int], str, int], lambda: ClassVar[ClassVar[int]],
    lambda: List[ClassVar[int]], lambda: List[Final[int]], lambda: Union[Union],
    lambda: Tuple[(1, 2),], lambda: List(), lambda: Union(), lambda: NoReturn[int], lambda: Never[int],
    lambda: Self[int], lambda: isinstance(1, List[int]), lambda: isinstance(1, Union),
    lambda: issubclass(int, Optional), lambda: Any(), lambda: isinstance(1, Any), lambda: Annotated[int],
    lambda: Annotated(), lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
    lambda: TypeVar('X', covariant=True, contravariant=True), lambda: Literal[1][2],
    lambda: List[int][str], lambda: Union[T, int][str, str], lambda: Final[int, str],
    lambda: iter(List), lambda: ClassVar(),
]
for case in cases:
    try:
        print('ok', case())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)

def subclass(base):
    class X(base):
        pass
    return X.__mro__
for base in (Union, Optional[int], ClassVar[int], Literal[1], Any):
    try:
        print('subclassed', subclass(base))
    except TypeError as e:
        print('TypeError:', e)
