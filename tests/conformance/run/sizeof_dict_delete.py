# Deleting never shrinks a dict; the next growth compacts it to fit what is left.
import sys

d = {i: i for i in range(100)}
full = sys.getsizeof(d)
for i in range(95):
    del d[i]
print(len(d), sys.getsizeof(d) == full)
for i in range(1000, 1100):
    d[i] = i
    if sys.getsizeof(d) != full:
        print('resized after', i - 999, 'inserts:', full, '->', sys.getsizeof(d), 'len', len(d))
        break

e = {str(i): i for i in range(20)}
print(sys.getsizeof(e))
while e:
    e.popitem()
print('popitem to empty', sys.getsizeof(e))
e['x'] = 1
print('insert after popitem', sys.getsizeof(e))
f = dict.fromkeys(range(30))
f.clear()
print('clear', sys.getsizeof(f))
g = {i: i for i in range(10)}
for k in list(g):
    g.pop(k)
g.update({'a': 1})
print('pop all then update', sys.getsizeof(g))
