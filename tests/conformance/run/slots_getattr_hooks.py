# __getattr__ runs for unset slots; __setattr__ and __delattr__ see slot names too.
class Lazy:
    __slots__ = ('loaded', 'log')

    def __init__(self):
        object.__setattr__(self, 'log', [])

    def __getattr__(self, name):
        self.log.append(('getattr', name))
        if name == 'loaded':
            self.loaded = 'value'
            return self.loaded
        raise AttributeError(f'no {name}')

    def __setattr__(self, name, value):
        self.log.append(('set', name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.log.append(('del', name))
        object.__delattr__(self, name)

z = Lazy()
print(z.loaded, z.loaded)
try:
    z.other
except AttributeError as e:
    print(e)
try:
    z.other = 1
except AttributeError as e:
    print(e)
del z.loaded
print(z.loaded)
print(z.log)
