# property, classmethod and staticmethod objects hold the functions they wrap.
import sys


def getter(self):
    return 42


def cm(cls):
    return cls


def sm():
    return 'static'


print('start:', sys.getrefcount(getter), sys.getrefcount(cm), sys.getrefcount(sm))


class K:
    x = property(getter)
    c = classmethod(cm)
    s = staticmethod(sm)


print('wrapped:', sys.getrefcount(getter), sys.getrefcount(cm), sys.getrefcount(sm))
prop = K.__dict__['x']
print('property refs:', sys.getrefcount(prop))
print('fget is getter:', prop.fget is getter)
k = K()
print(k.x, K.c() is K, K.s())
bound = K.c
print('bound classmethod holds the class:', bound.__self__ is K)
del bound
p2 = prop.setter(lambda self, v: None)
print('setter copy shares fget:', sys.getrefcount(getter))
del p2, K, prop, k
print('class gone:', sys.getrefcount(getter), sys.getrefcount(cm), sys.getrefcount(sm))
