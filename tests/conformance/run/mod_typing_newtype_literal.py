# NewType, Literal equality and de-duplication, Annotated flattening, overload, final.
from typing import NewType, Literal, Annotated, overload, get_overloads, final, cast, assert_type, assert_never, List

UserId = NewType('UserId', int)
Nested = NewType('mod.Nested', str)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, Nested, Nested.__name__, Nested.__qualname__)
print(UserId | None, None | UserId, type(UserId).__name__, UserId.__module__)
for case in (lambda: UserId(), lambda: UserId(1, 2), lambda: UserId(x=1)):
    try:
        case()
    except TypeError as e:
        print('TypeError:', e)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError:', e)

print(Literal[1, 2, 1], Literal[1, True], Literal[1] == Literal[1.0], Literal['a', 'b'] == Literal['b', 'a'])
print(Literal[[1]], Literal[Literal[1, 2], 3], hash(Literal[1, 2]) == hash(Literal[2, 1]), Literal[1] is Literal[1])
print(Annotated[Annotated[int, 'a'], 'b'], Annotated[int, 'a'] == Annotated[int, 'a'], Annotated[int, 'a'] == int)
print(Annotated[List[int], 1].__metadata__, Annotated[List[int], 1].__origin__, Annotated[int, {'k': 1}])

@overload
def conv(x: int) -> int: ...
@overload
def conv(x: str) -> str: ...
def conv(x):
    return x
print(conv(3), len(get_overloads(conv)), [o.__annotations__ for o in get_overloads(conv)])

@final
class Leaf:
    @final
    def done(self):
        return 'done'
print(Leaf.__final__, Leaf.done.__final__, cast(int, 'x'), cast('List[int]', 5), assert_type(3, int))
try:
    assert_never('x' * 150)
except AssertionError as e:
    print('AssertionError:', e)
