# printf-style formatting with %.
print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %o %x %X %e %E %f %F %g %G %c %c %%" % (42, -7, 3, 8, 255, 255, 1234.5,
      0.00012, 3.14159, 2.5, 1e-5, 1e20, 65, "z"))
print("%5d|%-5d|%05d|%+d|% d|%.3d" % (42, 42, 42, 42, 42, 7))
print("%10.3f|%-10.2e|%#x|%#o|%#X|%.0f|%#.0f" % (3.14159, 1234.5, 255, 8, 255, 2.5, 2.5))
print("%(name)s is %(age)d; %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),), "%.2s" % "abc", "%5.1s|" % "xyz")
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1),
                  ("%c", 1.5), ("%c", "ab"), ("%d", 1j), ("%x", 1.0)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("%s" % None, "%d" % True, "%.1f" % 2, "%x" % -255, "%o" % -8, "%e" % 0)
