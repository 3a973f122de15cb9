# json.loads: types produced, hooks, and decode errors.
import json
print(json.loads('{"a": [1, 2.5, "s", true, false, null], "b": {"c": -1e3}}'))
print(json.loads("[]"), json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("  42  "), json.loads("NaN"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("1.0"), type(json.loads("10")).__name__)
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads("[1.5]", parse_float=str), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
for bad in ("", "[1,]", "{'a': 1}", '{"a" 1}', "[1, 2", "tru", '"unterminated', "01", "1 2"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.lineno, e.colno, e.pos)
print(issubclass(json.JSONDecodeError, ValueError))
