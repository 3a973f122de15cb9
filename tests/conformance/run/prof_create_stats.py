# create_stats / snapshot_stats: the stats dict pstats reads.
import cProfile

def leaf(x):
    return x

def top():
    return [leaf(i) for i in range(3)]

pr = cProfile.Profile()
pr.runcall(top)
pr.create_stats()
for (fn, line, name), (cc, nc, tt, ct, callers) in sorted(pr.stats.items(), key=lambda kv: kv[0][2]):
    fn = fn.rsplit('/', 1)[-1]
    print(fn, line, name, cc, nc, type(tt).__name__, sorted(k[2] for k in callers))
    for k, v in sorted(callers.items()):
        print('    from', k[2], v[:2])
print(cProfile.label('<built-in method x>'), cProfile.label(top.__code__)[1:])
