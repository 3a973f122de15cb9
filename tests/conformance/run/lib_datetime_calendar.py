# Date arithmetic in calendar code: month lengths, weekdays, ISO weeks, ordinals and ages.
from datetime import date, timedelta


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return d.replace(year=year, month=month, day=min(d.day, last))


print([add_months(date(2024, 1, 31), k).isoformat() for k in range(0, 14, 1)])
print([(date(y, 3, 1) - date(y, 2, 1)).days for y in (1900, 2000, 2023, 2024, 2100)])
birthday, today = date(1990, 7, 15), date(2024, 3, 1)
age = today.year - birthday.year - ((today.month, today.day) < (birthday.month, birthday.day))
print(age, (today - birthday).days, (today - birthday) // timedelta(weeks=1))
print([date(2024, 1, 1) + timedelta(days=k) for k in range(0, 40, 13)], date(2024, 12, 30).isocalendar(), date(2027, 1, 1).isocalendar())
first = date(2024, 2, 1)
cal = [first + timedelta(days=i) for i in range(29)]
print(" ".join(d.strftime("%a")[0] + str(d.day) for d in cal if d.weekday() == 0))
print(date.fromordinal(1), date.fromordinal(date(2024, 2, 29).toordinal() + 365), date.max.toordinal(), date(1, 1, 1).weekday())
print(date(2024, 5, 17).strftime("%j %U %W %G-W%V-%u %y %b %B %a %A %w %%"), date(2024, 5, 17).ctime())
print(len({date(2024, 1, 1) + timedelta(days=i % 7) for i in range(50)}), date(2024, 1, 1) in [date(2024, 1, 1)])
