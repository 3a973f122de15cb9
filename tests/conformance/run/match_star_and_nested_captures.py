# Star captures are lists; a case that fails leaves earlier names as they were here.
match [1, 2, 3, 4]:
    case [*head, 4]:
        print(head, type(head).__name__)
match (1, 2, 3):
    case (1, *rest):
        print(rest)
match {"a": 1, "b": 2, "c": 3}:
    case {"a": 1, **others}:
        print(others, type(others).__name__)
x = "unchanged"
match [1, 2]:
    case [x, 3]:
        print("no")
    case _:
        print("x after failed match:", x)
match [[1, 2], [3, 4]]:
    case [[a, *_], [*_, b]]:
        print(a, b)
match "hello":
    case ("h" | "H") as first_char:
        print("never: str is not matched as a sequence")
    case str(s) if s.startswith("h"):
        print("string starting with h")
