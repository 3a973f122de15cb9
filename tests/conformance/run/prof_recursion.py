# Recursive calls: the ncalls column shows total/primitive.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

pr = cProfile.Profile()
pr.enable()
fib(7)
fact(6)
fact(1)
pr.disable()
report(pr, 'stdname')
for e in sorted(pr.getstats(), key=lambda e: str(getattr(e.code, 'co_name', e.code))):
    print(getattr(e.code, 'co_name', e.code), e.callcount, e.reccallcount)
