# A table whose keys are all str stores no hashes: 16-byte entries instead of 24.
import sys

s = {'a': 1, 'b': 2}
print('str keys', sys.getsizeof(s))
s[3] = 3
print('after an int key', sys.getsizeof(s))
del s[3]
print('deleting it does not convert back', sys.getsizeof(s))
n = {1: 1, 2: 2}
print('int keys', sys.getsizeof(n))
t = {(1, 2): 0}
print('tuple key', sys.getsizeof(t))

class Key(str):
    pass

k = {Key('a'): 1}
print('str subclass key', sys.getsizeof(k))
for size in (5, 10, 21, 42, 85):
    a = dict.fromkeys([str(i) for i in range(size)])
    b = dict.fromkeys(range(size))
    print(size, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(b) - sys.getsizeof(a))
