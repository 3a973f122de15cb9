# typing: Optional, Union, List, Dict, Callable, TypeVar, Generic and get_type_hints.
from typing import Optional, Union, List, Dict, Callable, TypeVar, Generic, Any, get_type_hints

T = TypeVar("T")

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

def apply(f: Callable[[int], str], xs: List[int], default: Optional[str] = None) -> Dict[int, Union[str, None]]:
    return {x: f(x) for x in xs}

print(apply(str, [1, 2]), Box[int](5).get(), Box(2).get())
print(get_type_hints(apply))
print(Optional[int], Union[int, str], List[int], Dict[str, Any], Callable[[int], str])
print(Union[int, int], Union[int, None] == Optional[int], T, Box[int])
print(get_type_hints(Box.__init__), Box.__parameters__)
