# Built-in iterators pickle (and copy) as the call that makes them again and
# their position; dict and set iterators as iter() of a list of what is left;
# an exhausted one as an iterator over an empty sequence.
import copy
import pickle


def show(it):
    f, args, *state = it.__reduce__()
    print(type(it).__name__, getattr(f, '__name__', f), args, state)


for it in [iter([1, 2, 3]), reversed([1, 2, 3]), iter((1, 2)), iter(range(5)),
           iter(range(1, 2**70, 3)), iter({1: 'a', 2: 'b'}), iter({1: 'a', 2: 'b'}.items()),
           reversed({1: 'a', 2: 'b'}.values()), iter('abc'), iter('ab\u20ac'), iter(b'ab'),
           iter(bytearray(b'xy')), reversed('abc'), iter({5, 6})]:
    next(it)
    show(it)

for it in [iter([]), reversed([]), iter(()), iter(''), iter(b''), reversed(''), iter({})]:
    list(it)
    show(it)

e = enumerate('abc', 10)
next(e)
f, (inner, index) = e.__reduce__()
print(f.__name__, type(inner).__name__, index)

for it in [iter([1, 2, 3]), iter(range(5)), iter('abc'), enumerate('abc'), reversed('abc'),
           iter({1: 2, 3: 4}.items()), zip('ab', 'cd'), map(str, [7, 8, 9]), filter(None, [0, 1, 2])]:
    next(it)
    print(list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)), list(it))

r = iter(range(10))
r.__setstate__(20)
print(list(r))
r = reversed([1, 2, 3])
r.__setstate__(10)
print(list(r))
s = iter('h\u20acllo')
s.__setstate__(2)
print(list(s))
z = zip('a', 'b', strict=True)
print(z.__reduce__()[2:])
z.__setstate__(False)
print(z.__reduce__()[2:])
