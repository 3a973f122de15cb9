# Rebinding a name releases the old object after the new one is bound.
class Noisy:
    def __init__(self, name):
        self.name = name
        print('new', name)

    def __del__(self):
        print('del', self.name)


x = Noisy('one')
x = Noisy('two')
print('---')
x = None
print('---')
x = Noisy('a')
y = x
x = Noisy('b')
print('a is still held by y')
y = x
print('---')
lst = [Noisy('slot')]
lst[0] = Noisy('slot2')
print('---')


class Box:
    pass


b = Box()
b.v = Noisy('attr1')
b.v = Noisy('attr2')
print('end')
