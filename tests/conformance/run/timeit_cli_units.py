# timeit.main -u: each unit, and the automatic unit for several magnitudes.
import timeit

def fake_step(step):
    def wrap(timer):
        state = {'t': 0.0}
        def read():
            state['t'] += step
            return state['t']
        return read
    return wrap

for unit in ['nsec', 'usec', 'msec', 'sec']:
    timeit.main(['-n', '10', '-r', '1', '-u', unit, 'pass'], _wrap_timer=fake_step(0.5))
for step in [3e-9, 4e-6, 0.005, 2.5, 7000.0]:
    timeit.main(['-n', '1', '-r', '1', 'pass'], _wrap_timer=fake_step(step))
timeit.main(['-n', '1', '-r', '1', '--unit=usec', 'pass'], _wrap_timer=fake_step(1e-9))
