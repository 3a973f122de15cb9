# profile: calls that raise, exceptions caught inside and outside, built-ins that raise.
import profile
from _profutil import report, Ticks

def fail(n):
    raise ValueError(n)

def catch(n):
    try:
        fail(n)
    except ValueError as e:
        return e.args[0]

def deep(n):
    if n == 0:
        fail('deep')
    return deep(n - 1)

def use_int(s):
    try:
        return int(s)
    except ValueError:
        return -1

def work():
    out = [catch(1), catch(2), use_int('x'), use_int('7')]
    try:
        deep(3)
    except ValueError as e:
        out.append(str(e))
    return out

p = profile.Profile(Ticks())
print(p.runcall(work))
report(p, 'calls', 'name')
report(p, 'name', what='callers')
