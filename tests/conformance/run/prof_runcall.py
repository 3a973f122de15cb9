# Profile.runcall: the function with its arguments; its result is returned.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def add(a, b, *, scale=1):
    return (a + b) * scale

def boom():
    raise RuntimeError('no')

pr = cProfile.Profile()
print(pr.runcall(add, 2, 3, scale=10))
print(pr.runcall(add, b=1, a=2))
try:
    pr.runcall(boom)
except RuntimeError as e:
    print('RuntimeError', e)
report(pr, 'stdname')
try:
    pr.runcall()
except TypeError as e:
    print('TypeError', e)
