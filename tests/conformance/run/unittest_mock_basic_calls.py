# Mock records calls: called, call_count, call_args, call_args_list.
from unittest.mock import Mock, call

m = Mock()
print(m.called, m.call_count, m.call_args, m.call_args_list)
result = m(1, 2, key='v')
print(m.called, m.call_count)
print(m.call_args)
print(m.call_args.args, m.call_args.kwargs)
m()
m('x', y=[1, 2])
print(m.call_count)
print(m.call_args_list)
print(m.call_args_list == [call(1, 2, key='v'), call(), call('x', y=[1, 2])])
print(m.call_args == call('x', y=[1, 2]), m.call_args == ((('x',), {'y': [1, 2]})))
print(m.call_args == (('x',), {'y': [1, 2]}))
print(result is m.return_value, m() is m(), m.return_value is m.return_value)
args, kwargs = m.call_args_list[0]
print(args, kwargs)
print(len(m.call_args), m.call_args[0], m.call_args[1])
# attribute calls are recorded on the child and on the parent
m.method(3)
m.other.nested(4, five=5)
print(m.method.call_args, m.method.call_count)
print(m.other.nested.call_args)
print(m.method_calls)
print(m.mock_calls[-2:])
