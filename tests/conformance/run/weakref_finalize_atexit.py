# finalize objects still alive at exit run then, in reverse order of creation, unless atexit is off.
import weakref


class R:
    pass


def report(msg):
    print('finalizer:', msg)


keep = [R(), R(), R()]
f1 = weakref.finalize(keep[0], report, 'first')
f2 = weakref.finalize(keep[1], report, 'second')
f3 = weakref.finalize(keep[2], report, 'third')
f2.atexit = False
print('end of program')
