# PropertyMock: a mock that is fetched and set like a property.
from unittest.mock import PropertyMock, patch, Mock, MagicMock
from _mockutil import r

class Config:
    @property
    def level(self):
        return 'real'

with patch.object(Config, 'level', new_callable=PropertyMock) as level:
    level.return_value = 'mocked'
    c = Config()
    print(c.level, c.level)
    c.level = 'assigned'
    print(level.mock_calls)
    level.assert_called_with('assigned')
print(Config().level)
p = PropertyMock(return_value=3)
class Holder:
    pass
Holder.value = p
h = Holder()
print(h.value, p.call_count)
h.value = 10
print(p.call_args_list)
print(type(p.child).__name__, type(p()).__name__)
m = MagicMock()
type(m).prop = PropertyMock(side_effect=[1, 2])
print(m.prop, m.prop)
print(r(PropertyMock(name='pm')))
