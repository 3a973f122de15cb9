# KeyError shows the key's repr; str(KeyError) quotes it.
d = {"present": 1}
for key in ("missing", 42, (1, 2), "", None, 1.5, "it's"):
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    del d["gone"]
except KeyError as e:
    print("del:", e)
try:
    {}.pop(())
except KeyError as e:
    print("pop:", e, repr(e))
try:
    raise KeyError()
except KeyError as e:
    print("empty:", repr(str(e)))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print("two:", e)
