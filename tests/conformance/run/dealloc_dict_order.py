# A dict releases key then value of each entry, in insertion order.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)

    def __hash__(self):
        return hash(self.name)


d = {Noisy('k1'): Noisy('v1'), Noisy('k2'): Noisy('v2')}
d[Noisy('k3')] = Noisy('v3')
print('drop dict')
del d
print('---')
d = {'a': Noisy('A'), 'b': Noisy('B'), 'c': Noisy('C')}
del d['a']
d['a'] = Noisy('A2')
print('drop dict after re-insert')
d = None
print('---')
d = {'x': Noisy('X'), 'y': Noisy('Y')}
print('clear()')
d.clear()
print('---')
d = {'p': Noisy('old')}
print('overwrite value')
d['p'] = Noisy('new')
print('end')
