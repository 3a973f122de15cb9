# TypedDict: totality, Required/NotRequired, inheritance, the functional form, errors.
from typing import TypedDict, Required, NotRequired, Annotated, List, Generic, TypeVar, is_typeddict, get_type_hints

class Movie(TypedDict):
    title: str
    year: NotRequired[int]

class Extended(Movie, total=False):
    rating: float
    tags: Required[List[str]]
    note: Annotated[NotRequired[str], 'meta']

m = Movie(title='Blade Runner', year=1982)
print(m, type(m), Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__), Extended.__total__)
print(Extended.__annotations__)
print(get_type_hints(Extended))
print(Extended.__mro__, Movie.__module__, is_typeddict(Movie), is_typeddict(dict), is_typeddict(m))

Point = TypedDict('Point', {'x': int, 'y': 'float'})
Sparse = TypedDict('Sparse', {'a': int}, total=False)
print(Point.__annotations__, Point(x=1, y=2.0), Point.__name__, Point.__module__, Sparse.__optional_keys__)

T = TypeVar('T')
class Wrapped(TypedDict, Generic[T]):
    item: T
print(Wrapped.__parameters__, Wrapped[int], Wrapped.__mro__, Wrapped(item=3))

for case in (lambda: isinstance({}, Movie), lambda: issubclass(dict, Movie)):
    try:
        case()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Bad(TypedDict, int):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    TypedDict('X', {'a': int}, b=str)
except TypeError as e:
    print('TypeError:', e)
