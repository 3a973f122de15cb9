# What copies hold: the originals' items gain a reference per shallow copy.
import copy
import sys


class Item:
    pass


it = Item()
lst = [it, it]
print('start:', sys.getrefcount(it))
c = copy.copy(lst)
print('after shallow copy:', sys.getrefcount(it))
d = copy.deepcopy(lst)
print('after deep copy (original untouched):', sys.getrefcount(it))
print('copy refs:', sys.getrefcount(d[0]))
del c, d
print('copies gone:', sys.getrefcount(it))
memo = {}
copy.deepcopy(lst, memo)
print('memo keeps the original:', sys.getrefcount(it))
memo.clear()
print('memo cleared:', sys.getrefcount(it))
