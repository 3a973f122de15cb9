# A class that deletes its own __next__ while iterating: the loop's iterator
# raises TypeError instead of crashing, and the class is no iterator any more.
class BadIterator(object):
    def __iter__(self):
        return self

    def __next__(self):
        del BadIterator.__next__
        return 1


try:
    for i in BadIterator():
        print('got', i)
except TypeError as e:
    print('TypeError:', e)
try:
    iter(BadIterator())
except TypeError as e:
    print('TypeError:', e)
b = BadIterator()
try:
    next(b)
except TypeError as e:
    print('TypeError:', e)


class Again(BadIterator):
    pass


BadIterator.__next__ = lambda self: 7
print(next(Again()), next(iter(BadIterator())))
