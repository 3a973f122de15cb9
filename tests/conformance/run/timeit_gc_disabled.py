# The collector is off while a Timer runs and restored afterwards (unless it was off).
import gc
import timeit

states = []
timeit.timeit(lambda: states.append(gc.isenabled()), number=2)
print(states, gc.isenabled())
gc.disable()
timeit.timeit(lambda: states.append(gc.isenabled()), number=1)
print(states, gc.isenabled())
gc.enable()

def fail():
    raise RuntimeError('stop')

try:
    timeit.timeit(fail, number=1)
except RuntimeError as e:
    print('RuntimeError', e, gc.isenabled())
print(timeit.timeit('import gc; assert not gc.isenabled()', number=3) >= 0)
