# A generator kept in a list that the generator's frame refers to.
import gc


def gen(items):
    for x in items:
        yield x


gc.collect()
l = []
g = gen(l)
l.append(g)
del g, l
print(gc.collect())
l = [1, 2]
g = gen(l)
print(next(g))
l.append(g)
del g, l
print(gc.collect())
