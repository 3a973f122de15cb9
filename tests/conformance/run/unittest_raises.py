# assertRaises and assertRaisesRegex as context managers and with a callable.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
print(type(t.assertRaises(KeyError, {}.__getitem__, 'k')))
with t.assertRaisesRegex(ValueError, r'inv.lid'):
    int('invalid')
with t.assertRaises((KeyError, IndexError)):
    [][0]
checks = [
    lambda: t.assertRaises(ValueError, lambda: None),
    lambda: t.assertRaises(ValueError, len, 'x'),
    lambda: t.assertRaisesRegex(ValueError, 'abc', int, 'xyz'),
    lambda: t.assertRaises((KeyError, IndexError), print, end=''),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print('fail:', e)
try:
    with t.assertRaises(ValueError, msg='mine'):
        pass
except AssertionError as e:
    print('fail:', e)
try:
    with t.assertRaises(KeyError):
        raise IndexError('passes through')
except IndexError as e:
    print('propagated:', e)
for bad in (lambda: t.assertRaises(1), lambda: t.assertRaises(int, None),
            lambda: t.assertRaises(ValueError, foo=1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
