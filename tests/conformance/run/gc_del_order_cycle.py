# __del__ of objects in a cycle: each is called once, in the collector's order.
import gc


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


gc.collect()
a = D('a')
b = D('b')
c = D('c')
a.next = b
b.next = c
c.next = a
del a, b, c
print('collect ->', gc.collect())
print('collect ->', gc.collect())
