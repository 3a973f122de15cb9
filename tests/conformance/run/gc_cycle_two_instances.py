# Two instances that refer to each other survive `del` and are found by the collector.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('collected:', gc.collect())
print('again:', gc.collect())
a = Node('x')
a.other = a
del a
print('self loop:', gc.collect())
