# A class is on a reference cycle (its __mro__ holds it): deleting the last
# name does not free it; the collector does, and then its attributes go.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def make():
    class Local:
        first = Noisy('class attribute 1')
        second = Noisy('class attribute 2')
    return Local


K = make()
print('deleting the only name')
del K
print('name deleted, nothing freed yet')
print('collected', gc.collect() > 0)
print('---')
inst = make()()
print('instance keeps its class')
del inst
print('instance gone')
gc.collect()
print('end')
