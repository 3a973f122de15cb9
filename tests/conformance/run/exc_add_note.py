# PEP 678 notes (3.11): add_note and __notes__.
e = ValueError("bad value")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise KeyError("k")
    except KeyError as inner:
        inner.add_note("while looking up the config")
        raise
except KeyError as caught:
    print(caught.__notes__)
e.__notes__ = ["replaced"]
print(e.__notes__)
