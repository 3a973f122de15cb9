# json.loads hooks and the decoded types: object_hook, object_pairs_hook, parse_*.
import json
from collections import OrderedDict

doc = '{"b": 1, "a": [1.5, 2, {"c": null}], "a": "dup", "n": -0, "big": 123456789012345678901234}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=lambda d: sorted(d)))
print(json.loads(doc, parse_int=lambda s: "int:" + s, parse_float=lambda s: "float:" + s))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda name: name.upper()))
print(json.loads("[NaN, Infinity, -Infinity, 1e400, -1e400, 1e-400]"))
print(json.loads('"\\u00e9\\ud83d\\ude00\\n\\/\\"\\\\"'), json.loads('"\\ud800x"') == "\ud800x")
class Decoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"x": {"y": 1}}', cls=Decoder), json.loads('{"q": 2}', cls=Decoder, strict=False))
print(json.loads(b'{"bytes": true}'), json.loads(bytearray(b"[1]")), json.loads('["\u00e9"]'.encode("utf-16")))
print(json.loads('"x"'.encode("utf-32-le")), json.loads(b"\xef\xbb\xbf[2]"), json.detect_encoding(b"\x00{"))
keys = json.loads('[{"shared": 1}, {"shared": 2}]')
print(list(keys[0])[0] is list(keys[1])[0], type(json.loads("1.0")).__name__, type(json.loads("10")).__name__)
print(json.loads(" \n [ 1 , { } , [ ] , \"\" ] \r\n"), json.loads("-0.0"), json.loads("1E+2"))
try:
    json.loads("1" * 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
