# isoformat and fromisoformat across date, time and datetime, with every timespec.
from datetime import datetime, date, time, timezone, timedelta

dt = datetime(2024, 2, 29, 13, 5, 9, 123456, tzinfo=timezone(timedelta(hours=-7, minutes=-30)))
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, dt.isoformat(timespec=spec), dt.time().isoformat(spec), dt.isoformat(" ", spec))
for s in ["2024-02-29", "2024-02-29T13:05", "2024-02-29T13:05:09", "2024-02-29T13:05:09.5", "2024-02-29T13:05:09.123456",
          "2024-02-29 13:05:09+00:00", "2024-02-29T13:05:09-07:30", "2024-02-29T13:05:09.25Z", "20240229T130509", "2024-W09-4"]:
    v = datetime.fromisoformat(s)
    print(s, repr(v), v.isoformat() == s)
for s in ["13:05", "13:05:09", "13:05:09.000001", "13:05:09+05:00", "T1305", "13"]:
    print(s, repr(time.fromisoformat(s)))
for s in ["2024-W01", "2024W011", "2024-002" if False else "2024-12-31"]:
    print(s, date.fromisoformat(s))
for bad in ["2024-02-29T25:00", "2024/02/29", "", "2024-02-29T13:05:09+25:00"]:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print("ValueError", e)
