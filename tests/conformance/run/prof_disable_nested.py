# disable() inside nested calls: the frames still running count as returned then.
import cProfile
import pstats
from _profutil import report, masked, Ticks

pr = cProfile.Profile()

def inner():
    pr.disable()
    return 1

def outer():
    return inner() + 1

def start():
    pr.enable()
    return outer()

start()
start()
report(pr, 'stdname')
report(pr, 'stdname', what='callers')
