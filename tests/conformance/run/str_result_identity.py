# Which str operations give back the very same object (CPython's unchanged-result shortcuts).
s = "hello world" * 2
t = "padded"
checks = [
    ("strip", s.strip() is s), ("replace", s.replace("zz", "y") is s), ("center", s.center(3) is s),
    ("zfill", s.zfill(5) is s), ("ljust", s.ljust(0) is s), ("expandtabs", s.expandtabs() is s),
    ("removeprefix", s.removeprefix("zz") is s), ("split", s.split(",")[0] is s),
    ("partition", s.partition(",")[0] is s), ("join one", "".join([s]) is s), ("slice all", s[:] is s),
    ("slice step", s[::1] is s), ("times one", s * 1 is s), ("plus empty", s + "" is s),
    ("empty plus", "" + s is s), ("str()", str(s) is s), ("format()", format(s) is s),
    ("format s", format(s, "s") is s), ("format pad", format(s, ">3") is s),
    ("percent", ("%s" % s) is s), ("percent tuple", ("%s" % (s,)) is s), ("percent wide", ("%40s" % s) is s),
    ("no fields", (s % ()) is s), ("str.format", s.format() is s), ("one field", "{}".format(s) is s),
    ("f-string", f"{s}" is s), ("f-string spec", f"{s:s}" is s), ("lower", s.lower() is s),
    ("title", s.title() is s), ("translate", s.translate({}) is s), ("upper upper", s.upper().upper() is s),
]
for name, same in checks:
    print(f"{name:14} {same}")
print(t.strip() is t, t.rstrip("x") is t, t.lstrip() is t, t.rjust(2) is t)
print(t.split()[0] is t, t.rsplit(None, 5)[0] is t, t.splitlines()[0] is t)
class S(str):
    pass
u = S("sub")
print(type(u.strip()).__name__, u.strip() is u, type(u[:]).__name__, type(u + "").__name__)
print(type(str(u)).__name__, type(u.__str__()).__name__, type(format(u)).__name__)
