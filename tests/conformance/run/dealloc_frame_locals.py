# At return, a function's locals are released in the order of co_varnames.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


def f(arg):
    z = Noisy('z')
    a = Noisy('a')
    m = Noisy('m')
    print('returning')


print(f.__code__.co_varnames)
f(Noisy('arg'))
print('---')


def g():
    second = Noisy('second')
    first = Noisy('first')
    result = Noisy('result')
    return result


r = g()
print('after g, result kept:', r.name)
del r
print('---')


def h():
    x = Noisy('x')
    x = Noisy('x2')
    print('rebinding released the first')


h()
print('end')
