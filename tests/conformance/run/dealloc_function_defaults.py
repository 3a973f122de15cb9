# A function's defaults and closure cells die with the function.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def make():
    captured = Noisy('closure cell')

    def inner(d=Noisy('default')):
        return captured
    return inner


f = make()
print('function alive')
g = f
del f
print('one alias left')
del g
print('---')


def top(a=Noisy('module-level default')):
    pass


top.__defaults__ = None
print('defaults replaced')
h = lambda k=Noisy('lambda default'): k
h = None
print('end')
