import tracemalloc

frames = [tracemalloc.Frame((name, line)) for name in ('b.py', 'a.py') for line in (3, 1, 2)]
print(sorted(frames))
print(max(frames), min(frames))
counts = {}
for f in frames + frames[:2]:
    counts[f] = counts.get(f, 0) + 1
print(sorted((str(f), n) for f, n in counts.items()))
tbs = [tracemalloc.Traceback(((n, 1), ('main.py', 9))) for n in ('x.py', 'a.py', 'm.py')]
print([str(t) for t in sorted(tbs)])
print([repr(t) for t in sorted(tbs, key=lambda t: t[-1])][:1])
print(tracemalloc.Traceback((('a.py', 1),)) in {tracemalloc.Traceback((('a.py', 1),), 3)})
