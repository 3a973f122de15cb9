# A list holds one reference per slot; slicing, copying and removal move them.
import sys


class Item:
    pass


it = Item()
lst = [it, it, it]
print('three slots:', sys.getrefcount(it))
lst.append(it)
print('appended:', sys.getrefcount(it))
cp = lst[:]
print('slice copy:', sys.getrefcount(it))
del cp
print('copy gone:', sys.getrefcount(it))
lst.pop()
print('popped (discarded):', sys.getrefcount(it))
lst.remove(it)
print('removed one:', sys.getrefcount(it))
lst[0] = None
print('slot overwritten:', sys.getrefcount(it))
lst *= 3
print('list *= 3:', sys.getrefcount(it), len(lst))
lst.clear()
print('cleared:', sys.getrefcount(it))
lst.extend([it] * 4)
print('extend with [it]*4:', sys.getrefcount(it))
lst.sort(key=id)
print('sorted:', sys.getrefcount(it))
lst.reverse()
lst.insert(0, it)
print('inserted:', sys.getrefcount(it))
del lst[1:3]
print('del slice:', sys.getrefcount(it))
del lst
print('list deleted:', sys.getrefcount(it))
