# Literal patterns, or-patterns, capture and wildcard.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1.5:
            return "negative one and a half"
        case b"raw":
            return "bytes"
        case _:
            return f"other: {x!r}"

for v in (0, 2, "hello", True, None, -1.5, b"raw", 1.0, 99, "0", False):
    print(repr(v), describe(v))
