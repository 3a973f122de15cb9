# A generator suspended in the middle of an expression holds the values that
# expression has evaluated; closing it, throwing into it or dropping it
# releases them as the stack unwinds (before the loop's iterator), and an
# except clause inside the generator sees them released.


class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


class Items:
    def __init__(self, names):
        self.it = iter([A(n) for n in names])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.it)

    def __del__(self):
        print('del iterator')


def held():
    for a in Items(['a1', 'a2']):
        x = [A('left of ' + a.name), (yield a.name)]
        print('made', len(x))


g = held()
print(next(g))
print(g.send('v'))
print('closing')
g.close()
print('closed')

g = held()
print(next(g))
print('dropping')
del g
print('dropped')


def caught():
    try:
        x = (A('held'), (yield 1))
    except ValueError:
        print('caught')
    yield 2


g = caught()
next(g)
print(g.throw(ValueError))
