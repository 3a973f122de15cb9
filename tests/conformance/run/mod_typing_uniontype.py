# typing.Union next to the X | Y unions of builtin types (types.UnionType).
from typing import Union, Optional, List, get_args, get_origin, get_type_hints, TypeVar
import types

T = TypeVar('T')
u = int | str
print(u, type(u) is types.UnionType, get_origin(u), get_args(u))
print(Union[int, str] == u, u == Union[int, str], Optional[int] == (int | None), Union[u, float])
print(Union[int | None, str], List[int | str], Optional[int | str], int | Optional[str])
print(int | T, (int | T)[str] if hasattr(int | T, '__getitem__') else 'no getitem', isinstance(3, int | str))

def f(a: int | None, b: 'list[int] | None' = None) -> 'dict[str, int] | None':
    pass
print(get_type_hints(f))
print(Union[list[int], dict[str, int]], Optional[list[int]], get_args(Optional[list[int]]))
print(Union[int, str].__args__, (int | str).__args__, hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, 3], Union[int, 'int'].__args__[1].__forward_arg__)
print(Union[int, 'Forward'], Optional['Forward'], Union['A', 'B'])
