# Extending in place keeps the str's reference count (only the local refers to it).
import sys
def f():
    s = 'r' * 4
    counts = []
    for i in range(12):
        s += 'r'
        counts.append(sys.getrefcount(s))
    return counts
print(f())
def g():
    s = 'r' * 4
    keep = []
    for i in range(10):
        s += 'r'
        keep.append(s)
    return [sys.getrefcount(x) for x in keep[-3:]], len(set(map(id, keep)))
print(g())
