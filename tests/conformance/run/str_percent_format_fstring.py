# CPython 3.11's AST optimizer compiles '...' % (a, b) with only %s, %r and
# %a units as an f-string: each item is converted as soon as it is evaluated
# (before the next item), no tuple is built, and a failing conversion points
# at its item.


class T:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        print('str', self.n)
        return 'T%d' % self.n

    def __repr__(self):
        print('repr', self.n)
        return 'T(%d)' % self.n


def item(n):
    print('item', n)
    return T(n)


print('%s and %r' % (item(1), item(2)))
print('[%5s|%-5s|%.1s|%3.2r]' % (item(3), item(4), item(5), item(6)))
print('%d items of %s' % (2, item(7)))  # %d: stays a % operation
print('100%% %a' % ('é',))
print('%s' % ((1, 2),))


class Bad:
    def __str__(self):
        raise ValueError('no str')


value = Bad()
print('before %s after' % (
    value,
))
