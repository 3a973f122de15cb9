# unittest.main() exit status and the report; exit=False keeps going.
import io
import re
import unittest
from _utrun import main, mask


class Good(unittest.TestCase):
    def test_good(self):
        pass


class Bad(unittest.TestCase):
    def test_bad(self):
        self.assertEqual('a', 'b')


main(['Good'])
main(['Bad'])
main(['Good.test_good', 'Bad.test_bad'])
out = io.StringIO()
program = unittest.main(argv=['prog', 'Good'], exit=False,
                        testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
print(mask(out.getvalue()), end='')
print(program.result.wasSuccessful(), program.result.testsRun)
