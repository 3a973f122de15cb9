# Objects on a cycle are finalized by the collector, in the order it finds them.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        print('del', self.name, 'peer still set:', self.peer is not None)


a, b, c = Node('a'), Node('b'), Node('c')
a.peer, b.peer, c.peer = b, c, a
del a, b, c
print('cycle unreachable, not yet freed')
n = gc.collect()
print('collected', n)
x = Node('x')
x.peer = x
y = Node('y (held by x only)')
x.extra = y
del x, y
print('collect self-cycle:', gc.collect())
print('end')
