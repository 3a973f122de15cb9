# Under -b, comparing bytes or bytearray with str (and bytes with int) for
# equality, and str() of bytes, warn with BytesWarning, once per place as the
# 'default' action does; ordering comparisons and repr() do not warn.
import sys
import warnings

print(sys.flags.bytes_warning, sys.warnoptions)
print(b'a' == 'a', 'a' != b'a', b'a' == 1, True == b'', b'a' < b'b')
print(str(b'x'), '%s' % bytearray(b'y'), bytearray(b'q') == 'q', bytearray(b'q') == 5)
print(b'a' in ['a', 1], {b'k': 1}.get('k'), repr(b'r'))


def compare(x, y):
    return x == y


for pair in [(b'1', '1'), (b'2', '2'), (b'3', 3)]:
    print(compare(*pair))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    b'' == ''
    str(bytearray())
    format(b'f')
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter('error', BytesWarning)
    try:
        b'a' == 'a'
    except BytesWarning as e:
        print('raised:', e)
print(b'z' == 'z')
