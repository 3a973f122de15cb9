# time.struct_time, strftime directives and strptime parsing (no clock).
import time
t = time.gmtime(1_000_000_000)
print(tuple(t))
for fmt in ("%Y", "%y", "%m", "%d", "%H", "%I", "%M", "%S", "%p", "%a", "%A", "%b", "%B", "%j", "%U", "%W", "%w", "%%"):
    print(fmt, time.strftime(fmt, t))
parsed = time.strptime("30 Nov 2020 14:05", "%d %b %Y %H:%M")
print(parsed.tm_year, parsed.tm_mon, parsed.tm_mday, parsed.tm_hour, parsed.tm_min, parsed.tm_wday, parsed.tm_yday)
try:
    time.strptime("2020-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
print(time.gmtime(0) < time.gmtime(1), len(time.gmtime(0)))
