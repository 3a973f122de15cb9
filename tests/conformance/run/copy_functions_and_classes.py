# Functions, classes, methods and modules are treated as atoms by deepcopy.
import copy
import math


def outer():
    x = [1]

    def inner():
        return x
    return inner


fn = outer()


class K:
    def m(self):
        return 1


k = K()
data = {'f': fn, 'cls': K, 'builtin': len, 'lambda': lambda: 0}
dd = copy.deepcopy(data)
print([dd[key] is data[key] for key in data])
print('closure shared:', dd['f']() is fn())
bm = k.m
try:
    bm2 = copy.deepcopy(bm)
    print('bound method copied:', bm2 is not bm, bm2.__self__ is not k, bm2.__func__ is K.m)
except Exception as e:
    print(type(e).__name__, e)
print('copy bound method:', copy.copy(bm) == bm)
try:
    copy.deepcopy(math)
except TypeError as e:
    print('module:', e)
print(copy.copy(K) is K, copy.deepcopy(type) is type)
