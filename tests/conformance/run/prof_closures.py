# Nested functions and closures are named by their code object's name and first line.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

def work():
    c = make_counter()
    c(); c()
    def local(x):
        return x + c()
    return local(1), (lambda: c())()

pr = cProfile.Profile()
pr.runcall(work)
report(pr, 'stdname')
report(pr, 'stdname', what='callees')
