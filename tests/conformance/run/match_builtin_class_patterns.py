# Builtin classes match their whole value with one positional pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case list([int(), *_]):
            return "list starting with an int"
        case dict() | set():
            return "dict or set"
        case tuple((a, b)):
            return f"pair {a} {b}"
    return "none matched"

for v in (True, -3, 7, 2.5, "", "x", [1, "a"], ["a"], {}, {1}, (1, 2), (1, 2, 3)):
    print(repr(v), kind(v))
