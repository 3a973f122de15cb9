# A __del__ that drops the last reference to another object frees it at once.
class Noisy:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print('del', self.name, '(enter)')
        self.child = None
        print('del', self.name, '(leave)')


root = Noisy('root', Noisy('child', Noisy('grandchild')))
print('drop root')
del root
print('---')
registry = []


class Registering:
    def __del__(self):
        print('Registering.__del__ appends a new object')
        registry.append(Noisy('made in __del__'))


r = Registering()
del r
print('registry:', [o.name for o in registry])
registry.clear()
print('end')
