# Removing items shrinks a list's capacity only when it falls below half.
import sys

def cap(l):
    return (sys.getsizeof(l) - sys.getsizeof([])) // 8

lst = list(range(100))
print('start', len(lst), cap(lst))
last = cap(lst)
while lst:
    lst.pop()
    c = cap(lst)
    if c != last:
        print(f'pop to {len(lst):3}: capacity {last} -> {c}')
        last = c

lst = list(range(50))
del lst[10:]
print('del slice', len(lst), cap(lst))
lst.remove(5)
print('remove', len(lst), cap(lst))
del lst[0]
print('del item', len(lst), cap(lst))
lst.clear()
print('clear', len(lst), cap(lst))
lst.append(1)
print('append after clear', cap(lst))
lst = list(range(20))
lst[:] = []
print('assign empty slice', cap(lst))
