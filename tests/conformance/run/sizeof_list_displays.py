# How a list display is compiled decides its first capacity.
import sys

def cap(l):
    return (sys.getsizeof(l) - sys.getsizeof([])) // 8

x = 1
print('[]', cap([]))
print('[x]', cap([x]))
print('[x, x, x]', cap([x, x, x]))
print('[1, 2]', cap([1, 2]))
print('[1, 2, 3]', cap([1, 2, 3]))
print('[1, 2, 3, 4, 5]', cap([1, 2, 3, 4, 5]))
print('[None, None, None]', cap([None, None, None]))
print('["a", "b", "c", "d"]', cap(['a', 'b', 'c', 'd']))
print('[1, x, 3]', cap([1, x, 3]))
a = [1, 2, 3]
print('[*a]', cap([*a]))
print('[0, *a]', cap([0, *a]))
print('[*a, 0]', cap([*a, 0]))
print('[*a, *a, *a]', cap([*a, *a, *a]))
print('[*range(5)]', cap([*range(5)]))
print('[*(i for i in a)]', cap([*(i for i in a)]))
big = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
       x, x, x, x, x, x, x, x, x, x, x, x, x]
print('33 names', len(big), cap(big))
small = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
         x, x, x, x, x, x, x, x, x, x]
print('30 names', len(small), cap(small))
