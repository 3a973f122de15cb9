# Locals kept by a traceback are released when the traceback is dropped.
import sys
import traceback


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def fail():
    local = Noisy('local of fail')
    raise RuntimeError('x')


try:
    fail()
except RuntimeError as e:
    print('handling')
print('handler ended: name e deleted, traceback gone')
print('---')
try:
    fail()
except RuntimeError as e:
    kept = e
print('exception kept')
traceback.clear_frames(kept.__traceback__)
print('frames cleared')
del kept
print('---')
try:
    fail()
except RuntimeError:
    info = sys.exc_info()
print('exc_info tuple kept')
info = None
print('end')
