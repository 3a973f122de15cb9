# An exception in a weakref callback is reported as unraisable; the program goes on.
import weakref


class A:
    pass


class Callback:
    def __call__(self, ref):
        raise RuntimeError('from callback')

    def __repr__(self):
        return 'Callback()'


a = A()
r = weakref.ref(a, Callback())
del a
print('still running', r())
