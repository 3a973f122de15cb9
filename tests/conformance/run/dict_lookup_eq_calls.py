# Which __eq__ calls a dict or set lookup makes: keys equal by value (ints,
# strs, floats, tuples of them) are found without any; a tuple holding an
# object with __eq__ compares its items in order, and stops at the first
# unequal one.
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('  eq', self.v, getattr(other, 'v', other))
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


d = {(1, 2): 'a', ('x', 3.5): 'b', ((1,), 2): 'c', 2**70: 'd', (1, Key(5)): 'e'}
print(d[(1, 2)], d[('x', 3.5)], d[((1,), 2)], d[2**70])
print('lookup with Key')
print(d[(1, Key(5))])
print((1, Key(5)) in d, (2, Key(5)) in d)
s = {(1, 2.0), ('a', 'b'), (Key(1), 2)}
print((1, 2) in s, (1.0, 2) in s, ('a', 'b') in s)
print('set lookups with Key')
print((Key(1), 2) in s, (Key(1), 3) in s)
nan = float('nan')
t = (nan, 1)
print(t in {t}, (nan, 1) in {t}, (float('nan'), 1) in {(nan, 1)})
print((1, 2) == (1, 2, 3), (1, Key(9)) == (1, Key(9), 0))
print((0.0, 'a') in {(-0.0, 'a')}, {(0.0,): 1}[(-0.0,)])
print([k for k in {(1, 'a'): 0, (1, 'a'): 1, (1.0, 'a'): 2}.items()])
