# A dict's key table doubles (and more) as it fills two thirds of its slots.
import sys

d = {}
last = sys.getsizeof(d)
print('empty', last)
for i in range(1500):
    d[i] = None
    size = sys.getsizeof(d)
    if size != last:
        print(f'{len(d):5} items: {last} -> {size}')
        last = size

# str keys use smaller entries than other keys
s = {}
last = sys.getsizeof(s)
for i in range(100):
    s[f'k{i}'] = None
    size = sys.getsizeof(s)
    if size != last:
        print(f'{len(s):5} str keys: {last} -> {size}')
        last = size
