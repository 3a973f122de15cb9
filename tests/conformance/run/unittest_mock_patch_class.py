# patch as a class decorator on a TestCase: only test methods are patched.
import unittest
from unittest.mock import patch, MagicMock
from _utrun import run
import _mocktarget as t


@patch('_mocktarget.VALUE', 'class-level')
@patch('_mocktarget.compute')
class Tests(unittest.TestCase):
    def setUp(self):
        self.seen_in_setup = t.VALUE

    def test_value(self, mock_compute):
        self.assertEqual(t.VALUE, 'class-level')
        self.assertEqual(self.seen_in_setup, 'original')
        self.assertIsInstance(mock_compute, MagicMock)

    def test_compute_called(self, mock_compute):
        t.uses_compute(2)
        mock_compute.assert_called_once_with(2)

    @patch('_mocktarget.Service')
    def test_extra(self, mock_service, mock_compute):
        self.assertIs(t.Service, mock_service)

    @unittest.expectedFailure
    def test_failing(self, mock_compute):
        mock_compute(1)
        self.assertEqual(mock_compute.call_count, 2)

    def helper(self):
        return t.VALUE


run(Tests, verbosity=2)
print(Tests('test_value').helper(), t.VALUE)
