# One Timer timed several times: its setup runs for each timeit() call.
import timeit

ns = {'runs': 0, 'setups': 0}
t = timeit.Timer('global runs\nruns += 1', 'global setups\nsetups += 1', globals=ns)
t.timeit(3)
t.timeit(4)
print(ns['runs'], ns['setups'])
t.repeat(repeat=3, number=2)
print(ns['runs'], ns['setups'])
res = t.repeat(2, 0)
print(len(res), ns['runs'], ns['setups'])
print(sorted(k for k in ns if not k.startswith('__')))
