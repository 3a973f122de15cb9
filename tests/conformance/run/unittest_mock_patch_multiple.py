# patch.multiple: several attributes at once; DEFAULT makes mocks.
from unittest.mock import patch, DEFAULT
from _mockutil import r, fails
import _mocktarget as t

with patch.multiple(t, VALUE='multi', compute=DEFAULT) as made:
    print(t.VALUE, sorted(made), r(made['compute']))
    t.compute(1)
    print(made['compute'].call_args)
print(t.VALUE, t.compute(1))
with patch.multiple('_mocktarget', VALUE=DEFAULT, uses_compute=DEFAULT) as made:
    print(sorted(made), r(t.VALUE), r(t.uses_compute))
@patch.multiple('_mocktarget', compute=DEFAULT, VALUE='deco')
def decorated(compute):
    compute.return_value = 'x'
    return t.compute(), t.VALUE
print(decorated())
@patch('_mocktarget.Service')
@patch.multiple('_mocktarget', compute=DEFAULT)
def mixed(service, compute):
    return r(service), r(compute)
print(mixed())
fails(patch.multiple, t)
fails(lambda: patch.multiple(t, missing_attr=1).start())
with patch.multiple(t, new_attr=1, create=True):
    print(t.new_attr)
print(hasattr(t, 'new_attr'))
p = patch.multiple(t, VALUE=DEFAULT)
started = p.start()
print(sorted(started), r(t.VALUE))
p.stop()
print(t.VALUE)
