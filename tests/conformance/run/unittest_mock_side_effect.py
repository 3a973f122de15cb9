# side_effect: an exception (class or instance), an iterable, or a function.
from unittest.mock import Mock, MagicMock, DEFAULT

m = Mock(side_effect=KeyError('missing'))
try:
    m(1)
except KeyError as e:
    print('KeyError', e, m.call_count)
m.side_effect = ValueError
try:
    m()
except ValueError as e:
    print('ValueError', repr(e))
m.side_effect = [1, 2, IndexError('third'), 4]
print(m(), m())
try:
    m()
except IndexError as e:
    print('IndexError', e)
print(m())
try:
    m()
except StopIteration:
    print('StopIteration after the values')
m.side_effect = lambda x, y=0: x * 10 + y
print(m(4), m(4, y=2), m.call_count)
m.side_effect = lambda *a: DEFAULT
m.return_value = 'default used'
print(m(1))
m.side_effect = None
print(m())
m.side_effect = iter('ab')
print(m(), m(), type(m.side_effect).__name__)
m.side_effect = (x * x for x in range(3))
print([m() for _ in range(3)])
# a function side effect sees the arguments the mock got
seen = []
m = Mock(side_effect=lambda *a, **k: seen.append((a, k)))
m(1, two=2)
print(seen, m.call_args)
mm = MagicMock()
mm.__getitem__.side_effect = {'a': 1, 'b': 2}.__getitem__
print(mm['a'], mm['b'])
try:
    mm['c']
except KeyError as e:
    print('KeyError', e)
