# Profile as a context manager: its __exit__ and disable() are in the report.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def square(x):
    return x * x

with cProfile.Profile() as pr:
    [square(i) for i in range(5)]
report(pr, 'stdname')

with cProfile.Profile() as pr2:
    pass
report(pr2, 'stdname')
try:
    with cProfile.Profile() as pr3:
        square(1)
        raise KeyError('k')
except KeyError:
    report(pr3, 'stdname')
