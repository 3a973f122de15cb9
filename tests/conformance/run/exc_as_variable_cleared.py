# The `except ... as e` name is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", repr(e))
try:
    print(e)
except NameError as err:
    print("NameError:", err)

def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved, "exc" in locals()
print(f())
