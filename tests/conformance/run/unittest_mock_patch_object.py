# patch.object: attributes of classes, instances and modules.
from unittest.mock import patch, PropertyMock
from _mockutil import fails, r
import _mocktarget as t

with patch.object(t.Service, 'fetch', return_value='mocked') as m:
    print(t.Service().fetch('k'), r(m))
    m.assert_called_once_with('k')
print(t.Service().fetch('k'))
s = t.Service()
with patch.object(s, 'limit', 50):
    print(s.limit, t.Service.limit)
print(s.limit, 'limit' in vars(s))
with patch.object(t.Service, 'status', new_callable=PropertyMock) as st:
    st.return_value = 'down'
    print(t.Service().status, st.call_count)
print(t.Service().status)
@patch.object(t, 'compute', return_value=4)
def decorated(m):
    return t.uses_compute(0), m.call_args
print(decorated())
fails(patch.object, '_mocktarget', 'compute')
fails(lambda: patch.object(t.Service, 'nothing').start())
with patch.object(t.Service, 'helper', autospec=True) as h:
    t.Service.helper(1, 2)
    fails(t.Service.helper, 1)
print(t.Service.helper(5, 3))
with patch.object(t.Service, 'build', side_effect=ValueError('no')):
    fails(t.Service.build, 'x')
print(type(t.Service.build('x')).__name__)
