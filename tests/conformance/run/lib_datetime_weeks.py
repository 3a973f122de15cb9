# ISO weeks and week-of-year directives across year boundaries.
from datetime import date, timedelta

for y in [2019, 2020, 2021, 2024, 2026]:
    jan1, dec31 = date(y, 1, 1), date(y, 12, 31)
    print(y, jan1.isocalendar(), dec31.isocalendar(), jan1.strftime("%U %W %V %G"), dec31.strftime("%U %W %V %G"))
start = date(2020, 12, 26)
for i in range(12):
    d = start + timedelta(days=i)
    iso = d.isocalendar()
    print(d, d.strftime("%a"), iso.year, iso.week, iso.weekday, date.fromisocalendar(*iso) == d)
print([date.fromisocalendar(2020, 53, k).isoformat() for k in (1, 7)], date.fromisocalendar(2024, 52, 7))
for args in [(2021, 53, 1), (2024, 0, 1), (2024, 1, 8), (0, 1, 1)]:
    try:
        date.fromisocalendar(*args)
    except ValueError as e:
        print("ValueError", e)
