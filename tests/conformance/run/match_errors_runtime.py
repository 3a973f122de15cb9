# Runtime errors from match: bad __match_args__, too many positional patterns.
class NoArgs:
    pass

class BadArgs:
    __match_args__ = "x"

class Two:
    __match_args__ = ("a",)
    a = 1

for obj, label in ((NoArgs(), "no args"), (BadArgs(), "bad args"), (Two(), "too many")):
    try:
        match obj:
            case NoArgs(1):
                print("matched")
            case BadArgs(1):
                print("matched")
            case Two(1, 2):
                print("matched")
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    match 1:
        case len():
            pass
except TypeError as e:
    print("TypeError:", e)
