# timeit.main: several -s options and statement arguments become lines.
import timeit

log = []

def spy(timer):
    def read():
        log.append('t')
        return float(len(log))
    return read

timeit.main(['-n', '1', '-r', '1', '-s', 'import sys', '-s', 'sys.modules["__main__"].log.append("setup")',
             'import sys', 'sys.modules["__main__"].log.append("stmt")'], _wrap_timer=spy)
print(log)
log.clear()
timeit.main(['-n', '2', '-r', '1', '--setup=x = [0]', 'x[0] += 1', 'import sys; sys.modules["__main__"].log.append(x[0])'],
            _wrap_timer=spy)
print(log)
timeit.main(['-n', '1', '-r', '1', '--', '-1'], _wrap_timer=spy)
