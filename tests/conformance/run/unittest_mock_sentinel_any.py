# sentinel, DEFAULT and ANY.
from unittest.mock import sentinel, DEFAULT, ANY, Mock, call
import copy

a = sentinel.first
print(a, sentinel.first is a, sentinel.second is not a, repr(sentinel.other))
print(a.name, DEFAULT, DEFAULT is sentinel.DEFAULT)
print(copy.copy(a) is a, copy.deepcopy(a) is a)
m = Mock(return_value=sentinel.result)
print(m() is sentinel.result)
print(ANY == 1, ANY == None, 'x' == ANY, ANY != 1, repr(ANY))
print([1, ANY, 3] == [1, 2, 3], {'k': ANY} == {'k': object()})
m(1, sentinel.arg, key=[1, 2])
m.assert_called_with(ANY, sentinel.arg, key=ANY)
m.assert_called_with(1, ANY, key=[1, ANY])
print(call(ANY) == call(5), call(5) == call(ANY))
print(m.call_args == call(ANY, ANY, key=ANY))
m.method(object())
m.method.assert_called_once_with(ANY)
m.assert_has_calls([call(1, ANY, key=ANY), call.method(ANY)])
print('all matched')
try:
    sentinel.__bases__
except AttributeError:
    print('no __bases__')
