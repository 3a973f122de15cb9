# del of the last reference runs __del__ at once, before the next statement.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


a = Noisy('a')
b = a
del a
print('a deleted, b holds it')
del b
print('b deleted')
x, y, z = Noisy('x'), Noisy('y'), Noisy('z')
del x, z
print('x and z deleted')
d = {'k': Noisy('dict value')}
del d['k']
print('dict item deleted')
lst = [Noisy('l0'), Noisy('l1'), Noisy('l2')]
del lst[::2]
print('extended slice deleted')
lst.pop()
print('pop discarded')


class Box:
    pass


bx = Box()
bx.attr = Noisy('attribute')
del bx.attr
print('attribute deleted')
print('end (y remains)')
