# Weak references and proxies do not add to the reference count.
import sys
import weakref


class T:
    pass


t = T()
print('start:', sys.getrefcount(t))
r = weakref.ref(t)
p = weakref.proxy(t)
print('with ref and proxy:', sys.getrefcount(t))
strong = r()
print('dereferenced and kept:', sys.getrefcount(t))
del strong
ws = weakref.WeakSet([t])
wd = weakref.WeakValueDictionary({'k': t})
print('weak containers:', sys.getrefcount(t), len(ws), len(wd))
print('weakref count:', weakref.getweakrefcount(t))
del t
print('dead:', r(), len(ws), len(wd))
