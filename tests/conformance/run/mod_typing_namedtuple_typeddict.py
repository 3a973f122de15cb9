# typing.NamedTuple and TypedDict.
from typing import NamedTuple, TypedDict, Literal, Final

class Employee(NamedTuple):
    name: str
    id: int = 3

e = Employee("Guido")
print(e, e._fields, e._field_defaults, Employee.__annotations__, e.id)
try:
    Employee()
except TypeError as err:
    print("TypeError:", err)

class Movie(TypedDict, total=False):
    title: str
    year: int

m: Movie = {"title": "Blade Runner"}
print(m, type(m).__name__, Movie.__required_keys__, sorted(Movie.__optional_keys__))
Mode = Literal["r", "w"]
MAX: Final = 10
print(Mode, MAX, Literal["a"] == Literal["a"])
