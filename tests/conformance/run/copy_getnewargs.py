# __getnewargs__ and __getnewargs_ex__ give the arguments of __new__ when copying.
import copy


class Tagged(tuple):
    def __new__(cls, tag, *items):
        print('__new__', tag, items)
        self = super().__new__(cls, items)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (self.tag, *self)


t = Tagged('t', 1, 2)
t2 = copy.copy(t)
print(t2, t2.tag, type(t2).__name__)


class KwOnly:
    def __new__(cls, *, size):
        print('__new__ size', size)
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {'size': self.size}


k = copy.deepcopy(KwOnly(size=3))
print(k.size)


class BadArgs:
    def __getnewargs__(self):
        return [1]


try:
    copy.copy(BadArgs())
except TypeError as e:
    print('TypeError:', e)
