# A recursive function: every level's lines are counted in one table.
from line_profiler import LineProfiler


def fib(n):
    if n < 2:
        return n
    a = fib(n - 1)
    b = fib(n - 2)
    return a + b


def hanoi(n, moves):
    if n == 0:
        return moves
    hanoi(n - 1, moves)
    moves.append(n)
    return hanoi(n - 1, moves)


lp = LineProfiler()
lp.add_function(fib)
lp.add_function(hanoi)
print(lp.runcall(fib, 6))
print(len(lp.runcall(hanoi, 4, [])))
for (fn, first, name), rows in sorted(lp.get_stats().timings.items()):
    print(name, 'at line', first)
    for lineno, hits, _t in rows:
        print(f'  {lineno}: {hits}')
