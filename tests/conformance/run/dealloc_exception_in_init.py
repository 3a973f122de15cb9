# An object whose __init__ raises is freed when nothing keeps it; the traceback may.
import sys


class Half:
    def __init__(self, fail):
        self.part = 'set'
        if fail:
            raise ValueError('init failed')

    def __del__(self):
        print('del Half with', vars(self))


try:
    Half(True)
except ValueError as e:
    print('caught:', e)
print('after handler')


def build():
    return Half(True)


try:
    build()
except ValueError:
    info = sys.exc_info()
print('traceback kept in info')
del info
print('---')
ok = Half(False)
print('end')
