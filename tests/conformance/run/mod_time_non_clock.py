# time: only values that do not depend on the clock.
import time
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%a %b %d %j %A %B %p", t))
print(time.gmtime(86400 * 365.25 * 30)[:6])
print(time.asctime(t), time.ctime(0) == time.asctime(time.localtime(0)))
print(time.strptime("2024-02-29", "%Y-%m-%d")[:7])
print(time.sleep(0), type(time.time()).__name__, type(time.perf_counter()).__name__)
print(time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0)).tm_yday, tuple(time.gmtime(10 ** 9))[:3])
print(time.strftime("%%literal %y", t), time.struct_time(t) == t)
