# sys.intern returns the one interned object equal to its argument.
import sys
a = sys.intern('my long string')
b = sys.intern('my long string')
print(a is b)
parts = ['my', 'long', 'string']
c = ' '.join(parts)
print(c == a, c is a)
d = sys.intern(c)
print(d is a, d is c)
e = sys.intern(''.join(['ab', 'cd!']))
f = sys.intern('abcd' + '!' * len('x'))
print(e is f)
names = [sys.intern('key%d' % i) for i in range(5)]
again = [sys.intern('key' + str(i)) for i in range(5)]
print(all(x is y for x, y in zip(names, again)))
print(sys.intern('') is '', sys.intern('q') is 'q')
w = 'word'
print(sys.intern(w) is w, sys.intern('wo' + 'rd') is w)
d = {}
key = ''.join(['dy', 'namic'])
d[sys.intern(key)] = 1
print([k is sys.intern('dynamic') for k in d])
