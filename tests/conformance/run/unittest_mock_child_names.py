# Children and return values: created on first access, cached, named after their path.
from unittest.mock import Mock, MagicMock

m = Mock(name='root')
child = m.child
print(child is m.child, m.child is not m.other)
print(m.child._mock_name, m.child._extract_mock_name())
print(m.return_value._extract_mock_name())
print(m.child.return_value._extract_mock_name())
print(m().x()._extract_mock_name())
print(type(m.child).__name__, type(MagicMock().child).__name__)
print(type(m.child) is not type(m), issubclass(type(m.child), Mock))
# an assigned mock becomes a child when it has no name or parent yet
m.assigned = Mock()
print(m.assigned._extract_mock_name())
m.assigned(1)
print(m.mock_calls)
m.named = Mock(name='own')
m.named(2)
print(m.mock_calls)
# deleting a child: it is gone until set again
del m.child
try:
    m.child
except AttributeError as e:
    print('AttributeError:', e)
m.child = 5
print(m.child)
# dunder attributes are not created on plain mocks
try:
    m.__iter__
except AttributeError as e:
    print('AttributeError:', e)
print(sorted(n for n in dir(m) if not n.startswith('_'))[:6])
print('assigned' in dir(m), 'named' in dir(m))
