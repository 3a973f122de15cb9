# On deallocation, weakref callbacks run after __del__ (the object is finalized first).
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('__del__', self.name)


def cb(label):
    def callback(ref):
        print('callback', label, 'ref dead:', ref() is None)
    return callback


o = Obj('o')
r1 = weakref.ref(o, cb('first'))
r2 = weakref.ref(o, cb('second'))
print('drop')
del o
print('---')


class Plain:
    pass


p = Plain()
refs = [weakref.ref(p, cb(i)) for i in range(3)]
print('drop plain (callbacks newest first)')
del p
print('end')
