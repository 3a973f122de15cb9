# unittest.main's options: -v, -q, -k, -f, and unknown options.
import unittest
from _utrun import main


class Numbers(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 3)

    def test_sub(self):
        self.assertEqual(1 - 1, 0)

    def test_mul(self):
        self.assertEqual(2 * 2, 4)


main(['-v', '-k', 'sub'])
main(['-q'])
main(['-k', 'a', '-k', 'mul', '-v'])
main(['-f', '-v'])
main(['-vk', 'Numbers.test_m*'])
