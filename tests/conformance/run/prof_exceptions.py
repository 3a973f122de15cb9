# Functions left by an exception count as calls that returned.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def fail(n):
    if n:
        raise ValueError(n)
    return n

def catch(n):
    try:
        return fail(n)
    except ValueError:
        return -1

def work():
    results = [catch(i % 2) for i in range(6)]
    try:
        int('x')
    except ValueError:
        pass
    return results

pr = cProfile.Profile()
pr.enable()
work()
pr.disable()
report(pr, 'stdname')
