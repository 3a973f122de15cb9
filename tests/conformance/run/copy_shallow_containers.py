# Shallow copies make a new container sharing the items.
import copy

inner = [1, 2]
containers = {
    'list': [inner, 3],
    'dict': {'k': inner},
    'set': {1, 2, 3},
    'bytearray': bytearray(b'ab'),
}
for name, c in containers.items():
    c2 = copy.copy(c)
    print(name, c2 == c, c2 is c, type(c2).__name__)
lst = containers['list']
lst2 = copy.copy(lst)
print('shared item:', lst2[0] is inner)
lst2[0].append(99)
print('seen through original:', lst[0])
d = containers['dict']
d2 = d.copy()
print('dict.copy shares:', d2['k'] is inner)
s = slice(1, [2], 3)
print('slice copied as itself:', copy.copy(s) is s)
print('list[:] is a copy:', lst[:] is not lst and lst[:] == lst)
print('list(lst) shares items:', list(lst)[0] is inner)
