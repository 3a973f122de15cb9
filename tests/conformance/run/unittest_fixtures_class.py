# setUp/tearDown per test, setUpClass/tearDownClass per class, in order.
import unittest
from _utrun import run

log = []


class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass A')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass A')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_1(self):
        log.append('test_1')

    def test_2(self):
        log.append('test_2')
        self.fail('tearDown still runs')


class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class setup broke')

    def test_never(self):
        log.append('never')


class C(unittest.TestCase):
    def setUp(self):
        raise ValueError('setUp broke')

    def tearDown(self):
        log.append('no tearDown after a failed setUp')

    def test_c(self):
        pass


run(A, B, C)
print('\n'.join(log))
