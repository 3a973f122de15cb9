# json.dumps options: skipkeys, allow_nan, default, cls, separators, key types.
import json

data = {"b": [1, 2.5, None], "a": {"z": True, "y": False}, 3: "three", 1.5: "f", None: 0, False: 1}
print(json.dumps(data))
print(json.dumps(data, indent=1, separators=(",", " = ")))
print(json.dumps({(1, 2): "t", "k": "v"}, skipkeys=True), json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps([float("inf"), float("-inf"), float("nan"), -0.0, 1e-7, 1e22, 123456789.125]))
for kwargs in ({}, {"indent": 2}):
    for bad in ([float("nan")], {(1,): 2}, {1, 2}, {"a": object}):
        try:
            json.dumps(bad, allow_nan=False, **kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__ + ":", e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)
print(json.dumps([Point(1, 2), {3, 1}, frozenset("ba")], cls=PointEncoder))
print(json.dumps({"p": Point(0, 0)}, default=vars, sort_keys=True, indent="--"))
print(PointEncoder(separators=(",", ":")).encode({"k": [Point(5, 6)]}))
try:
    json.dumps([Point(1, 1), bytes(2)], cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)
cycle = {"self": None}
cycle["self"] = cycle
for kwargs in ({}, {"indent": 1}):
    try:
        json.dumps(cycle, **kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(json.dumps("caf\u00e9 \U0001F600 \u2028", ensure_ascii=False), json.dumps("caf\u00e9 \U0001F600 \x00"))
print(json.dumps({"\u00e9": ["\t"]}, ensure_ascii=False, indent=0))
print(json.dumps(2 ** 100), json.dumps(True), json.dumps([]), json.dumps(()), json.dumps({}))
