# A bound method holds its instance and its function.
import sys


class C:
    def m(self):
        return sys.getrefcount(self)


c = C()
print('instance:', sys.getrefcount(c))
bm = c.m
print('bound method kept:', sys.getrefcount(c))
bm2 = c.m
print('second bound method:', sys.getrefcount(c))
print('bm is bm2:', bm is bm2)
print('called through bm:', bm())
print('called directly:', c.m())
del bm, bm2
print('methods gone:', sys.getrefcount(c))
func = C.__dict__['m']
print('function refs (class dict + name + arg):', sys.getrefcount(func))
m3 = c.m
print('function refs with a bound method:', sys.getrefcount(func))
print('__self__ is c:', m3.__self__ is c, sys.getrefcount(c))
methods = [c.m for _ in range(3)]
print('list of 3 bound methods:', sys.getrefcount(c))
del methods, m3
print('end:', sys.getrefcount(c))
