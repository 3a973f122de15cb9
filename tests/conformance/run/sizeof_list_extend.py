# extend sizes the list from the length of what it adds (a list, a tuple, or a length hint).
import sys

def cap(l):
    return (sys.getsizeof(l) - sys.getsizeof([])) // 8

a = []
a.extend([1, 2, 3])
print('empty.extend(list of 3)', cap(a))
a.extend([4])
print('+1', cap(a))
a.extend(range(10))
print('+range(10)', cap(a))
a.extend(x for x in range(10))
print('+generator of 10', cap(a))
a.extend('abcdefghijklmnopqrstuvwxyz')
print('+26 chars', len(a), cap(a))
b = [0] * 7
b.extend(b)
print('self extend', len(b), cap(b))
c = []
c += (1, 2, 3, 4, 5)
print('+= tuple', cap(c))
c += {1: 2, 3: 4}
print('+= dict', len(c), cap(c))
d = [1]
for n in (1, 2, 5, 10, 50):
    d.extend([0] * n)
    print(f'extend by {n:2}: len {len(d):3} cap {cap(d)}')
