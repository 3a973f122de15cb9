# gc.callbacks around gc.collect(): start and stop with the info dict.
import gc


def cb(phase, info):
    print(phase, sorted(info.items()))


class N:
    pass


gc.collect()
gc.callbacks.append(cb)
a = N()
a.me = a
del a
print('result', gc.collect())
print('result', gc.collect(1))
gc.callbacks.remove(cb)
print(gc.callbacks)
