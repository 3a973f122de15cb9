# The clocks timing tools read: their types, monotonicity and get_clock_info.
import time

for name in ['perf_counter', 'process_time', 'monotonic', 'thread_time', 'time']:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, info.resolution)
a = time.perf_counter(); b = time.perf_counter()
print(type(a).__name__, b >= a)
print(type(time.perf_counter_ns()).__name__, type(time.process_time_ns()).__name__)
print(time.monotonic_ns() <= time.monotonic_ns(), time.thread_time() >= 0)
for bad in ['nope', 1]:
    try:
        time.get_clock_info(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(time.get_clock_info('time')).__name__)
