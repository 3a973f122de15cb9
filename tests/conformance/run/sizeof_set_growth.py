# A set keeps a table of 8 slots inline; bigger tables are allocated and counted.
import sys

s = set()
last = sys.getsizeof(s)
print('empty', last)
for i in range(2000):
    s.add(i)
    size = sys.getsizeof(s)
    if size != last:
        print(f'{len(s):5} items: {last} -> {size}')
        last = size

for i in range(2000):
    s.discard(i)
print('emptied by discard', sys.getsizeof(s))
s.clear()
print('clear', sys.getsizeof(s))
