# json.dump writes piece by piece; iterencode yields the pieces.
import json

class Recorder:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

r = Recorder()
json.dump({"a": [1, "two", None], "b": {"c": 3.5}, "d": []}, r)
print(r.parts)
r = Recorder()
json.dump([{"k": [True, False]}, "s"], r, indent=2, sort_keys=True)
print(r.parts)
print("".join(r.parts))
print(list(json.JSONEncoder(separators=(",", ":")).iterencode({"x": [1, {"y": 2}]})))
r = Recorder()
try:
    json.dump([1, 2, object(), 3], r)
except TypeError as e:
    print("TypeError:", e, r.parts)
enc = json.JSONEncoder(indent="\t")
print(list(enc.iterencode([[], [1], {"a": []}])))
print(enc.encode({"nested": {"deep": [1, [2, [3]]]}}))
r = Recorder()
json.dump("just a string \u00e9", r, ensure_ascii=False)
print(r.parts)
