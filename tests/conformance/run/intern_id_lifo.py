# Freed blocks are reused last-freed-first.
class Node:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
nodes = [Node(i) for i in range(5)]
ids = [id(n) for n in nodes]
for k in range(5):
    nodes.pop()
fresh = [Node(i) for i in range(5)]
print([ids.index(id(n)) if id(n) in ids else -1 for n in fresh])
a = Node(1)
b = Node(2)
c = Node(3)
ia, ib, ic = id(a), id(b), id(c)
del b
del a
x = Node(4)
y = Node(5)
z = Node(6)
print(id(x) == ia, id(y) == ib, id(z) == ic)
del c
w = Node(7)
print(id(w) == ic)
