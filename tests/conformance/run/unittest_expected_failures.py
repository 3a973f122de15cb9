# expectedFailure on methods and classes, with subtests and in setUp.
import unittest
from _utrun import run


class Expected(unittest.TestCase):
    @unittest.expectedFailure
    def test_fails(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_errors(self):
        raise TypeError('expected')

    @unittest.expectedFailure
    def test_passes(self):
        pass

    @unittest.expectedFailure
    def test_subtest_fails(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 1)


@unittest.expectedFailure
class WholeClass(unittest.TestCase):
    def test_x(self):
        self.fail()


run(Expected, WholeClass, verbosity=2)
run(Expected)
