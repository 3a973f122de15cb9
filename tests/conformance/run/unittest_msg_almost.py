# assertAlmostEqual and assertNotAlmostEqual with places and delta.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
t.assertAlmostEqual(1.0, 1.00000001)
t.assertAlmostEqual(1.0, 1.04, places=1)
t.assertAlmostEqual(10, 12, delta=2)
t.assertNotAlmostEqual(1.0, 1.1)
checks = [
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.1, places=3),
    lambda: t.assertAlmostEqual(10, 13, delta=2),
    lambda: t.assertNotAlmostEqual(1.0, 1.0),
    lambda: t.assertNotAlmostEqual(1.0, 1.00000001),
    lambda: t.assertNotAlmostEqual(10, 11, delta=2),
    lambda: t.assertAlmostEqual(1, 2, places=1, msg='note'),
]
for check in checks:
    try:
        check()
    except AssertionError as e:
        print(e)
for check in (lambda: t.assertAlmostEqual(1, 2, places=1, delta=1),
              lambda: t.assertNotAlmostEqual(1, 2, places=1, delta=1)):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
