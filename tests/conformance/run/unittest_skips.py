# skip, skipIf, skipUnless, skipTest and skipped classes.
import sys
import unittest
from _utrun import run


class Methods(unittest.TestCase):
    @unittest.skipIf(sys.version_info >= (3,), 'python 3')
    def test_if(self):
        pass

    @unittest.skipUnless(sys.platform == 'nowhere', 'needs nowhere')
    def test_unless(self):
        pass

    @unittest.skipIf(False, 'never')
    def test_runs(self):
        pass

    def test_inside(self):
        self.skipTest('decided at run time')

    @unittest.skip
    def test_bare(self):
        pass


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('never printed')

    def test_a(self):
        pass


class SetUpSkips(unittest.TestCase):
    def setUp(self):
        raise unittest.SkipTest('from setUp')

    def test_x(self):
        pass


run(Methods, Skipped, SetUpSkips, verbosity=2)
print(Skipped.__unittest_skip__, Skipped.__unittest_skip_why__)
