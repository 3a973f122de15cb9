# timeit.main warns when the worst run is four times slower than the best.
import sys
import timeit

def uneven(timer):
    durations = iter([0.0, 1.0, 1.0, 1.5, 1.5, 6.0, 6.0, 6.1])
    def read():
        return next(durations)
    return read

sys.stderr = sys.stdout
timeit.main(['-n', '1', '-r', '4', 'pass'], _wrap_timer=uneven)
sys.stderr = sys.__stderr__

def even(timer):
    state = {'t': 0.0}
    def read():
        state['t'] += 1.0
        return state['t']
    return read

timeit.main(['-n', '2', '-r', '3', 'pass'], _wrap_timer=even)
