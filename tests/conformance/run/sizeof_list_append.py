# list.append over-allocates: the capacity grows in steps (0, 4, 8, 16, 24, 32, 40, 52, ...).
import sys

lst = []
last = sys.getsizeof(lst)
print('empty', last)
for i in range(200):
    lst.append(i)
    size = sys.getsizeof(lst)
    if size != last:
        cap = (size - sys.getsizeof([])) // 8
        print(f'len {len(lst):3}: {last} -> {size} (capacity {cap})')
        last = size
