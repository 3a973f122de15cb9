# The namespace statements run in: timeit's own unless globals= is given.
import timeit

data = [3, 1, 2]

try:
    timeit.timeit('sorted(data)', number=1)
except NameError as e:
    print('NameError:', e)
print(timeit.timeit('sorted(data)', number=2, globals=globals()) >= 0)
ns = {'n': 0}
timeit.timeit('global n\nn += 1', number=5, globals=ns)
print(ns['n'])
try:
    timeit.timeit('n += 1', number=1, globals=ns)
except UnboundLocalError as e:
    print('UnboundLocalError:', e)
timeit.timeit('m = 7', setup='m = 0', number=1, globals=ns)
print('m' in ns)
timeit.Timer('global g\ng = 42', globals=ns).timeit(1)
print(ns['g'])
