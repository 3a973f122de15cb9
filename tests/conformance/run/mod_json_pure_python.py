# With _json blocked, json decodes and encodes with its Python functions:
# same results, same errors, and the functions come from json's modules.
import sys

for name in [n for n in sys.modules if n == 'json' or n.startswith('json.')]:
    del sys.modules[name]
sys.modules['_json'] = None
import json
import json.scanner

print(json.scanner.make_scanner.__module__, json.decoder.scanstring.__module__,
      json.encoder.encode_basestring_ascii.__module__)
doc = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "x\\u00e9\\ud83d\\ude00\\n"}, "d": NaN}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list, parse_int=str, parse_float=repr))
print(json.loads('  [ ]  '), json.loads('{ }'), json.loads('"\\/"'))
for bad in ['[1,]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '[1 2]', '"abc', '"\\x"', '"\\u12g4"',
            '"a\tb"', '', '[', '{"a": }', 'nul', '1 2', '"\\ud834\\u0x20"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e)
print(json.loads('"a\tb"', strict=False))
print(json.decoder.scanstring('"q\\"x" rest', 1))
data = {'k': [1, 2.0, float('inf'), 'caf\u00e9 \U0001f600', None, True], 'n': {}, 'e': [], 3: 'int key'}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False, sort_keys=False))
print(json.dumps(data, indent=1, separators=(',', '= ')))
print(list(json.JSONEncoder().iterencode([1, {'a': [True]}, 'x'])))
for bad in [{'a': float('nan')}, {(1,): 2}, [set()]]:
    try:
        json.dumps(bad, allow_nan=False)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
print(json.dumps({(1,): 2, 'ok': 1}, skipkeys=True))
print(json.encoder.py_encode_basestring('\x00\x1f"\\\u2028'), json.encoder.py_encode_basestring_ascii('\x7f\U00010000'))
