# nonlocal rebinding replaces the object in the shared cell.
import sys


class Token:
    pass


a, b = Token(), Token()


def outer():
    current = a

    def swap():
        nonlocal current
        current = b

    def get():
        return current
    return swap, get


swap, get = outer()
print('a in cell:', sys.getrefcount(a), 'b:', sys.getrefcount(b))
swap()
print('after swap:', sys.getrefcount(a), sys.getrefcount(b))
print(get() is b)
cell = get.__closure__[0]
print('cell shared:', cell is swap.__closure__[0], sys.getrefcount(cell))
del swap
print('one closure left:', sys.getrefcount(cell))
del get, cell
print('cell gone:', sys.getrefcount(b))
