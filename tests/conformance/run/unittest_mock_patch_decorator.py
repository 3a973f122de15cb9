# patch as a function decorator: stacked decorators, mocks passed bottom-up.
from unittest.mock import patch, DEFAULT, MagicMock
from _mockutil import r
import _mocktarget as t

@patch('_mocktarget.compute')
def one(mock_compute):
    mock_compute.return_value = 1
    print(r(mock_compute), t.uses_compute(5))
    mock_compute.assert_called_once_with(5)
    return 'returned'
print(one(), t.uses_compute(5))

@patch('_mocktarget.VALUE', 'patched')
@patch('_mocktarget.compute', return_value=0)
@patch('_mocktarget.Service')
def stacked(mock_service, mock_compute, *rest):
    print(t.VALUE, t.compute(9), r(mock_service), r(mock_service()), rest)
    return mock_compute.call_args
print(stacked(), t.VALUE)
print(stacked.__name__, len(stacked.patchings))

@patch('_mocktarget.compute', new_callable=lambda: MagicMock(return_value='made'))
def with_new_callable(extra):
    print(t.compute(), r(extra))
with_new_callable()

@patch('_mocktarget.VALUE', 'x')
def new_not_passed(*args):
    print('args:', args, t.VALUE)
new_not_passed()

@patch('_mocktarget.compute')
def raising(m):
    raise RuntimeError('inside')
try:
    raising()
except RuntimeError as e:
    print('RuntimeError', e, t.compute(1))
