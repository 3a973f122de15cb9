# timeit's module-level names and defaults.
import time
import timeit

print(timeit.default_number, timeit.default_repeat)
print(timeit.default_timer is time.perf_counter)
print(sorted(timeit.__all__))
t = timeit.Timer()
print(t.timer is time.perf_counter)
print(callable(t.inner), t.inner.__name__, t.inner.__code__.co_filename)
print(t.inner.__code__.co_varnames[:2])
print(type(timeit.timeit(number=10)).__name__)
print(len(timeit.repeat(number=10)), len(timeit.repeat(repeat=2, number=1)))
print(timeit.Timer.timeit.__defaults__, timeit.Timer.repeat.__defaults__)
