# __slots__ as a single string names one slot; the attribute keeps what was given.
class One:
    __slots__ = 'value'

o = One()
o.value = 5
print(o.value, One.__slots__, type(One.__slots__).__name__)

class Listed:
    __slots__ = ['a', 'b']

print(Listed.__slots__, type(Listed.__slots__).__name__)
Listed.__slots__.append('c')
l = Listed()
try:
    l.c = 1
except AttributeError as e:
    print('appending later does nothing:', e)

class FromDict:
    __slots__ = {'a': 'the a slot', 'b': 'the b slot'}

print(FromDict.__slots__, FromDict.a.__doc__, FromDict.b.__doc__)
print(One.value.__doc__)

def names():
    yield 'p'
    yield 'q'

class FromGen:
    __slots__ = names()

f = FromGen()
f.p, f.q = 1, 2
print(f.p + f.q, type(FromGen.__slots__).__name__)
