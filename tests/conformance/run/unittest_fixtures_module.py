# setUpModule/tearDownModule and module cleanups, run through unittest.main.
import unittest
from _utrun import main


def setUpModule():
    print('setUpModule')
    unittest.addModuleCleanup(print, 'module cleanup', 1)
    unittest.addModuleCleanup(print, 'module cleanup', 2)


def tearDownModule():
    print('tearDownModule')


class One(unittest.TestCase):
    def test_a(self):
        print('test_a')


class Two(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        print('tearDownClass Two')
        raise OSError('teardown failed')

    def test_b(self):
        print('test_b')


main([])
main(['-v', 'One'])
