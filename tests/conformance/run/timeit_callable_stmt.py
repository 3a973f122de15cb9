# A callable statement runs number times per timeit(); a callable setup once.
import timeit

calls = []

def stmt():
    calls.append('s')

def setup():
    calls.append('setup')

t = timeit.Timer(stmt, setup)
t.timeit(3)
print(calls)
calls.clear()
t.repeat(2, 2)
print(calls)
print(t.src.strip().splitlines()[0])
print(isinstance(t.timeit(0), float))
print(timeit.timeit(lambda: calls.append(1), number=4) >= 0, len(calls))
