# A with statement keeps the context manager's __exit__ until the block ends.
import sys


class CM:
    def __enter__(self):
        print('enter sees:', sys.getrefcount(self))
        return self

    def __exit__(self, *a):
        print('exit sees:', sys.getrefcount(self))
        return False


class Res:
    def __enter__(self):
        return ['resource']

    def __exit__(self, *a):
        pass


cm = CM()
print('before:', sys.getrefcount(cm))
with cm as target:
    print('in block:', sys.getrefcount(cm))
print('after block, target still bound:', sys.getrefcount(cm))
del target
print('target deleted:', sys.getrefcount(cm))
with Res() as r:
    print('resource in block:', sys.getrefcount(r))
print('resource after:', sys.getrefcount(r))
with cm, cm:
    print('two at once:', sys.getrefcount(cm))
print('end:', sys.getrefcount(cm))
