# Reprs of mocks name their path from the root mock.
from unittest.mock import Mock, MagicMock, NonCallableMock, PropertyMock
from _mockutil import r

m = Mock()
print(r(m))
print(r(m.attr))
print(r(m.attr.sub))
print(r(m()))
print(r(m.method()))
print(r(m.method().chained))
print(r(m.a().b().c))
named = Mock(name='database')
print(r(named))
print(r(named.connect()))
print(r(named.connect().cursor().execute))
print(r(MagicMock()))
print(r(MagicMock(name='mm').__len__))
print(r(MagicMock()[3]))
print(r(NonCallableMock(name='nc').x))
print(r(PropertyMock()))
class Spec:
    pass
print(r(Mock(spec=Spec)))
print(r(Mock(spec_set=Spec, name='s')))
print(r(Mock(spec=Spec()).whatever if False else Mock(spec=['a']).a))
print(str(m.attr) == repr(m.attr))
print(r(Mock(name='a.b')))
