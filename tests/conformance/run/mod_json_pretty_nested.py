# json with nested structures and indentation of empty containers.
import json
doc = {
    "users": [
        {"name": "a", "roles": [], "meta": {}},
        {"name": "b", "roles": ["x"], "meta": {"k": [1, 2]}},
    ],
    "count": 2,
}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0)[:40].splitlines())
print(json.dumps([[], {}, [[]], [{}]], indent=1))
print(json.loads(json.dumps(doc)) == doc, json.dumps("é", ensure_ascii=True), json.dumps(["a", 1], separators=(";", "=")))
