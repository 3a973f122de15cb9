# time.struct_time as a struct sequence: hidden fields, construction from a
# sequence and a dict, __reduce__ for copy and pickle, __match_args__.
import copy
import pickle
import sys
import time

t = time.gmtime(0)
print(t)
print(t.tm_zone, t.tm_gmtoff, len(t))
print(t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, time._STRUCT_TM_ITEMS)
print(t.__reduce__())
print(time.struct_time.__match_args__)

c = copy.copy(t)
print(c == t, type(c).__name__, c.tm_zone)
d = copy.deepcopy(time.struct_time([[i] for i in range(11)]))
print(d.tm_year, d.tm_zone, d.tm_gmtoff)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    u = pickle.loads(pickle.dumps(t, proto))
    print(proto, u == t, u.tm_zone, u.tm_gmtoff)

print(time.struct_time(range(9)).tm_zone)
print(time.struct_time(range(9), {'tm_zone': 'X', 'other': 1}).tm_zone)
print(time.struct_time(range(10)).tm_zone, time.struct_time(range(10)).tm_gmtoff)
for args, kw in [((), {}), ((1, 2, 3), {}), ((5,), {}), (('123',), {}), (('123456789', None), {}),
                 ((range(12),), {}), ((range(9),), {'x': 1})]:
    try:
        time.struct_time(*args, **kw)
    except TypeError as e:
        print('TypeError:', e)

try:
    type(sys.version_info)((3, 11, 0, 'final', 0))
except TypeError as e:
    print('TypeError:', e)
print(sys.version_info.__reduce__()[1][1])

match t:
    case time.struct_time(year, month, tm_mday=day):
        print(year, month, day)
print(sys.getsizeof(t) == sys.getsizeof(time.gmtime(10**9)))
try:
    t.tm_year = 3
except AttributeError as e:
    print('AttributeError:', e)
