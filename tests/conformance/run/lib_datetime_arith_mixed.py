# Arithmetic mixing date, datetime, time and timedelta, and what each combination returns.
from datetime import date, datetime, time, timedelta

d = date(2024, 1, 31)
dt = datetime(2024, 1, 31, 23, 59, 59, 999999)
td = timedelta(days=1, microseconds=1)
print(d + td, td + d, d - td, dt + td, dt - td, dt - datetime(2024, 1, 1), type(d + td).__name__, type(dt + td).__name__)
print(datetime.combine(d, time(12)) - dt, (dt - datetime(2023, 1, 31)).days, abs(datetime(2020, 1, 1) - dt).days)
print(timedelta(hours=36) // timedelta(days=1), timedelta(hours=36) % timedelta(days=1), timedelta(hours=36) / 4)
print(sum([timedelta(minutes=m) for m in (15, 30, 45, 90)], timedelta()), max(td, timedelta(hours=30)), -td * 2)
print(dt.replace(microsecond=0) + timedelta(seconds=1), datetime(2024, 2, 28, 12) + timedelta(days=1), datetime(2023, 2, 28, 12) + timedelta(days=1))
for other in [1, 1.5, "x", None, time(1)]:
    for f in (lambda: d + other, lambda: dt - other, lambda: td * other if other != 1.5 else td * 1.5):
        try:
            r = f()
            print("ok", type(r).__name__, r)
        except TypeError:
            print("TypeError")
print(d < date(2024, 2, 1), d == date(2024, 1, 31), dt > datetime(2024, 1, 31), time(1) < time(2), td > timedelta(1))
