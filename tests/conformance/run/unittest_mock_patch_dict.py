# patch.dict: add, replace, clear, restore; as decorator and context manager.
from unittest.mock import patch
import os
import _mocktarget as t

d = {'a': 1, 'b': 2}
with patch.dict(d, {'b': 20, 'c': 30}) as same:
    print(d, same is d)
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)
with patch.dict(d, c=3, values={'z': 26}):
    print(sorted(d.items()))
print(d)
with patch.dict('_mocktarget.SETTINGS', {'debug': True}):
    print(t.SETTINGS)
print(t.SETTINGS)
with patch.dict(os.environ, {'PYHEAP_MOCK_TEST': '1'}):
    print(os.environ.get('PYHEAP_MOCK_TEST'))
print(os.environ.get('PYHEAP_MOCK_TEST'))
@patch.dict(d, {'inside': True})
def f(x):
    return sorted(d), x
print(f(5), sorted(d))
try:
    with patch.dict(d, {'temp': 0}):
        d['more'] = 1
        raise KeyError('boom')
except KeyError:
    print('restored after error:', d)
p = patch.dict(d, {'started': 1})
print(p.start() is d, 'started' in d)
p.stop()
print('started' in d, p.stop())
class Mapping:
    def __init__(self):
        self.store = {'k': 'v'}
    def __getitem__(self, key):
        return self.store[key]
    def __setitem__(self, key, value):
        self.store[key] = value
    def __delitem__(self, key):
        del self.store[key]
    def __iter__(self):
        return iter(list(self.store))
mp = Mapping()
with patch.dict(mp, {'x': 1}, clear=True):
    print(mp.store)
print(mp.store)
