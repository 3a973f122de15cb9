# Round trips, subclasses of the basic types, and what dumps makes of them.
import json

class Tag(str):
    pass
class Count(int):
    def __repr__(self):
        return "Count!"
class Ratio(float):
    def __repr__(self):
        return "Ratio!"
class Row(list):
    pass
class Record(dict):
    pass
value = Record(tag=Tag("t"), n=Count(3), r=Ratio(0.25), rows=Row([(1, 2), Row()]))
print(json.dumps(value), json.dumps(value, indent=1))
print(json.dumps({Count(7): Ratio(1.0), Tag("k"): True}))
data = {"ints": [0, -1, 2 ** 63, -(2 ** 70)], "floats": [0.1, 1 / 3, 2.5e-8, 1e16, 5e-324],
        "text": ["", "quote\"", "back\\slash", "\u0000\u001f", "\u00e9\U0001F600"],
        "nested": [[[]], {"": {}}], "bools": [True, False, None]}
text = json.dumps(data)
print(text)
print(json.loads(text) == data, json.loads(json.dumps(data, indent=4)) == data)
print(json.loads(json.dumps(data, ensure_ascii=False)) == data, len(text))
print(json.dumps((1, (2, 3))), json.loads(json.dumps((1, (2, 3)))))
print(json.dumps({1: "a", "1": "b"}), json.loads(json.dumps({1: "a", "1": "b"})))
