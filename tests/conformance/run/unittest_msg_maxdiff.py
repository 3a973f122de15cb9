# maxDiff bounds the diff shown; None shows it all; longMessage and msg.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
a = '\n'.join('line %d' % i for i in range(60))
b = a.replace('line 30', 'line thirty')
for max_diff in (80 * 8, 20, None):
    t.maxDiff = max_diff
    try:
        t.assertEqual(a, b)
    except AssertionError as e:
        print(max_diff, len(str(e)), str(e).splitlines()[-1])
t.maxDiff = 30
try:
    t.assertEqual(list(range(20)), list(range(21)))
except AssertionError as e:
    print(e)
try:
    t.assertEqual({'k': 1}, {'k': 2})
except AssertionError as e:
    print(e)
t.longMessage = False
for msg in (None, 'mine'):
    try:
        t.assertEqual(1, 2, msg)
    except AssertionError as e:
        print(e)
t.longMessage = True
try:
    t.assertTrue(0, 'mine')
except AssertionError as e:
    print(e)
