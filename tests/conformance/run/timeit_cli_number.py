# timeit.main with -n and -r, timed by a fake clock (_wrap_timer): exact report.
import timeit

def fake(timer):
    state = {'t': 0.0}
    def read():
        state['t'] += 0.000125
        return state['t']
    return read

print(timeit.main(['-n', '4', '-r', '3', 'pass'], _wrap_timer=fake))
print(timeit.main(['-n1', '-r1', 'x = 1'], _wrap_timer=fake))
print(timeit.main(['--number=2', '--repeat=2', '-s', 'a = 1', 'a + 1'], _wrap_timer=fake))
print(timeit.main(['-n', '3', '-r', '0', 'pass'], _wrap_timer=fake))
print(timeit.main(['-n', '1000', 'pass'], _wrap_timer=fake))
