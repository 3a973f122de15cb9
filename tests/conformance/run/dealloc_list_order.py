# A list releases its items from the last to the first.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


items = [Noisy('a'), Noisy('b'), Noisy('c')]
print('drop the list')
del items
print('---')
items = [Noisy(i) for i in range(4)]
print('clear()')
items.clear()
print('---')
items = [Noisy('x'), Noisy('y'), Noisy('z')]
print('slice delete [0:2]')
del items[0:2]
print('reassign the list')
items = []
print('---')
nested = [[Noisy('inner1'), Noisy('inner2')], Noisy('outer')]
print('drop nested')
nested = None
print('end')
