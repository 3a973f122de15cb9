# repr of dicts: nesting, recursion, keys of many types.
d = {1: "one", "two": 2, (3,): [3], None: None, 2.5: {"inner": {}}, b"b": frozenset()}
print(d)
d["self"] = d
print(d)
lst = [d]
print(len(repr(lst)) > 0, repr({}).__len__())
print({"quote'": 'dq"', "\n": "\t"})
print(str({1: 2}), f"{ {1: 2} }", "%s" % {1: 2})
class K:
    def __repr__(self):
        return "<K>"
print({K(): K()}, {"k": [K(), (K(),)]})
