# json.dumps: indent, sort_keys, separators, ensure_ascii, special values.
import json
data = {"name": "Ann", "tags": ["x", "y"], "age": 30, "ok": True, "none": None, "ratio": 0.1, "é": "ü"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps(1e100), json.dumps(2 ** 70))
print(json.dumps({1: "int key", 2.5: "float key", True: "bool", None: "none"}))
print(json.dumps("quote\" backslash\\ newline\n tab\t \u2028 😀"))
for bad in ({(1, 2): 3}, {1, 2}, object):
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps([], indent=4), json.dumps({}, indent=4))
