# The specializing interpreter quickens a function after 8 warm-up events
# (the call and each backward jump of a for loop); only then is `+=` on a
# local str done in place.
import sys
n = len(sys.argv)
def f():
    s = 'ab' * (n + 1)
    out = []
    for i in range(12):
        before = id(s)
        s += 'c'
        out.append(id(s) == before)
    return out
print(f())
print(f())
