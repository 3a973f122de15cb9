# f(a, b, *it): a positional prefix then one starred iterable (no keywords).
import sys


def show(*args):
    return args

def three(a, b, c):
    return sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(c)

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def order(tag, value):
    print("eval", tag)
    return value

def gen():
    yield 10
    yield 20

class Boom:
    def __iter__(self):
        yield Tracked("first")
        raise ValueError("boom")

print(show(1, *(2, 3)), show(1, 2, *[3]), show(1, *gen()), show(1, *""), show(1, *range(3)))
print(max(1, *[5, 3]), min(4, *(6, 2)))
x, y = Tracked("x"), Tracked("y")
t = (x, y)
r = three(object(), *t)
print(r[1] - sys.getrefcount(x), r[2] - sys.getrefcount(y))
print(show(order("prefix", 1), *order("star", [2])))
try:
    show(1, *5)
except TypeError as e:
    print("TypeError", e)
try:
    show(Tracked("held"), *Boom())
except ValueError as e:
    print("ValueError", e)


def neighbours(grid, x, y):
    yield grid[y][x]

g = neighbours([[7]], *(0, 0))
print(sorted(g.gi_frame.f_locals.items()), list(g))

class Point:
    def __init__(self, *xy):
        self.xy = xy
print(Point(1, *[2]).xy)
del t, x, y
print("end")
