# timedelta: normalization, float rounding, arithmetic, str and repr.
from datetime import timedelta as td

for x in [td(0), td(1), td(-1), td(days=-1, seconds=5), td(seconds=3661.5), td(microseconds=-1), td(weeks=1, hours=-1),
          td(milliseconds=1.5), td(microseconds=0.5), td(microseconds=1.5), td(microseconds=2.5), td(seconds=0.1),
          td(days=0.1), td(days=1.5, seconds=-0.3), td(minutes=-0.7), td(hours=25, minutes=61)]:
    print(repr(x), str(x), x.total_seconds(), x.days, x.seconds, x.microseconds)
print(td(1) * 1.5, td(seconds=1) / 3, td(seconds=1) // 3, td(1) / td(hours=5), td(1) // td(hours=5))
print(td(1) % td(hours=5), divmod(td(1), td(hours=7)), -td(1), abs(td(-1)), +td(2), td(seconds=7) * 0.1, td(1) / 2.5, 2 * td(seconds=1))
print(td(1) + td(hours=1) - td(minutes=30), td(hours=1) < td(1), td(0) == td(), bool(td(0)), bool(td(microseconds=1)))
print(td.max, td.min, td.resolution, repr(td.max), sorted([td(1), td(-1), td(0)]))
print(hash(td(1)) == hash(td(hours=24)), {td(1): "a", td(hours=24): "b"})
for args in [{"days": 1e9}, {"seconds": "a"}, {"days": 999999999, "hours": 24}]:
    try:
        td(**args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    td(1) // td(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
