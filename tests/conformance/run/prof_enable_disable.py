# enable/disable pairs accumulate; disable without enable is harmless; a second profiler takes over.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def f():
    return 1

pr = cProfile.Profile()
pr.disable()
for _ in range(3):
    pr.enable()
    f()
    pr.disable()
f()
print(sorted((getattr(e.code, 'co_name', e.code), e.callcount) for e in pr.getstats()))
a, b = cProfile.Profile(), cProfile.Profile()
a.enable()
f()
b.enable()
f()
f()
b.disable()
f()
a.disable()
print('a', sorted((getattr(e.code, 'co_name', e.code), e.callcount) for e in a.getstats()))
print('b', sorted((getattr(e.code, 'co_name', e.code), e.callcount) for e in b.getstats()))
