# Values sent into a generator are held by the names they are bound to in its frame.
import sys


class Msg:
    pass


def consumer():
    last = None
    while True:
        got = yield last
        last = got


m = Msg()
g = consumer()
next(g)
print('before send:', sys.getrefcount(m))
g.send(m)
print('held as got and last:', sys.getrefcount(m))
g.send(None)
print('after next send (last is got):', sys.getrefcount(m))
r = g.send(None)
print('released:', sys.getrefcount(m))


def echo():
    x = yield
    yield x


g2 = echo()
next(g2)
out = g2.send(m)
print('yielded back:', out is m, sys.getrefcount(m))
del out
g2.close()
print('closed:', sys.getrefcount(m))
