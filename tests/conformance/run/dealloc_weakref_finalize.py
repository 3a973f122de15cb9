# weakref.finalize runs once, when the object dies, at exit, or when called.
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def cleanup(name):
    print('cleanup', name)
    return name.upper()


a = Res('a')
fa = weakref.finalize(a, cleanup, 'a')
print('alive:', fa.alive)
del a
print('alive after del:', fa.alive)
b = Res('b')
fb = weakref.finalize(b, cleanup, 'b')
print('called early:', fb())
print('second call:', fb())
del b
c = Res('c')
fc = weakref.finalize(c, cleanup, 'c')
print('detach:', fc.detach()[0] is c)
del c
d = Res('d')
fd = weakref.finalize(d, cleanup, 'd at exit')
print('peek:', fd.peek()[2:], fd.peek()[1] is cleanup)
print('end of program')
