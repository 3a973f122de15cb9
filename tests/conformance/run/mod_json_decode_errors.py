# JSONDecodeError: messages, positions, line and column numbers.
import json

docs = ['', '   ', '[1,]', '{"a": 1,}', "{'a': 1}", '{"a" 1}', '{"a": }', '[1 2]', '[1, 2',
        'tru', 'nul', '"open', '"tab\there"', '"bad \\q escape"', '"\\u12"', '"\\uzzzz"',
        '01', '1.', '-', '1e5x', '[1]]', '{"a": 1}{}', '\n\n  [\n   1,\n   x\n  ]', '\ufeff[]',
        '{"k": "\U0001F600", "v": ?}', '[NaN, Infinity, -Infinity, -Inf]']
for doc in docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
e = json.JSONDecodeError("Custom", "line one\nline two", 12)
print(e, e.args, e.doc[:4], isinstance(e, ValueError), e.__reduce__()[1])
for bad in (None, 1, [b"x"]):
    try:
        json.loads(bad)
    except TypeError as err:
        print("TypeError:", err)
print(json.loads('"ctrl\x01char"', strict=False) == "ctrl\x01char")
d = json.JSONDecoder()
print(d.raw_decode('{"a": [1]} trailing'), d.raw_decode("  7", 2))
try:
    d.raw_decode(" 7")
except json.JSONDecodeError as err:
    print(err)
try:
    json.loads("[" * 3000)
except RecursionError as err:
    print("RecursionError:", err)
