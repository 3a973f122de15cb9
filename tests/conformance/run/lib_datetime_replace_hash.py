# replace(), hashing and equality of naive and aware objects, min/max/resolution attributes.
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2024, 5, 6, 7, 8, 9, 10)
print(dt.replace(year=2000), dt.replace(hour=0, minute=0), dt.replace(tzinfo=timezone.utc), dt.replace(microsecond=0).isoformat())
print(dt.date().replace(day=31), dt.time().replace(second=0), dt.timetz(), dt.replace(fold=1).fold, repr(dt.replace(fold=1)))
aware = dt.replace(tzinfo=timezone(timedelta(hours=2)))
print(hash(aware) == hash(aware.astimezone(timezone.utc)), aware == aware.astimezone(timezone.utc), aware.replace(tzinfo=None) == dt)
print(len({dt, dt.replace(), datetime(2024, 5, 6, 7, 8, 9, 10)}), len({date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)}))
print(len({time(1, tzinfo=timezone.utc), time(2, tzinfo=timezone(timedelta(hours=1)))}), time(1, tzinfo=timezone.utc) == time(2, tzinfo=timezone(timedelta(hours=1))))
print(date.min, date.max, date.resolution, time.min, time.max, time.resolution, datetime.min, datetime.max, datetime.resolution)
print(timedelta.min, timedelta.max, timedelta.resolution, timezone.min, timezone.max, timezone.utc)
for bad in [dict(month=13), dict(day=0), dict(hour=24), dict(year=0), dict(microsecond=10 ** 6)]:
    try:
        dt.replace(**bad)
    except ValueError as e:
        print("ValueError", e)
try:
    dt.replace(tzinfo=5)
except TypeError as e:
    print("TypeError", e)
