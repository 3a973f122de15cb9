# Hits of loop lines: the for line once more than the body (the turn that
# ends the loop), a while test on every turn, comprehensions counted on
# their own line once per call.
from line_profiler import LineProfiler


def loops(n):
    total = 0
    for i in range(n):
        total += i
    k = n
    while k > 0:
        k -= 2
    squares = [x * x for x in range(n)]
    for a in range(2):
        for b in range(3):
            total += a * b
    return total + sum(squares)


lp = LineProfiler(loops)
print(lp.runcall(loops, 5))
print(lp.runcall(loops, 2))
timings = lp.get_stats().timings
for key in timings:
    print(key[1:])
    for lineno, hits, _time in timings[key]:
        print(f'  {lineno:3} {hits:4}')
