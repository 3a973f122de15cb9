# datetime.strptime for the common directives, and its errors.
from datetime import datetime

cases = [("2024-02-29 13:05:09.5 +0100", "%Y-%m-%d %H:%M:%S.%f %z"), ("Feb 3 2021", "%b %d %Y"),
         ("12:30 PM", "%I:%M %p"), ("12:30 am", "%I:%M %p"), ("Monday 2024 05", "%A %Y %j"),
         ("31/12/99", "%d/%m/%y"), ("1/1/68", "%d/%m/%y"), ("2024-03-04T05:06:07Z", "%Y-%m-%dT%H:%M:%S%z"),
         ("September 9, 2009", "%B %d, %Y"), ("Tue Mar  5 10:00:00 2024", "%c"), ("03/05/24", "%x"),
         ("23:59:60", "%H:%M:%S"), ("2024 +05:30", "%Y %z"), ("100%", "%d%%")]
for s, f in cases:
    try:
        print(repr(s), "->", repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
for s, f in [("2024", "%Q"), ("x", "%Y"), ("2024-01-01 x", "%Y-%m-%d"), ("Feb 29", "%b %d"), ("2024-13-01", "%Y-%m-%d"), ("5", "%")]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print("ValueError:", e)
