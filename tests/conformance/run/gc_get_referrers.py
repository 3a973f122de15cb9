# get_referrers: the tracked containers that refer to an object.
import gc


class Holder:
    pass


target = ['target']
a = [target]
b = {'key': target}
c = (target, 1)
h = Holder()
h.attr = target
refs = gc.get_referrers(target)
print(any(r is a for r in refs))
print(any(r is b for r in refs))
print(any(r is c for r in refs))
print(any(r is h for r in refs))
print(any(r is target for r in refs))
try:
    gc.get_referrers(x=1)
except TypeError as e:
    print(e)
