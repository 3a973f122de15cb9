# Attribute sites remember what a class attribute is as a descriptor: when
# the descriptor's own class gains or loses __get__ or __set__, or a class's
# methods and dunders change, every site sees it.
# The descriptor's own class gains or loses __get__: the holder's sites see it.
class D:
    pass
class Holder:
    d = D()
class Sub(Holder):
    pass
h, s = Holder(), Sub()
def readd(o):
    return o.d
print(type(readd(h)).__name__, type(readd(s)).__name__)
D.__get__ = lambda self, o, t: ('got', type(o).__name__)
print(readd(h), readd(s))
D.__set__ = lambda self, o, v: print('set', v)
h.d = 5
h.__dict__['d'] = 'shadow'
print(readd(h))                   # a data descriptor wins over the instance dict
del D.__set__
print(readd(h))                   # a plain descriptor does not
del D.__get__
print(readd(s) is Holder.__dict__['d'])

# Methods and the dunders that make up a class's behaviour.
class M:
    def f(self):
        return 'M.f'
class N(M):
    pass
def call(o):
    return o.f()
n = N()
print(call(n))
M.f = lambda self: 'M.f2'
print(call(n))
N.f = lambda self: 'N.f'
print(call(n), call(M()))
M.__getattr__ = lambda self, name: 'missing ' + name
print(n.nothing)
del M.__getattr__
try:
    n.nothing
except AttributeError as e:
    print('AttributeError:', e)

