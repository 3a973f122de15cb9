# A LineProfiler used as a decorator: the wrapper turns the profiler on for
# each call; hits add up over calls.
from line_profiler import LineProfiler

lp = LineProfiler()


@lp
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


print([collatz_steps(n) for n in (1, 6, 7)])
print(collatz_steps.__name__, collatz_steps.__wrapped__.__name__)
print(lp.functions[0] is collatz_steps.__wrapped__)
stats = lp.get_stats()
for (filename, first, name), rows in stats.timings.items():
    print(filename.rsplit('/', 1)[-1], first, name)
    for lineno, hits, _time in rows:
        print(f'  line {lineno}: {hits} hits')
print('unit', stats.unit)
