# OrderedDict and defaultdict.
from collections import OrderedDict, defaultdict
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, list(od))
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
dd = defaultdict(list)
for k, v in [("x", 1), ("y", 2), ("x", 3)]:
    dd[k].append(v)
print(dd, dd["missing"], dict(dd))
counts = defaultdict(int)
for ch in "hello":
    counts[ch] += 1
print(counts, counts.default_factory)
nd = defaultdict(lambda: "n/a")
print(nd["q"], repr(defaultdict(None)))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)
