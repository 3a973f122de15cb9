"""Write tests/modules/json_cases.json: what CPython 3.11's json module
does, for tests/modules/json.test.ts (the format is tools/pycases.py's).

Covers dumps/dump/loads/load with their options, JSONEncoder and
JSONDecoder (and subclasses), the decoder's error messages and positions,
the _json scanner and encoder objects, and the recursion limits.
Run: python3 tools/gen_json_cases.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pycases

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'modules', 'json_cases.json')

PRELUDE = '''import json
class Chunks:
    """A file that keeps the pieces written to it."""
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
def nest(n, empty=None):
    x = [] if empty is None else empty
    for _ in range(n):
        x = [x]
    return x
def rec(n):
    return 0 if n == 0 else rec(n - 1)
def depth_ok(f):
    # The deepest nesting f(n) handles without RecursionError, less the
    # deepest plain recursion from the same frame: what json itself costs.
    return deepest(f) - deepest(rec)
def deepest(f):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo
def err(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e), getattr(e, 'msg', None), getattr(e, 'pos', None),
                getattr(e, 'lineno', None), getattr(e, 'colno', None))'''

DOC = '{"name": "Ann", "tags": ["x", "y"], "age": 30, "ok": True, "none": None, "ratio": 0.1, "\\u00e9": "\\u00fc"}'

GROUPS = [
    # ------------------------------------------------------------ dumps
    ('data = ' + DOC, [
        'json.dumps(data)', 'json.dumps(data, sort_keys=True, indent=2)', "json.dumps(data, separators=(',', ':'))",
        'json.dumps(data, ensure_ascii=False)', "json.dumps(data, indent='\\t')", 'json.dumps(data, indent=0)',
        'json.dumps(data, indent=-3)', 'json.dumps(data, indent=True)', 'json.dumps(data, indent=1.5)',
        "json.dumps(data, indent=2, separators=(', ', ' = '))", "json.dumps([1, [2, [3, {}]], []], indent=1)",
        'json.dumps([[], {}, [[]], [{}]], indent=1)', "json.dumps([1], separators=('a',))",
        "json.dumps([1, 2], separators=[';', '='])", "json.dumps({'a': 1}, separators=(1, 2))",
        "json.dumps({'a': [1]}, indent=None, separators=(',', ':'), check_circular=False)",
    ]),
    ('', [
        "json.dumps(float('inf'))", "json.dumps(float('-inf'))", "json.dumps(float('nan'))",
        'json.dumps(1e100)', 'json.dumps(2 ** 70)', 'json.dumps(-2 ** 64)', 'json.dumps(0.1)', 'json.dumps(-0.0)',
        'json.dumps(1e16)', 'json.dumps(1e-7)', 'json.dumps(5e-324)', 'json.dumps(123456789.123)',
        'json.dumps(True)', 'json.dumps(None)', "json.dumps('')", 'json.dumps((1, 2))', 'json.dumps([(1,), ()])',
        "json.dumps({1: 'int key', 2.5: 'float key', True: 'bool', None: 'none', False: 0})",
        "json.dumps({float('nan'): 1, float('inf'): 2})", "json.dumps({1: 'a', '1': 'b'})",
        "json.dumps('quote\" backslash\\\\ newline\\n tab\\t \\u2028 \\U0001F600 \\x00\\x1f\\x7f \\ud83d')",
        "json.dumps('\\u00e9\\U0001F600\\x7f', ensure_ascii=False)", "json.dumps('\\b\\f\\r', ensure_ascii=False)",
        "json.dumps({'\\u00e9': '\\U0001F600'}, ensure_ascii=False, indent=1)",
        'json.dumps({(1, 2): 3})', 'json.dumps({1, 2})', 'json.dumps(object)', 'json.dumps(b"x")',
        "json.dumps({'a': 1, (1,): 2, 'b': 3}, skipkeys=True)", "json.dumps({(1,): 2}, skipkeys=True, indent=2)",
        "json.dumps(float('nan'), allow_nan=False)", "json.dumps([float('inf')], allow_nan=False)",
        "json.dumps([float('-inf')], allow_nan=False, indent=1)", "json.dumps({float('nan'): 1}, allow_nan=False)",
        "json.dumps({float('nan'): 1}, allow_nan=False, indent=1)", "json.dumps({'b': 1, 'a': 2}, sort_keys=True)",
        "json.dumps({1: 2, '1': 3}, sort_keys=True)", "json.dumps({1: 2, '1': 3}, sort_keys=True, indent=2)",
        'json.dumps([], indent=4)', 'json.dumps({}, indent=4)', 'json.dumps(1 << 20000)', 'json.dumps([1 << 20000], indent=1)',
        "json.dumps({'a': 1}, default=5)", 'json.dumps(object(), default=5)', 'json.dumps(object(), default=repr)[:19]',
        'json.dumps([{1, 2}], default=sorted)', 'json.dumps({3: {1, 2}}, default=sorted, indent=1)',
        'json.dumps(5, cls=json.JSONEncoder)', "json.dumps([1], bogus=1)", "json.dumps(1, 2)",
    ]),
    # subclasses of the basic types, and encoder subclasses
    ("class I(int):\n    def __repr__(self): return 'I!'\nclass F(float):\n    def __repr__(self): return 'F!'\n"
     "class S(str):\n    pass\nclass L(list):\n    pass\nclass T(tuple):\n    pass\nclass D(dict):\n    pass\n"
     "class Rev(list):\n    def __iter__(self): return reversed(list(list.__iter__(self)))\n"
     "class Items(dict):\n    def items(self): return [('z', 0)] + list(dict.items(self))\n"
     "class Enc(json.JSONEncoder):\n    def default(self, o):\n        if isinstance(o, set): return sorted(o)\n"
     "        return super().default(o)\n"
     "class Loud(json.JSONEncoder):\n    def encode(self, o): return 'loud:' + super().encode(o)", [
        'json.dumps([I(3), F(1.5), S("s"), L([1]), T((2,)), D(a=1)])', 'json.dumps({I(1): F(2.0), S("k"): 1})',
        'json.dumps(I(7))', 'json.dumps(F(0.5), indent=1)', 'json.dumps(Rev([1, 2, 3]))', 'json.dumps(Rev([1, 2, 3]), indent=1)',
        'json.dumps(Items(a=1))', 'json.dumps(Items(a=1), indent=1)', 'json.dumps({"s": {3, 1}}, cls=Enc)',
        'json.dumps({"s": object()}, cls=Enc)', 'json.dumps([1], cls=Loud)', 'Enc().encode({2, 1})',
        'Enc(indent=2).encode({"a": {2, 1}})', 'Enc(sort_keys=True, separators=(",", ":")).encode({"b": 1, "a": [2]})',
        'json.JSONEncoder().item_separator', 'json.JSONEncoder(indent=2).item_separator', 'json.JSONEncoder().key_separator',
        "json.JSONEncoder(default=len).default('abc')", 'json.JSONEncoder().default(1)',
    ]),
    # cycles
    ("a = []\na.append(a)\nd = {}\nd['d'] = d\nclass O: pass\no = O()", [
        'json.dumps(a)', 'json.dumps(a, indent=1)', 'json.dumps(d)', 'json.dumps(d, indent=1)',
        'json.dumps(o, default=lambda x: x)', 'json.dumps(o, default=lambda x: [x])',
        'json.dumps(o, default=lambda x: [x], indent=1)', 'json.dumps([o, o], default=lambda x: 1)',
        'json.dumps(a, check_circular=False)', 'json.dumps(d, check_circular=False, indent=1)',
        'list(json.JSONEncoder().iterencode(a))',
    ]),
    # chunks of iterencode and dump
    ('w = Chunks()', [
        "list(json.JSONEncoder().iterencode({'a': [1, 2.5, None], 'b': {}}))",
        "list(json.JSONEncoder(indent=2).iterencode({'a': [1, 'x'], 'b': [{}]}))",
        "list(json.JSONEncoder().iterencode('s'))", "json.JSONEncoder().iterencode([1], _one_shot=True)",
        "json.dump({'x': [1, {'y': None}]}, w) or w.parts",
        "json.dump([1, 2], w, indent=1, sort_keys=True) or w.parts[-6:]",
        "json.dump({'a': object()}, w)",
        "w.parts[-2:]",
    ]),
    # ------------------------------------------------------------ loads
    ('', [
        "json.loads('{\"a\": [1, 2.5, \"s\", true, false, null], \"b\": {\"c\": -1e3}}')",
        "json.loads('[]')", "json.loads('\"\\\\u00e9\\\\ud83d\\\\ude00\"')", "json.loads('  42  ')", "json.loads('NaN')",
        "json.loads('-Infinity')", "json.loads('Infinity')", "json.loads('{\"a\": 1, \"a\": 2}')", "json.loads('1.0')",
        "json.loads('-0')", "json.loads('-0.0')", "json.loads('1E5')", "json.loads('1e-400')", "json.loads('1e400')",
        "json.loads('12345678901234567890')", "json.loads('0.1e1')", "json.loads('[1e+2, 2E-2, -3.5e0]')",
        "json.loads(' \\t\\n\\r[ 1 ,\\n2 ]\\r\\n')", "json.loads('\"\\\\\"\\\\\\\\\\\\/\\\\b\\\\f\\\\n\\\\r\\\\t\"')",
        "json.loads('\"\\\\ud83d\"')", "json.loads('\"\\\\ude00\\\\ud83d\"')", "json.loads('\"\\\\ud83d\\\\u0041\"')",
        "json.loads('\"\\\\uD83D\\\\uDE00\"')", "json.loads('\"\\u00e9\\U0001F600\"')", "json.loads('[\"\\U0001F600\", 1]')",
        "json.loads('\"\\x01\"', strict=False)", "json.loads('{\"\\\\u0061\": 1}')", "type(json.loads('10')).__name__",
        "json.loads(b'[1]')", "json.loads(bytearray(b'{\"a\": 2}'))", "json.loads('[1]'.encode('utf-16'))",
        "json.loads('[1]'.encode('utf-16-le'))", "json.loads('[1]'.encode('utf-16-be'))", "json.loads('[1]'.encode('utf-32'))",
        "json.loads('[1]'.encode('utf-32-le'))", "json.loads('\"x\"'.encode('utf-8-sig'))", "json.loads('1'.encode('utf-16-le'))",
        "json.loads(5)", "json.loads('\\ufeff1')", "json.loads('1' * 5000)", "json.loads('[' + '1' * 4300 + ']') % 10",
        "json.loads('[1.5]', parse_float=str)", "json.loads('[1, 2.0]', parse_int=float)",
        "json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower())",
        "json.loads('{\"x\": 1}', object_hook=lambda d: sorted(d.items()))",
        "json.loads('{\"a\": 1, \"b\": {\"c\": 2}}', object_pairs_hook=list)",
        "json.loads('{\"a\": 1}', object_hook=len, object_pairs_hook=tuple)", "json.loads('{}', object_pairs_hook=list)",
        "json.loads('[1]', cls=json.JSONDecoder)", "json.loads('[1]', bogus=1)", "json.loads('1', parse_int=lambda s: 1 / 0)",
        "json.loads('[{\"k\": 1}, {\"k\": 2}]')[0].keys() == {'k'}",
        "[list(x)[0] for x in json.loads('[{\"kk\": 1}, {\"kk\": 2}]')][0] is [list(x)[0] for x in json.loads('[{\"kk\": 1}, {\"kk\": 2}]')][1]",
    ]),
    ("ds = json.loads('[{\"key\": 1}, {\"key\": 2}]')", ["list(ds[0])[0] is list(ds[1])[0]"]),
    ('', ['err(lambda: json.loads(%r))' % s for s in [
        '', '[1,]', "{'a': 1}", '{"a" 1}', '[1, 2', 'tru', '"unterminated', '01', '1 2', '[1,', '{"a":1,', '[1 2]',
        '{"a":1 "b"}', '{"a"', '{"a":', '{', '[', '"abc', '"a\\', '"\\u12', '"\\u12x4"', '"\\ud83d\\ude0"',
        '"\\ud83d\\uzzzz"', '"\x01"', '"\\x"', 'nul', '-', '-Infinity', '1e', '1.', '1.5e+', '[1]x', '  ', '[-]',
        '{"a":1}}', '\n\n  [1,\n  2,,]', '{"a": [1, {"b": x}]}', '[1, "\U0001F600", x]', '"\U0001F600\x02"',
        '{"\U0001F600": 1 2}', '  \n', '{"a":1,}', '[,1]', '{,}', '"\\', '"\\u"', '-a', '+1', '.5', 'True', 'null x',
        'NaNx', '"a\tb"', '[1,\n\t"x"\n]]',
    ]]),
    # ------------------------------------------------------------ the decoder classes
    ("d = json.JSONDecoder()\nclass Dec(json.JSONDecoder):\n    def decode(self, s):\n"
     "        return ('dec', super().decode(s))", [
        "d.decode('[1]')", "d.raw_decode('[1] tail')", "d.raw_decode('  [1]')", "d.raw_decode('x')",
        "d.raw_decode('[1]', 1)", "d.scan_once('[1]', 0)", "d.scan_once('[1]', 5)", "d.scan_once('[1]', -1)",
        "d.scan_once('[1]', 2**70)", "d.scan_once(b'[1]', 0)", "d.scan_once('[1]')", "d.scan_once(string='{}', idx=0)",
        "d.scan_once('ab\U0001F600\"x\"', 3)", "d.scan_once('\U0001F600 12', 2)", "json.loads('[2]', cls=Dec)",
        "d.strict", "d.parse_float", "d.parse_int", "d.parse_constant('NaN')", "d.object_hook", "d.memo",
        "type(d.scan_once).__name__", "type(d.scan_once).__module__", "d.scan_once.strict", "d.scan_once.parse_int",
        "d.scan_once.object_pairs_hook", "json.JSONDecoder(strict=0).scan_once.strict",
        "json.scanner.make_scanner is json.scanner.c_make_scanner", "json.scanner.make_scanner()",
        "json.scanner.make_scanner(1)", "json.scanner.NUMBER_RE.match('-12.5e3x').groups()",
    ]),
    ("e = json.JSONDecodeError('Oops', 'ab\\ncd\\nef', 7)", [
        'str(e)', 'e.msg', 'e.doc', 'e.pos', 'e.lineno', 'e.colno', 'e.args', 'e.__reduce__()',
        'isinstance(e, ValueError)', 'json.JSONDecodeError.__module__', 'json.JSONDecodeError.__mro__',
        "str(json.JSONDecodeError('x', 'abc', 0))", "str(json.JSONDecodeError('x', '\\n\\n', 2))",
    ]),
    ('from json import decoder, encoder', [
        "decoder.scanstring('\"abc\"', 1)", "decoder.scanstring('\"a\\\\nb\" x', 1)", "decoder.scanstring('\"abc', 1)",
        "decoder.scanstring('\"abc\"', 10)", "decoder.scanstring('\"abc\"', -1)", "decoder.scanstring('\"abc\"', 5)",
        "decoder.scanstring('\"a\\x01\"', 1, False)", "decoder.scanstring('\"a\\x01\"', 1, True)",
        "decoder.scanstring('\"abc\"', 1, 0, 2)", "decoder.scanstring(1, 1)", "decoder.scanstring('a', 1.0)",
        "decoder.scanstring('\"abc\"', end=1)", "decoder.scanstring('\U0001F600\"ab\"', 2)",
        "encoder.encode_basestring_ascii('\\u00e9\\ud83d\\x00\"\\\\/\\x7f\\U0001F600')",
        "encoder.encode_basestring('\\u00e9\\ud83d\\x00\"\\x7f\\x1f\\n')", "encoder.encode_basestring(1)",
        "encoder.encode_basestring_ascii(b'x')", "encoder.encode_basestring_ascii()",
        "encoder.c_make_encoder", "encoder.INFINITY", "json.__version__", "json.__all__",
        "json.detect_encoding(b'\\x00\\x00\\x00[')", "json.detect_encoding(b'[\\x00\\x00\\x00')",
        "json.detect_encoding(b'\\x00[')", "json.detect_encoding(b'[\\x00')", "json.detect_encoding(b'[1]')",
        "json.detect_encoding(b'\\xef\\xbb\\xbf[]')", "json.detect_encoding(b'\\xff\\xfe[\\x00')",
        "json.detect_encoding(b'\\x00[\\x00]')", "json.detect_encoding(b'')",
    ]),
    # the C encoder object itself
    ("mk = json.encoder.c_make_encoder\ne = mk(None, str, json.encoder.encode_basestring_ascii, None, ':', ',', False,"
     " False, True)\ne2 = mk({}, str, lambda s: 5, None, ':', ',', False, False, True)\n"
     "e3 = mk({}, str, str, '    ', ':', ',', True, True, False)", [
        'e([1, "a", {"b": None}], 0)', 'e(1.5, 0)', "e('\\u00e9', 0)", 'e([1])', 'e.markers', 'e.default', 'e.encoder',
        'e.indent', 'e.key_separator', 'e.item_separator', 'e.sort_keys', 'e.skipkeys', 'type(e).__name__',
        "e2(['a'], 0)", "e2([1], 0)", "e3(['a', {'b': 'c', 1: 2, (3,): 4}], 0)", "e3([float('nan')], 0)",
        "mk(None, str, str, None, 1, ',', False, False, True)", "mk([], str, str, None, ':', ',', False, False, True)",
        "mk(None, str, str, None, ':', ',', False, False)", "e(obj=[2], _current_indent_level=3)",
    ]),
    # ------------------------------------------------------------ reference counts
    ("import sys\nd = json.loads('{\"keyone\": [1, 2, {\"keyone\": \"value1\"}], \"keytwo\": \"x1\"}')\n"
     "k = list(d)[0]\nv = d['keyone']", [
        'sys.getrefcount(d)', 'sys.getrefcount(k)', 'sys.getrefcount(v)', "sys.getrefcount(d['keytwo'])",
        'sys.getrefcount(v[2])', 'sys.getrefcount(list(v[2])[0])', 'sys.getrefcount(json.dumps(d))',
        'sys.getrefcount(d)', 'sys.getrefcount(k)', 'len(json.dumps(d, indent=2)) + sys.getrefcount(v)',
        'sys.getrefcount(json.JSONDecoder().scan_once)', 'sys.getrefcount(json.decoder.scanstring(\'"abc"\', 1)[0])',
    ]),
    # ------------------------------------------------------------ recursion limits (from this frame's depth)
    ('', [
        'depth_ok(lambda n: json.dumps(nest(n)))', 'depth_ok(lambda n: json.dumps(nest(n), indent=1))',
        "depth_ok(lambda n: json.loads('[' * n + ']' * n))", "depth_ok(lambda n: json.loads('{\"a\":' * n + '1' + '}' * n))",
        "depth_ok(lambda n: json.JSONDecoder().scan_once('[' * n + ']' * n, 0))",
        "err(lambda: json.dumps(nest(5000)))", "err(lambda: json.dumps(nest(5000), indent=1))",
        "err(lambda: json.loads('[' * 5000))", "err(lambda: json.loads('{\"a\":' * 5000))",
    ]),
]

if __name__ == '__main__':
    pycases.write(OUT, GROUPS, PRELUDE)
