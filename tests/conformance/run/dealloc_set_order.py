# A set releases its items in table order, which follows the hashes.
class Noisy:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return self is other

    def __del__(self):
        print('del', self.h)


s = {Noisy(3), Noisy(1), Noisy(2)}
print('drop set')
del s
print('---')
fs = frozenset([Noisy(10), Noisy(5)])
print('drop frozenset')
fs = None
print('---')
s = {Noisy(7)}
s.add(Noisy(6))
s.pop()
print('popped')
s.clear()
print('end')
