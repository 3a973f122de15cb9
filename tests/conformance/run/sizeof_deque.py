# A deque is a linked list of 64-item blocks.
import sys
from collections import deque

d = deque()
last = sys.getsizeof(d)
print('empty', last)
for i in range(300):
    d.append(i)
    size = sys.getsizeof(d)
    if size != last:
        print(f'append to {len(d):3}: {last} -> {size}')
        last = size
while d:
    d.popleft()
    size = sys.getsizeof(d)
    if size != last:
        print(f'popleft to {len(d):3}: {last} -> {size}')
        last = size
e = deque(range(100), maxlen=10)
print('maxlen', len(e), sys.getsizeof(e))
f = deque(range(200))
f.rotate(70)
print('rotated', sys.getsizeof(f))
f.clear()
print('clear', sys.getsizeof(f))
