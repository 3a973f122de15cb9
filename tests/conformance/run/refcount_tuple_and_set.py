# Tuples and sets hold references to their items; sets only one per distinct key.
import sys


class Key:
    pass


k = Key()
t = (k, k)
print('tuple of two:', sys.getrefcount(k))
t2 = t + (k,)
print('concatenated tuple:', sys.getrefcount(k))
t3 = t2 * 2
print('repeated tuple:', sys.getrefcount(k))
del t, t2, t3
print('tuples gone:', sys.getrefcount(k))
s = {k}
print('set:', sys.getrefcount(k))
s.add(k)
print('set, added again:', sys.getrefcount(k))
fs = frozenset(s)
print('frozenset copy:', sys.getrefcount(k))
u = s | fs
print('union:', sys.getrefcount(k))
s.discard(k)
print('discarded:', sys.getrefcount(k))
del fs, u
print('all gone:', sys.getrefcount(k))
packed = (k, [k], {k: k})
print('nested in one tuple:', sys.getrefcount(k))
a, b, c = packed
print('unpacked:', sys.getrefcount(k))
