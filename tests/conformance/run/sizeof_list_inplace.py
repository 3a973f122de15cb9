# In-place operations: sort and reverse keep the block, *= and slice assignment resize it.
import sys

def cap(l):
    return (sys.getsizeof(l) - sys.getsizeof([])) // 8

l = [5, 3, 1, 4, 2]
l.append(0)
print('before sort', cap(l))
l.sort()
print('after sort', cap(l), l)
l.reverse()
print('after reverse', cap(l))
l *= 3
print('*= 3', len(l), cap(l))
l *= 1
print('*= 1', len(l), cap(l))
l *= 0
print('*= 0', len(l), cap(l))
m = list(range(10))
m[2:4] = range(20)
print('grow by slice', len(m), cap(m))
m[::2] = [0] * len(m[::2])
print('extended slice', len(m), cap(m))
m[5:] = []
print('cut by slice', len(m), cap(m))
del m[::2]
print('del extended slice', len(m), cap(m))
n = [1, 2, 3]
n[len(n):] = [4, 5, 6, 7]
print('append by slice', n, cap(n))
