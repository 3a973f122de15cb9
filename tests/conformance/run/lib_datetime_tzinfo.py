# A tzinfo subclass with DST rules, and conversions between fixed-offset zones.
from datetime import datetime, timedelta, timezone, tzinfo

ZERO = timedelta(0)


class Eastern(tzinfo):
    """US Eastern time with the DST rule in use since 2007."""

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return ZERO
        start = datetime(dt.year, 3, 8, 2) + timedelta(days=(6 - datetime(dt.year, 3, 8).weekday()) % 7)
        end = datetime(dt.year, 11, 1, 2) + timedelta(days=(6 - datetime(dt.year, 11, 1).weekday()) % 7)
        return timedelta(hours=1) if start <= dt.replace(tzinfo=None) < end else ZERO

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


et = Eastern()
for d in [datetime(2024, 1, 15, 12, tzinfo=et), datetime(2024, 7, 4, 9, 30, tzinfo=et), datetime(2024, 3, 10, 3, tzinfo=et)]:
    print(d, d.tzname(), d.utcoffset(), d.dst(), d.astimezone(timezone.utc), repr(d))
utc = datetime(2024, 7, 4, 13, 30, tzinfo=timezone.utc)
print(utc.astimezone(timezone(timedelta(hours=9), "JST")), utc.astimezone(timezone(timedelta(hours=-3))).isoformat())
print(utc == datetime(2024, 7, 4, 9, 30, tzinfo=et), utc - datetime(2024, 7, 4, 9, 30, tzinfo=et), hash(utc) == hash(utc.astimezone(timezone.min)))
print(datetime(2024, 1, 1, tzinfo=et).strftime("%Y-%m-%d %H:%M %Z %z"), datetime(2024, 1, 1, tzinfo=timezone(timedelta(minutes=-90))).strftime("%z"))
print(timezone(timedelta(hours=2)).utcoffset(None), timezone.utc.tzname(None), timezone(timedelta(0), "Z").tzname(None))
print(sorted([datetime(2024, 1, 1, 12, tzinfo=timezone.utc), datetime(2024, 1, 1, 8, tzinfo=et)]))
