# re.RegexFlag: reprs, combinations, membership and formatting of the flags.
import re

print(re.I, re.IGNORECASE, re.M | re.S, re.X | re.A | re.DEBUG, re.NOFLAG, re.U, re.L, re.T)
print(repr(re.I | re.M), str(re.I | re.M), f"{re.M}", format(re.M, "d"), "%d %s" % (re.S, re.S))
print(re.I | 1024, re.RegexFlag(3000), re.RegexFlag(1024), ~re.I, ~re.NOFLAG)
print(re.I & re.M, re.I ^ re.I, 2 | re.M, re.I + 1, type(re.I | 8).__name__, type(re.I + 1).__name__)
print(re.I == 2, hash(re.I), bool(re.NOFLAG), re.I in re.I | re.M, re.S in re.I | re.M)
print(list(re.I | re.M | re.A), len(re.I | re.M), len(re.RegexFlag), list(re.RegexFlag)[:3])
print(re.RegexFlag(2) is re.I, re.RegexFlag["DOTALL"], re.RegexFlag.VERBOSE, re.I.name, re.I.value)
print((re.I | re.M).name, re.RegexFlag(0).name, re.RegexFlag(1024).name, (re.I | re.M).value)
print(re.RegexFlag, isinstance(re.I, int), re.I.real, re.M in re.RegexFlag)
print(sorted(re.RegexFlag.__members__), re.RegexFlag.__members__["I"])
for bad in (lambda: re.RegexFlag("x"), lambda: re.I | 1.5, lambda: 1 in re.I):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(re.findall("ab", "AB ab Ab", re.I), re.findall("^x", "x\nx", re.M), re.match(".", "\n", re.S))
print(re.findall(r"\w+", "caf\u00e9 na\u00efve", re.A), re.compile("a", re.I | re.X).flags)
