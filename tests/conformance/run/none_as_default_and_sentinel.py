# None as a default and a sentinel object for "no value given".
_missing = object()

def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default

d = {"a": None}
print(get(d, "a"), get(d, "b", None), get(d, "b", 0))
try:
    get(d, "b")
except KeyError as e:
    print("KeyError:", e)
values = [3, None, 1, None]
print([v for v in values if v is not None], values.count(None), None in values)
print(sorted(values, key=lambda v: (v is None, v or 0)))
print(max([1, 2], default=None), next(iter([]), None))
