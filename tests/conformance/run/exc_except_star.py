# except* handles matching parts of an exception group.
def raiser():
    raise ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c"), KeyError("d")])

try:
    try:
        raiser()
    except* ValueError as g:
        print("ValueErrors:", repr(g))
    except* TypeError as g:
        print("TypeErrors:", repr(g))
except ExceptionGroup as rest:
    print("unhandled rest:", repr(rest))

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))

try:
    try:
        raise ExceptionGroup("g", [OSError("o")])
    except* OSError:
        raise RuntimeError("raised in handler")
except Exception as e:
    # The handler's exception replaces the fully handled group (kept as context).
    print(repr(e), repr(e.__context__))
