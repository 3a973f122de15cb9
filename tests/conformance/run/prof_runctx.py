# Profile.runctx and run: the statement's code is <string>:1(<module>), exec its caller.
import cProfile
import pstats
from _profutil import report, masked, Ticks

def double(v):
    return v * 2

pr = cProfile.Profile()
ns = {'double': double}
print(pr.runctx('r = [double(i) for i in range(3)]', ns, ns) is pr)
print(ns['r'])
report(pr, 'stdname')
pr2 = cProfile.Profile()
pr2.run('double(21)')
report(pr2, 'stdname')
try:
    cProfile.Profile().runctx('1/0', {}, {})
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
