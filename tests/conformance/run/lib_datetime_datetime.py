# datetime and time: reprs, isoformat, time zones, comparisons and arithmetic.
from datetime import datetime, date, time, timedelta as td, timezone, UTC

d = datetime(2024, 2, 29, 13, 5, 9, 123456)
print(repr(d), str(d), d.isoformat(), d.isoformat(" ", "milliseconds"), d.isoformat(timespec="hours"), d.ctime())
print(d.timetuple(), repr(d.date()), repr(d.time()), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)))
a = d.replace(tzinfo=timezone(td(hours=5, minutes=30)))
print(repr(a), str(a), a.utcoffset(), a.tzname(), a.dst(), a.astimezone(timezone.utc), a.timestamp(), a.utctimetuple())
print(repr(timezone.utc), repr(timezone(td(hours=1))), repr(timezone(td(hours=-5), "EST")), str(timezone(td(hours=1, minutes=30))))
print(timezone(td(seconds=-1)).tzname(None), timezone.min, timezone.max, repr(timezone(td(0))), UTC is timezone.utc)
print(repr(time(12)), repr(time(12, 30, 0, 5)), str(time(1, 2, 3, 400)), time(1, 2, 3, tzinfo=timezone.utc).isoformat(), repr(time(1, tzinfo=timezone.utc)))
print(format(d, "%H:%M:%S.%f %z|%Z"), format(a, "%z %Z"), time(7, 5).strftime("%I:%M %p"), time.min, time.max)
print(datetime.fromisoformat("2024-02-29T13:05:09.123+05:30"), datetime.fromisoformat("2024-02-29 13:05"), time.fromisoformat("13:05:09.5"))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5), datetime.combine(date(2020, 1, 1), time(5)))
print(d - datetime(2020, 1, 1), d + td(days=400), d - td(hours=14), datetime.max, datetime.min)
print(datetime(2024, 1, 1, tzinfo=timezone.utc) == datetime(2024, 1, 1, 5, 30, tzinfo=timezone(td(hours=5, minutes=30))))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc), date(2024, 1, 1) == datetime(2024, 1, 1))
print(a - datetime(2024, 2, 29, tzinfo=timezone.utc), sorted([datetime(2024, 1, 2), datetime(2023, 5, 5)]))
print(type(datetime.now()).__name__, datetime.now().year >= 2024, datetime.now(timezone.utc).tzinfo, date.today().year >= 2024)
for f in [lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
          lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
          lambda: datetime.fromisoformat("2024-01-01T25:00"), lambda: timezone(td(hours=24)), lambda: timezone(5),
          lambda: time(24), lambda: time(1, 60), lambda: time(fold=2), lambda: time(1, 2, 3).isoformat("bad")]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
