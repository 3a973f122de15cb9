# profile.Profile with a fake clock: rows, counts and exact times of plain calls.
import profile
from _profutil import report, masked, Ticks

def leaf(x):
    return x * 2

def middle(n):
    return sum(leaf(i) for i in range(n))

def top():
    total = 0
    for n in (1, 2, 3):
        total += middle(n)
    return total

clock = Ticks()
p = profile.Profile(clock)
print(p.runcall(top))
p.create_stats()
for key in sorted(p.stats, key=repr):
    cc, nc, tt, ct, callers = p.stats[key]
    print(masked(' '.join(map(str, (key[0].rsplit('/', 1)[-1], key[1], key[2], cc, nc, round(tt, 3), round(ct, 3),
          sorted((k[2], v) for k, v in callers.items()))))))
report(p, 'calls', 'name')
report(p, 'name', what='callees')
