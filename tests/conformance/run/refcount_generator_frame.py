# A suspended generator's frame keeps its locals and arguments alive.
import sys


def gen(obj):
    local = obj
    yield sys.getrefcount(obj)
    yield sys.getrefcount(obj)


data = {'k': 1}
g = gen(data)
print('created, not started:', sys.getrefcount(data))
print('first yield sees:', next(g))
print('suspended:', sys.getrefcount(data))
print('second yield sees:', next(g))
print('exhausted:', next(g, 'done'), sys.getrefcount(data))
g2 = gen(data)
next(g2)
print('second generator suspended:', sys.getrefcount(data))
g2.close()
print('after close:', sys.getrefcount(data))
g3 = gen(data)
next(g3)
del g3
print('suspended generator deleted:', sys.getrefcount(data))
gens = [gen(data) for _ in range(3)]
print('three unstarted:', sys.getrefcount(data))
del gens
print('end:', sys.getrefcount(data))
