# WeakSet forgets members that die.
import weakref


class M:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'M({self.n})'


s = weakref.WeakSet()
a, b, c = M(1), M(2), M(3)
for x in (a, b, c):
    s.add(x)
print(len(s), a in s, 5 in s)
del b
print(len(s), sorted(s, key=lambda m: m.n))
s.discard(a)
print(len(s))
t = weakref.WeakSet([c])
print(s == t, len(s | t))
s.clear()
print(len(s), list(s))
try:
    s.pop()
except KeyError as e:
    print('KeyError:', e)
