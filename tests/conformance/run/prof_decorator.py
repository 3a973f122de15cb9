# A profiling decorator built on runcall: each decorated call profiled on its own.
import cProfile
import pstats
from _profutil import report, masked, Ticks
import functools

def profiled(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        pr = cProfile.Profile()
        result = pr.runcall(func, *args, **kwargs)
        report(pr, 'stdname')
        return result
    return wrapper

@profiled
def build(n):
    return {i: str(i) for i in range(n)}

print(build(3))
print(build.__name__)
