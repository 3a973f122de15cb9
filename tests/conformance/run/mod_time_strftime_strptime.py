# strftime's conversions and flags, strptime's directives and errors, struct_time.
import time

t = time.gmtime(1700000000)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t[:3], t.n_fields, t.n_sequence_fields)
print(time.strftime('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %Z %z %%', t))
print(time.strftime('%c|%x|%X|%e|%F|%T|%D|%R|%r|%C|%g|%G|%V|%u|%h|%k|%l|%s|%P', t))
print(time.strftime('%5d|%-d|%_H|%^a|%#b|%Q|%', time.gmtime(0)), time.strftime('%Y', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
for secs in [0, -1.5, 86400 * 366, 951782400, 4102444800, 1e10]:
    g = time.gmtime(secs)
    print(secs, tuple(g), time.asctime(g), time.ctime(secs), time.mktime(g), time.strftime('%G-W%V-%u', g))
print(time.localtime(0), time.localtime(0).tm_zone, time.timezone, time.altzone, time.daylight, time.tzname)
samples = [('2023-11-14 22:13:20', '%Y-%m-%d %H:%M:%S'), ('Nov 5 2020', '%b %d %Y'), ('10:30 PM', '%I:%M %p'),
           ('99', '%y'), ('2020 100', '%Y %j'), ('2020 3 0', '%Y %U %w'), ('Feb 29', '%b %d'),
           ('2020 +05:30', '%Y %z'), ('2020 UTC', '%Y %Z'), ('Tue Nov 14 22:13:20 2023', '%c'),
           ('12/31/99', '%x'), ('monday 2021 01', '%A %Y %W'), ('7  1 1999', '%m %d %Y'), ('123456', '%f')]
for s, f in samples:
    r = time.strptime(s, f)
    print(repr(s), f, tuple(r), r.tm_zone, r.tm_gmtoff)
print(time.strptime('Thu Jan  1 00:00:00 1970'))
for call in ["time.strptime('x', '%Y')", "time.strptime('2020x', '%Y')", "time.strptime('1', '%Q')", "time.strptime('1', '%')",
             "time.strptime(1)", "time.strptime('Feb 30 2020', '%b %d %Y')", "time.strptime()",
             "time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))", "time.strftime(1)", "time.strftime('%Y', 5)",
             "time.strftime('%Y', (1, 2))", "time.mktime(1)", "time.gmtime(2 ** 70)", "time.gmtime('a')",
             "time.gmtime(float('nan'))", "time.sleep(-1)", "time.sleep('a')", "time.struct_time((1, 2, 3))",
             "time.struct_time((1,) * 12)", "time.struct_time((1,) * 11).tm_zone", "time.gmtime(1, 2)", "time.clock_gettime(99)"]:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)
