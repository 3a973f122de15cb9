# How built-in functions are named in reports.
import cProfile
import pstats
from _profutil import report, masked, Ticks
import io
import math

def work():
    data = [3, 1, 2]
    len(data); sum(data); max(data); min(data); sorted(data); abs(-1)
    isinstance(data, list); hasattr(data, 'x'); getattr(data, 'count')
    math.sqrt(4.0); math.floor(2.5)
    print('x', file=io.StringIO())
    repr(data); divmod(7, 2); round(2.5); any(data); all(data); iter(data)

pr = cProfile.Profile()
pr.enable()
work()
pr.disable()
report(pr, 'stdname')
