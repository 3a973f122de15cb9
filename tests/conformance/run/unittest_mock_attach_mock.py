# attach_mock: calls of separate mocks recorded in one parent, in order.
from unittest.mock import Mock, MagicMock, call, patch
from _mockutil import r
import _mocktarget as t

manager = Mock()
first = Mock(return_value=1)
second = MagicMock()
manager.attach_mock(first, 'first')
manager.attach_mock(second, 'second')
first(1)
second.method(2)
first(3)
print(manager.mock_calls)
print(manager.mock_calls == [call.first(1), call.second.method(2), call.first(3)])
print(manager.method_calls)
print(r(first), r(second.method))
# with patch: the order of calls across patched functions
with patch('_mocktarget.compute') as c, patch('_mocktarget.uses_compute') as u:
    parent = Mock()
    parent.attach_mock(c, 'compute')
    parent.attach_mock(u, 'uses')
    t.uses_compute(1)
    t.compute(2)
    print(parent.mock_calls)
named = Mock(name='already')
holder = Mock()
holder.attach_mock(named, 'renamed')
named()
print(holder.mock_calls, r(named))
