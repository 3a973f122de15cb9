# reset_mock and configure_mock.
from unittest.mock import Mock, MagicMock

m = Mock(return_value=1, side_effect=None)
m(1)
m.child(2)
m.child.grand(3)
ret = m()
print(m.call_count, m.child.call_count, m.mock_calls)
m.reset_mock()
print(m.call_count, m.called, m.call_args, m.call_args_list, m.mock_calls, m.method_calls)
print(m.child.call_count, m.child.grand.called)
print(m(), m.return_value)
m.side_effect = KeyError
m.reset_mock(return_value=True, side_effect=True)
print(m.side_effect, type(m()).__name__)
r = Mock()
r.return_value.inner(5)
r.reset_mock()
print(r.return_value.inner.call_count)
c = Mock()
c.configure_mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 'x',
                    'deep.er.value': 9})
print(c.method(), c.attr, c.deep.er.value)
try:
    c.other()
except KeyError:
    print('KeyError')
mm = MagicMock()
mm.configure_mock(**{'__len__.return_value': 6})
print(len(mm))
circular = Mock()
circular.return_value = circular
circular()
circular.reset_mock()
print(circular.call_count)
