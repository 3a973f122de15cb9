# assert_called, assert_called_once, assert_not_called: messages.
from unittest.mock import Mock
from _mockutil import fails

m = Mock()
fails(m.assert_called)
fails(m.assert_called_once)
fails(m.assert_not_called)
m(1)
fails(m.assert_called)
fails(m.assert_called_once)
fails(m.assert_not_called)
m(2, k='v')
fails(m.assert_called_once)
fails(m.assert_not_called)
named = Mock(name='fetch')
fails(named.assert_called)
named.method(3)
fails(named.method.assert_not_called)
fails(named.method.assert_called_once)
named.method(4)
fails(named.method.assert_called_once)
fails(named.assert_not_called)
fails(named.assert_called)
# misspelled assertions are errors, not child mocks
fails(lambda: m.assert_called_onec())
fails(lambda: m.assret_called())
ok = Mock(unsafe=True)
print(type(ok.assert_whatever).__name__)
