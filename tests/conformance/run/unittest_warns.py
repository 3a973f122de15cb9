# assertWarns and assertWarnsRegex.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


def old():
    warnings.warn('old() is deprecated', DeprecationWarning)
    return 42


t = T()
with t.assertWarns(DeprecationWarning) as cm:
    value = old()
print(value, cm.warning, type(cm.warning).__name__, cm.lineno)
print(type(t.assertWarns(DeprecationWarning, old)).__name__)
with t.assertWarnsRegex(UserWarning, 'sp.m'):
    warnings.warn('spam')
checks = [
    lambda: t.assertWarns(UserWarning, lambda: None),
    lambda: t.assertWarnsRegex(DeprecationWarning, 'nothing', old),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print('fail:', e)
try:
    with t.assertWarns(RuntimeWarning):
        pass
except AssertionError as e:
    print('fail:', e)
try:
    t.assertWarns(ValueError)
except TypeError as e:
    print('TypeError:', e)
