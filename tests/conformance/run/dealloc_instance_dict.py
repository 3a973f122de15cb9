# An instance's attributes are released in the order they were first set.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


class Holder:
    def __init__(self):
        self.first = Noisy('first')
        self.second = Noisy('second')
        self.third = Noisy('third')

    def __del__(self):
        print('holder __del__ (attributes still there:', self.first.name + ')')


h = Holder()
print('drop holder')
del h
print('---')
h = Holder()
h.first = Noisy('replacement')
print('drop holder with a replaced attribute')
h = None
print('---')
h = Holder()
h.extra = Noisy('extra')
del h.second
print('drop holder with an added and a deleted attribute')
h = None
print('end')
