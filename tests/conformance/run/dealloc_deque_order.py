# collections.deque releases its items from the left; a bounded deque drops the old end.
from collections import deque


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


d = deque([Noisy('a'), Noisy('b'), Noisy('c')])
print('drop deque')
del d
print('---')
bounded = deque(maxlen=2)
for name in 'xyz':
    print('append', name)
    bounded.append(Noisy(name))
print('appendleft w')
bounded.appendleft(Noisy('w'))
print('clear')
bounded.clear()
print('end')
