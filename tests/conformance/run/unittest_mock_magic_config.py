# Configuring magic methods: return values, side effects, functions, mocks.
from unittest.mock import Mock, MagicMock
from _mockutil import fails

m = MagicMock()
m.__len__.return_value = 3
m.__iter__.return_value = ['a', 'b']
m.__contains__.side_effect = lambda item: item == 'yes'
m.__getitem__.return_value = 'item'
m.__str__.return_value = 'as a string'
m.__bool__.return_value = False
print(len(m), list(m), list(m), 'yes' in m, 'no' in m, m[99], str(m), bool(m))
m.__eq__.return_value = True
print(m == 1, m != 1)
print(m.mock_calls)
# a plain Mock supports magic methods assigned to it
p = Mock()
p.__len__ = lambda self: 7
p.__iter__ = Mock(return_value=iter([1, 2]))
print(len(p), list(p))
p.__getitem__ = Mock(return_value=5)
print(p[0], p.__getitem__.call_args)
print(p.mock_calls)
fails(setattr, p, '__getattr__', lambda self, n: 1)
fails(setattr, p, '__init__', None)
fails(setattr, p, '__del__', None)
# the methods belong to this mock only
q = Mock()
fails(len, q)
del m.__len__
fails(len, m)
m2 = MagicMock()
m2.__len__.return_value = 10
print(len(m2), len(MagicMock()))
m3 = MagicMock(**{'__len__.return_value': 4})
print(len(m3))
