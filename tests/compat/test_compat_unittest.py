import io
import unittest
import warnings


class TestAssertions(unittest.TestCase):
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i, 2)

    def test_raises(self):
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('x')

    def test_warns(self):
        with self.assertWarns(UserWarning):
            warnings.warn('w')

    def test_error(self):
        raise RuntimeError('an error')

    def test_count_equal(self):
        self.assertCountEqual('abc', 'cab')

    def test_inner_runner(self):
        class Inner(unittest.TestCase):
            def test_x(self):
                self.fail('inner')
        out = io.StringIO()
        result = unittest.TextTestRunner(stream=out).run(
            unittest.defaultTestLoader.loadTestsFromTestCase(Inner))
        self.assertEqual(len(result.failures), 1)
        self.assertIn('AssertionError: inner', out.getvalue())


class TestFixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = [1]

    def setUp(self):
        self.addCleanup(self.shared.append, 2)

    def test_shared(self):
        self.assertEqual(self.shared[0], 1)


if __name__ == '__main__':
    unittest.main()
