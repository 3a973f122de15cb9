# Mapping patterns use .get(): defaultdict's default factory is not triggered.
from collections import defaultdict, OrderedDict
dd = defaultdict(list, {"present": 1})
match dd:
    case {"missing": _}:
        print("matched missing")
    case {"present": v}:
        print("present", v, dict(dd))
match OrderedDict(a=1):
    case {"a": 1}:
        print("OrderedDict matches mapping pattern")
class NotMapping:
    def __getitem__(self, k):
        return 1
match NotMapping():
    case {"k": 1}:
        print("no")
    case _:
        print("__getitem__ alone is not a mapping")
match {1: "int key", "1": "str key"}:
    case {1: a, "1": b}:
        print(a, b)
