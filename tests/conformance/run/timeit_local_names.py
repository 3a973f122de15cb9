# The template's own names: _it and _timer, and setup names visible to the statement.
import timeit

ns = {'out': []}
timeit.timeit('out.append(sorted(k for k in locals() if k.startswith("_")))', number=1, globals=ns)
print(ns['out'])
timeit.timeit('out.append(type(_it).__name__)', number=1, globals=ns)
print(ns['out'][-1])
timeit.timeit('out.append(z)', setup='z = "from setup"', number=2, globals=ns)
print(ns['out'][-2:])
t = timeit.Timer('out.append(_i)', globals=ns)
t.timeit(2)
print(ns['out'][-2:])
