# marshal round trips of the values pstats files hold.
import marshal

values = [None, True, False, 0, -1, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1, 2 ** 100, -(3 ** 50),
          0.5, -1e300, float('inf'), 1j, 'abc', '', 'é€😀', b'bytes', (), (1, 'a'), [1, [2]],
          {'k': (1, 2.5)}, {('f', 1, 'g'): (1, 1, 0.0, 0.0, {})}, {1, 2}, frozenset({3}), ..., StopIteration]
for v in values:
    w = marshal.loads(marshal.dumps(v))
    print(repr(w), type(w).__name__, w == v or v != v)
print(marshal.loads(b'\xe9\x02\x00\x00\x00\xda\x01a\xda\x01b'))
print(marshal.loads(b"\xa9\x02\xda\x01a\x72\x01\x00\x00\x00"))
for bad in [b'', b'i\x01', b'?']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e)
try:
    marshal.dumps(object())
except ValueError as e:
    print('ValueError', e)
print(marshal.version)
