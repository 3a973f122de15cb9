x: int
y: list[int] = []
obj.attr: str = 'a'
d['k']: float
(z): bool = True
class C:
    field: int = 0
    other: 'str'
