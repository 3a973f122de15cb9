# assertCountEqual, assertRegex and assertNotRegex messages.
import re
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
t.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 2])
t.assertCountEqual([[1], [2]], [[2], [1]])
checks = [
    lambda: t.assertCountEqual([1, 2, 2], [1, 2, 3]),
    lambda: t.assertCountEqual('aab', 'abb'),
    lambda: t.assertCountEqual([[1], [2], [2]], [[2], [1]]),
    lambda: t.assertCountEqual([], [0] * 3),
    lambda: t.assertRegex('hello world', r'wor?ld\d'),
    lambda: t.assertRegex('abc', re.compile('^b')),
    lambda: t.assertNotRegex('hello world', r'o w'),
    lambda: t.assertRegex('abc', 'x', 'custom'),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print(e)
        print('--')
try:
    t.assertRegex('abc', '')
except AssertionError as e:
    print(e)
