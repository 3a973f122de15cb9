# Closing a generator releases its frame's locals; so does dropping it.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def gen(tag):
    a = Noisy(tag + '-a')
    try:
        yield 1
        b = Noisy(tag + '-b')
        yield 2
    finally:
        print('finally in', tag)


g = gen('closed')
next(g)
print('close()')
g.close()
print('after close')
g = gen('dropped')
next(g)
next(g)
print('drop suspended generator')
del g
print('---')
g = gen('unstarted')
print('drop unstarted (no finally)')
del g
print('---')
g = gen('exhausted')
print(list(g))
print('after list()')
del g
gc.collect()
print('end')
