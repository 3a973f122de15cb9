# raise ... from None hides the context in the traceback.
def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise LookupError(f"no entry named {key!r}") from None

table = {"a": 1}
print(lookup(table, "a"))
lookup(table, "b")
