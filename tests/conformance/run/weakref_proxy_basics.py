# proxy(): operations go to the referent; a dead proxy raises ReferenceError.
import weakref


class Obj:
    def __init__(self):
        self.items = [1, 2, 3]

    def total(self):
        return sum(self.items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


o = Obj()
p = weakref.proxy(o)
print(p.total(), len(p), p[1], list(p))
p.extra = 'set through proxy'
print(o.extra)
print(type(p).__name__)
print(weakref.proxy(o) is p)
del o
for action in (lambda: p.items, lambda: len(p), lambda: p[0]):
    try:
        action()
    except ReferenceError as e:
        print('ReferenceError:', e)
