import tracemalloc

raw = tuple(('f%d.py' % i, i) for i in range(6))
tb = tracemalloc.Traceback(raw, 10)
print(len(tb), tb.total_nframe)
print([f.lineno for f in tb])
print([f.lineno for f in tb[1:4]], [f.lineno for f in tb[::2]], [f.lineno for f in tb[-2:]])
print(type(tb[1:3]).__name__, tb[1:1])
print(tb[-1], tb[0], tb[len(tb) - 1] == tb[-1])
print(tracemalloc.Frame(('f3.py', 3)) in tb, tracemalloc.Frame(('f3.py', 4)) in tb)
print(str(tracemalloc.Traceback((('only.py', 42),))))
print(repr(tracemalloc.Traceback((('only.py', 42),), 0)))
print([str(f) for f in tracemalloc.Traceback(list(raw[:2]))])
