# A running for loop holds an iterator, which holds the iterable;
# the loop variable holds the current item.
import sys


class V:
    pass


items = [V(), V()]
for x in items:
    print('list during loop:', sys.getrefcount(items))
    print('item during loop:', sys.getrefcount(x))
print('list after loop:', sys.getrefcount(items))
print('last item (loop name still bound):', sys.getrefcount(items[1]))
del x
print('after del x:', sys.getrefcount(items[1]))
t = tuple(items)
for y in t:
    for z in t:
        pass
    print('tuple, nested loops:', sys.getrefcount(t))
    break
print('tuple after break:', sys.getrefcount(t))
d = {'a': items}
for k in d:
    print('dict during key loop:', sys.getrefcount(d))
for k, v in d.items():
    print('value during items loop:', sys.getrefcount(items))
print('after items loop:', sys.getrefcount(items))
