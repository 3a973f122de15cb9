# timeit.main -v: the autorange trials and the raw times; -vv one more digit.
import timeit

def fake(timer):
    state = {'t': 0.0, 'step': 0.005}
    def read():
        state['step'] *= 2
        state['t'] += state['step']
        return state['t']
    return read

timeit.main(['-v', '-r', '2', 'pass'], _wrap_timer=fake)
print('--')
timeit.main(['-v', '-v', '-n', '5', '-r', '2', 'pass'], _wrap_timer=fake)
print('--')
timeit.main(['-r', '2', 'pass'], _wrap_timer=fake)
print('--')
timeit.main(['-vvv', '-n', '1', '-r', '2', 'pass'], _wrap_timer=fake)
