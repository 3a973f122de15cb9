# return_value, wraps, and how a configured value wins.
from unittest.mock import Mock, MagicMock

m = Mock(return_value=3)
print(m(), m(1, 2), m.return_value)
m.return_value = [1, 2]
print(m())
m = Mock()
m.return_value.attr = 'on the result'
print(m().attr)
m.method.return_value = 42
print(m.method(), m.method('any', thing=1))
# wraps calls the real object unless return_value is set
def real(x):
    return x + 1
w = Mock(wraps=real)
print(w(1), w.call_args)
w.return_value = 'set'
print(w(1))
class Real:
    def hello(self, name):
        return 'hello ' + name
wr = Mock(wraps=Real())
print(wr.hello('bob'), wr.hello.call_args)
try:
    wr.missing
except AttributeError as e:
    print('AttributeError:', e)
# return_value set through constructor keyword arguments
m = Mock(**{'method.return_value': 10, 'other.side_effect': KeyError})
print(m.method())
try:
    m.other()
except KeyError:
    print('KeyError raised')
mm = MagicMock(return_value=5)
print(mm(), int(mm))
