# seal: no new attributes or return values after sealing, recursively.
from unittest.mock import Mock, MagicMock, seal
from _mockutil import fails

m = Mock(name='svc')
m.configured.return_value = 1
m.child.grand.value = 'deep'
m.method()
seal(m)
print(m.configured(), m.child.grand.value, type(m.method()).__name__)
fails(getattr, m, 'new_attr')
fails(getattr, m.child, 'other')
fails(getattr, m.child.grand, 'x')
fails(m.child)
fails(setattr, m, 'fresh', 1)
m.configured = 2
print(m.configured)
anon = Mock()
anon.sub.x = 1
seal(anon)
fails(getattr, anon.sub, 'y')
fails(anon)
# a mock with a name of its own assigned before sealing is not sealed
outer = Mock()
outer.own = Mock(name='own')
seal(outer)
print(type(outer.own.anything).__name__)
mm = MagicMock()
len(mm)
seal(mm)
print(len(mm))
fails(getattr, mm, 'attr')
