# addCleanup, doCleanups, enterContext and class cleanups.
import contextlib
import unittest
from _utrun import run


@contextlib.contextmanager
def resource(name):
    print('open', name)
    yield name.upper()
    print('close', name)


class Cleanups(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, 'class cleanup')
        print('class resource', cls.enterClassContext(resource('cls')))

    def setUp(self):
        self.addCleanup(print, 'cleanup 1')
        self.addCleanup(print, 'cleanup', 2, sep='-')

    def test_ok(self):
        print('entered', self.enterContext(resource('r')))

    def test_failing_cleanup(self):
        def broken():
            raise ValueError('cleanup failed')
        self.addCleanup(broken)

    def test_not_cm(self):
        with self.assertRaises(TypeError) as cm:
            self.enterContext(42)
        print(cm.exception)


run(Cleanups, verbosity=2)
