# A closure keeps its free variables in cells: the cell holds the object,
# each inner function holds the cell.
import sys


def outer():
    data = ['x']
    print('local in outer (cell):', sys.getrefcount(data))

    def inner():
        return data

    print('with inner defined:', sys.getrefcount(data))
    return inner, data


f, kept = outer()
print('after outer returns:', sys.getrefcount(kept))
cell = f.__closure__[0]
print('cell refs:', sys.getrefcount(cell))
print('cell_contents is kept:', cell.cell_contents is kept)
g = f
print('function refs:', sys.getrefcount(f))
del g


def counter():
    n = []

    def add():
        n.append(1)
        return len(n)

    def peek():
        return n

    return add, peek


add, peek = counter()
add(); add()
lst = peek()
print('shared list:', sys.getrefcount(lst))
print('cell shared by two functions:', sys.getrefcount(add.__closure__[0]))
del add
print('after del add:', sys.getrefcount(peek.__closure__[0]))
