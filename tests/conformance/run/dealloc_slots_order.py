# __slots__ values are released in slot order (sorted names), before the __dict__.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


class Slotted:
    __slots__ = ('zeta', 'alpha', 'mid', '__dict__')

    def __init__(self):
        self.zeta = Noisy('zeta')
        self.alpha = Noisy('alpha')
        self.mid = Noisy('mid')
        self.extra = Noisy('extra in dict')


s = Slotted()
print('drop slotted')
del s


class Derived(Slotted):
    __slots__ = ('beta',)

    def __init__(self):
        super().__init__()
        self.beta = Noisy('beta (subclass slot)')


d = Derived()
print('drop derived')
d = None
print('end')
