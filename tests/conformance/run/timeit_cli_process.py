# timeit.main -p times with time.process_time; without it, perf_counter.
import time
import timeit

seen = []

def record(timer):
    seen.append(timer)
    state = {'t': 0.0}
    def read():
        state['t'] += 0.001
        return state['t']
    return read

timeit.main(['-p', '-n', '1', '-r', '1', 'pass'], _wrap_timer=record)
timeit.main(['--process', '-n', '1', '-r', '1', 'pass'], _wrap_timer=record)
timeit.main(['-n', '1', '-r', '1', 'pass'], _wrap_timer=record)
print([t is time.process_time for t in seen], seen[2] is time.perf_counter)
timeit.main(['-t', '-c', '-n', '1', '-r', '1', 'pass'], _wrap_timer=record)
print(seen[3] is time.perf_counter)
