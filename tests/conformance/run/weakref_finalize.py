# finalize: a callback tied to an object's life; called once.
import weakref


class Res:
    pass


def cleanup(name, *, how):
    print('cleanup', name, how)
    return 'done'


r = Res()
f = weakref.finalize(r, cleanup, 'r', how='gc')
print(f.alive, f.atexit)
print(f.peek()[1] is cleanup, f.peek()[2])
del r
print(f.alive, f())
r2 = Res()
f2 = weakref.finalize(r2, cleanup, 'r2', how='explicit')
print(f2())
print(f2(), f2.alive)
r3 = Res()
f3 = weakref.finalize(r3, cleanup, 'r3', how='detached')
obj, func, args, kwargs = f3.detach()
print(obj is r3, args, kwargs, f3.alive)
