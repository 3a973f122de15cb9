# Comprehensions and lambdas have rows of their own.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def work():
    a = [i for i in range(3)]
    b = {i: i for i in range(3)}
    c = {i % 2 for i in range(3)}
    key = lambda v: -v
    d = sorted(a, key=key)
    e = list(map(lambda v: v * 2, a))
    f = [list(range(i)) for i in range(3)]
    return a, b, c, d, e, f

pr = cProfile.Profile()
pr.enable()
work()
pr.disable()
report(pr, 'stdname')
