# del removes bindings: names, items, slices, attributes.
import sys


class N:
    pass


n = N()
a = b = n
holder = N()
holder.attr = n
lst = [n, n, n]
d = {'k': n, n: 'v'}
print('start:', sys.getrefcount(n))
del a
print('del name:', sys.getrefcount(n))
del holder.attr
print('del attribute:', sys.getrefcount(n))
del lst[0]
print('del item:', sys.getrefcount(n))
del lst[:]
print('del slice:', sys.getrefcount(n))
del d['k']
print('del dict value:', sys.getrefcount(n))
del d[n]
print('del dict key:', sys.getrefcount(n))
t = (n,)
del t
print('del tuple name:', sys.getrefcount(n))
try:
    del a
except NameError as e:
    print(e)
del b
print('end:', sys.getrefcount(n))
