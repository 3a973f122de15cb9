# PEP 604 unions and PEP 585 generic aliases, and their reprs.
print(int | str, int | None, list[int], dict[str, list[int]], tuple[int, ...])
print(type(list[int]).__name__, list[int].__origin__, list[int].__args__, dict[str, int].__args__)
print(list[int] == list[int], list[int] == list, isinstance([1], list), (int | str).__args__)
print(list[int]([1, 2]), type(list[int]()), tuple[int, str]((1, "a")))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print(int | str | int, (int | str) | float, str | int == int | str)
print(type[int], set[frozenset[int]], list["Forward"])
def f(x: int | None = None) -> list[str]:
    return [str(x)]
print(f.__annotations__, f())
