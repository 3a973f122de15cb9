# _string's parser under string.Formatter: pieces, field names, and lazy errors.
import _string
from string import Formatter

print(list(_string.formatter_parser('a{0!r:>3}b{}c{{d}}e{x.y[1]:{w}}')))
first, rest = _string.formatter_field_name_split('0.a[b][2]')
print(first, type(first).__name__, list(rest))
print(_string.formatter_field_name_split('name')[0], list(_string.formatter_field_name_split('')[1]))
p = _string.formatter_parser('ok {} then {')
print(next(p))
try:
    next(p)
except ValueError as e:
    print('ValueError', e)
for bad in ['a.', 'a[0', 'a]b', 'a[0]x']:
    try:
        print(bad, list(_string.formatter_field_name_split(bad)[1]))
    except ValueError as e:
        print(bad, 'ValueError', e)
for bad in [1, None]:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print('TypeError', e)
f = Formatter()
print(f.format('{0}-{name}-{1[0]}', 'a', 'bc', name='N'), list(f.parse('x{0:{1}}y')))
print(f.vformat('{a.real}/{b!r}', (), {'a': 3, 'b': 'q'}))
print(type(_string.formatter_parser('')).__name__, type(rest).__name__)
