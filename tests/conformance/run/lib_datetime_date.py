# date: construction, ordinals, ISO calendar, formatting and arithmetic.
from datetime import date, timedelta

d = date(2024, 2, 29)
print(repr(d), str(d), d.year, d.month, d.day, d.toordinal(), d.weekday(), d.isoweekday(), d.isocalendar())
print(d.ctime(), d.timetuple(), d.isoformat(), f"{d:%d/%m/%Y}", format(d, ""), d.strftime("%A %d %B %Y %j %U %W %a %b %y"))
print(d + timedelta(days=366), d - timedelta(days=60), date(2024, 3, 1) - date(2023, 3, 1), d.replace(year=2028), d.replace(day=1))
print(date.fromordinal(738000), date.fromisocalendar(2024, 1, 1), date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar())
print(date.fromisoformat("2024-02-29"), date.fromisoformat("20240229"), date.fromisoformat("2024-W09-4"), date.min, date.max, date.resolution)
print(date(2024, 1, 1) < date(2024, 1, 2), date(2024, 1, 1) == date(2024, 1, 1), hash(date(2024, 1, 1)) == hash(date(2024, 1, 1)))
print(sorted([date(2024, 5, 1), date(2023, 1, 1), date(2024, 1, 31)]), date(2000, 1, 1).isocalendar().week)
for y in [1900, 2000, 2023, 2024]:
    print(y, [date(y, m, 1).weekday() for m in range(1, 13)], (date(y + 1, 1, 1) - date(y, 1, 1)).days)
for args in [(0, 1, 1), (2024, 13, 1), (2023, 2, 29), (2024.0, 1, 1), ("a", 1, 1)]:
    try:
        date(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ["2024-1-1", "2024-02-30", "abc"]:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print("ValueError", e)
try:
    date.max + timedelta(1)
except OverflowError as e:
    print("OverflowError", e)
