# Dotted names are value patterns; bare names capture.
import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2

class Consts:
    LIMIT = 10

def test(v):
    match v:
        case Color.RED:
            return "red"
        case Consts.LIMIT:
            return "at limit"
        case Color.GREEN | 2:
            return "green-ish"
        case other:
            return f"captured {other!r}"

for v in (Color.RED, Color.GREEN, 10, 2, 1, "x"):
    print(test(v))
LIMIT = 5
match 7:
    case LIMIT:
        print("bare name captures:", LIMIT)
