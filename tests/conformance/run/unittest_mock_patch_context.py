# patch as a context manager and with start()/stop(); new, create, errors.
from unittest.mock import patch, sentinel
from _mockutil import fails, r
import _mocktarget as t

with patch('_mocktarget.compute') as m:
    m.return_value = 3
    print(t.uses_compute(1), r(m))
print(t.uses_compute(1))
with patch('_mocktarget.VALUE', sentinel.value) as v:
    print(v, t.VALUE)
print(t.VALUE)
p = patch('_mocktarget.compute', return_value=-1)
started = p.start()
print(t.compute(0), started is t.compute)
p.stop()
print(t.compute(0), p.stop())
with patch('_mocktarget.NOT_THERE', 'new', create=True):
    print(t.NOT_THERE)
print(hasattr(t, 'NOT_THERE'))
fails(lambda: patch('_mocktarget.NOT_THERE').start())
fails(patch, 'no_dot_here')
fails(patch, 42)
fails(lambda: patch('no_such_module_xyz.attr').start())
fails(patch, '_mocktarget.compute', new=1, new_callable=list)
fails(lambda: patch('_mocktarget.compute', 1, unknown=2).start())
with patch('builtins.hex', return_value=99):
    print(hex(1))
print(hex(1))
p1 = patch('_mocktarget.VALUE', 'one')
p2 = patch('_mocktarget.compute', return_value='two')
p1.start(); p2.start()
print(t.VALUE, t.compute(1))
patch.stopall()
print(t.VALUE, t.compute(1))
with patch('_mocktarget.Service', spec=True) as S:
    print(r(S), r(S()))
    fails(getattr, S(), 'unknown')
with patch('_mocktarget.compute', autospec=True) as ac:
    t.compute(1, 2)
    fails(t.compute)
    print(ac.call_args_list)
