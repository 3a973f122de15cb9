# MagicMock's configured magic methods and their default results.
from unittest.mock import MagicMock, NonCallableMagicMock
from _mockutil import r
import math

m = MagicMock()
print(len(m), list(m), bool(m), int(m), float(m), complex(m), 3 in m)
print(m == m, m == MagicMock(), m != m, m != 1)
print(type(hash(m)).__name__, hash(m) == hash(m), str(m) == object.__str__(m))
print(m.__index__(), [10, 20][m] if False else 'index ok', math.trunc(m) is not None)
print(type(m + 1).__name__, type(1 + m).__name__, type(m[0]).__name__)
with m as entered:
    print(entered is m.__enter__.return_value)
print(m.__exit__.return_value)
try:
    m < 1
except TypeError as e:
    print('TypeError:', e)
try:
    m >= 1
except TypeError as e:
    print('TypeError:', e)
print(m.__lt__.return_value, m.__len__.return_value, m.__bool__.return_value)
print(r(m.__iter__.return_value), m.__contains__.return_value, m.__int__.return_value)
m[1] = 'one'
del m['k']
print(r(m.mock_calls[-2:]))
print(next(iter(MagicMock(**{'__iter__.return_value': iter([7])}))))
n = NonCallableMagicMock()
print(len(n), bool(n))
try:
    n()
except TypeError as e:
    print('TypeError:', e)
print(type(n.child).__name__, type(n.child()).__name__)
print(abs(m) is m.__abs__.return_value, -m is m.__neg__.return_value)
print(round(m) is m.__round__.return_value, divmod(m, 2) is m.__divmod__.return_value)
