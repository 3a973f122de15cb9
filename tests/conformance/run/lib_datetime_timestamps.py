# Timestamps: fromtimestamp/utcfromtimestamp/timestamp round trips and rounding of fractions.
from datetime import datetime, timezone, timedelta

for ts in [0, 1, -1, 86399.999999, 1e9, 1709212309.123456, 2 ** 31, -86400 * 365.25 * 30, 0.5, 0.0000005, 0.0000015]:
    d = datetime.fromtimestamp(ts, timezone.utc)
    print(repr(ts), d.isoformat(), d.timestamp(), datetime.utcfromtimestamp(ts).isoformat())
aware = datetime(2024, 2, 29, 12, tzinfo=timezone(timedelta(hours=3)))
print(aware.timestamp(), datetime.fromtimestamp(aware.timestamp(), timezone.utc), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(1e9, timezone(timedelta(hours=-8))).isoformat(), (datetime(2038, 1, 19, 3, 14, 8, tzinfo=timezone.utc)).timestamp())
print(datetime.fromtimestamp(0, timezone.utc) + timedelta(seconds=1.5), datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp() - datetime(2023, 1, 1, tzinfo=timezone.utc).timestamp())
