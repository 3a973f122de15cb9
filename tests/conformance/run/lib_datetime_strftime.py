# strftime and format() with every common directive on dates, datetimes and times.
from datetime import date, datetime, time, timezone, timedelta

moments = [datetime(2024, 1, 1, 0, 0), datetime(2024, 2, 29, 13, 5, 9, 7), datetime(1999, 12, 31, 23, 59, 59, 999999),
           datetime(2000, 7, 4, 12, 0, tzinfo=timezone(timedelta(hours=-4), "EDT"))]
directives = "%a %A %w %d %b %B %m %y %Y %H %I %p %M %S %f %z %Z %j %U %W %G %V %u %c %x %X %%".split()
for m in moments:
    print(" | ".join(m.strftime(d) for d in directives))
print(date(2024, 3, 5).strftime("%d/%m/%Y %H:%M:%S %f"), time(9, 3, 7, 25).strftime("%H.%M.%S.%f %p %I"))
print(f"{moments[1]:%Y-%m-%dT%H:%M}", "{:%B %d, %Y}".format(moments[2]), format(date(2024, 1, 1), "%A"), format(time(23, 1), "%I:%M %p"))
print(moments[3].strftime("%z %Z"), datetime(2024, 1, 1, tzinfo=timezone.utc).strftime("%z %Z"), moments[0].strftime("[%z][%Z]"))
print(moments[1].strftime(""), moments[1].strftime("plain text"), moments[1].strftime("%H%%%M"), moments[1].strftime("%e"))
