# iter(), enumerate, zip, map, filter and reversed each keep their sources.
import sys

src = [10, 20, 30]
other = ['a', 'b', 'c']
it = iter(src)
print('iter():', sys.getrefcount(src))
e = enumerate(it)
print('enumerate holds the iterator:', sys.getrefcount(it))
z = zip(src, other)
print('zip:', sys.getrefcount(src), sys.getrefcount(other))
m = map(str, src)
print('map:', sys.getrefcount(src))
f = filter(None, other)
print('filter:', sys.getrefcount(other))
r = reversed(src)
print('reversed:', sys.getrefcount(src))
next(e)
print('after one enumerate step:', sys.getrefcount(src))
list(it)
print('iterator exhausted (list iterator drops its list):', sys.getrefcount(src))
del e, it
print('enumerate and iter gone:', sys.getrefcount(src))
list(z)
print('zip exhausted:', sys.getrefcount(src), sys.getrefcount(other))
del z, m, f, r
print('all gone:', sys.getrefcount(src), sys.getrefcount(other))
