import difflib
import unittest


class TestSequenceMatcher(unittest.TestCase):
    def test_ratio(self):
        s = difflib.SequenceMatcher(None, 'abcd', 'bcde')
        self.assertAlmostEqual(s.ratio(), 0.75)

    def test_opcodes(self):
        s = difflib.SequenceMatcher(None, 'qabxcd', 'abycdf')
        self.assertEqual(s.get_opcodes()[0], ('delete', 0, 1, 0, 0))

    def test_close_matches(self):
        self.assertEqual(difflib.get_close_matches('appel', ['ape', 'apple', 'peach']), ['apple', 'ape'])

    def test_unified(self):
        lines = list(difflib.unified_diff(['a\n'], ['b\n'], 'x', 'y'))
        self.assertEqual(lines[2], '@@ -1 +1 @@\n')

    def test_ndiff_guides(self):
        self.assertIn('? ', ''.join(difflib.ndiff(['abcdef\n'], ['abcxef\n'])))

    @unittest.expectedFailure
    def test_known_bad(self):
        self.assertEqual(difflib.SequenceMatcher(None, 'a', 'b').ratio(), 1.0)


if __name__ == '__main__':
    unittest.main()
