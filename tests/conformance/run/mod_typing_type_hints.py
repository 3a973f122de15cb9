# get_type_hints: forward references, classes and their bases, include_extras, ForwardRef.
from typing import *
import typing

T = TypeVar('T')
class Box(Generic[T]):
    pass
def f(a: int, b: 'List[int]', c: Optional['Box[int]'] = None, *args: str,
      d: Dict[str, 'Box'] = {}, **kw: Any) -> Tuple[int, ...]:
    pass
print(get_type_hints(f))
print(f.__annotations__['b'], f.__annotations__['c'])

class Node:
    value: int
    next: 'Optional[Node]'
    cv: ClassVar[int] = 3
    fin: Final[str] = 'x'
    ann: Annotated[int, 'unit']
    nothing: None
class Child(Node):
    extra: List['Node']
print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)['ann'], get_type_hints(Child)['extra'])
print(list(get_type_hints(Child)), Node.__annotations__['next'])

def g(x: 'Local') -> 'int':
    pass
class Local:
    pass
print(get_type_hints(g, globals(), {'Local': int}), get_type_hints(g, {'Local': str, 'int': int}))

@no_type_check
def unchecked(x: 'undefined') -> 'also undefined':
    pass
print(get_type_hints(unchecked), unchecked.__no_type_check__, get_type_hints(len), get_type_hints(typing.cast))
for bad in (lambda: get_type_hints(1), lambda: get_type_hints(lambda x: 'y'),):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
try:
    get_type_hints(type('Q', (), {'__annotations__': {'a': 'nope'}}))
except NameError as e:
    print('NameError:', e)

ref = ForwardRef('int')
print(ref, ref == ForwardRef('int'), ForwardRef('x', module='m'), hash(ref) == hash(ForwardRef('int')))
for bad in (lambda: ForwardRef('1 +'), lambda: ForwardRef(3)):
    try:
        bad()
    except (SyntaxError, TypeError) as e:
        print(type(e).__name__ + ':', e)
