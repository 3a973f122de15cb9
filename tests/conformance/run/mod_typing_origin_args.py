# get_origin and get_args across typing's constructs.
from typing import *
import collections.abc

T = TypeVar('T')
P = ParamSpec('P')
cases = [
    int, List, List[int], Dict[str, int], Union[int, str], Optional[int], Literal[1, 'a'],
    Annotated[int, 'x', 2], ClassVar[int], Final[str], Callable[[int], str], Callable[..., str],
    Callable[[], None], Tuple[int, ...], Tuple[()], Generic, Generic[T], Type[int], Required[int],
    Callable[P, T], Callable[Concatenate[int, P], T], Union[int, List[T]][str],
]
for tp in cases:
    print(repr(tp), '->', get_origin(tp), get_args(tp))
print(get_origin(P.args), get_origin(P.kwargs), P.args, P.kwargs, P, P.args == P.args)
print(get_args(Callable[[], T][int]), get_origin(collections.abc.Callable), get_args(collections.abc.Callable))
print(Callable[P, T], Callable[P, T][[int, str], bool], Callable[Concatenate[int, P], T][[str], bool])
print(Callable[P, T][..., int], Concatenate[int, P], get_args(Concatenate[int, P]))
try:
    Concatenate[int, str]
except TypeError as e:
    print('TypeError:', e)
