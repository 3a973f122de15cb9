# OrderedDict and defaultdict: ordering, views, equality, |, copies, reprs.
from collections import OrderedDict, defaultdict

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, list(od), od.popitem(), od.popitem(last=False))
print(od.keys(), od.values(), od.items(), list(reversed(od)), list(reversed(od.items())))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(a=1) != OrderedDict(a=1), OrderedDict(), OrderedDict([(1, 2)]) | {3: 4}, {0: 0} | OrderedDict(x=1))
for bad in (lambda: OrderedDict().popitem(), lambda: od.move_to_end("zz")):
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)
od["self"] = od
print(od)
c = OrderedDict(x=1)
c.setdefault("y", 2)
c.update([("z", 3)], w=4)
print(c.copy(), type(c.copy()).__name__, c.pop("x"), c.get("nope"), len(c), "z" in c.keys())
class Last(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
l = Last(a=1, b=2)
l["a"] = 3
print(l)

dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dd, dd["z"], len(dd), dd.default_factory)
counts = defaultdict(int, {"x": 5})
counts["y"] += 1
print(counts, counts.copy(), type(counts.copy()).__name__)
print(defaultdict(), defaultdict(None, a=1), defaultdict(list) == {}, {1: 2} | defaultdict(set, {3: 4}))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
dd.default_factory = lambda: "made"
print(dd["q"], dd.__missing__("r"), sorted(dd)[-2:])
class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)
t = Tree()
t["a"]["b"]["c"] = 1
print(t["a"]["b"], len(t), isinstance(t, dict))
print(defaultdict(list, k=[1]).__reduce__()[:2])
