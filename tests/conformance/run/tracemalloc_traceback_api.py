import tracemalloc

# frames come most recent first; the Traceback keeps them oldest first
tb = tracemalloc.Traceback((('c.py', 3), ('b.py', 2), ('a.py', 1)), 7)
print(repr(tb))
print(str(tb), len(tb), tb.total_nframe)
print(tb[0], tb[-1], tb[1:], tb[::-1])
print(list(tb))
print(tracemalloc.Frame(('b.py', 2)) in tb, tracemalloc.Frame(('b.py', 3)) in tb)
same = tracemalloc.Traceback((('c.py', 3), ('b.py', 2), ('a.py', 1)))
print(repr(same), same.total_nframe)
print(tb == same, hash(tb) == hash(same), tb == 1)
other = tracemalloc.Traceback((('z.py', 1),))
print(other < tb, tb < other, sorted([tb, other]) == [tb, other])
print(tb.index(tracemalloc.Frame(('c.py', 3))), tb.count(tracemalloc.Frame(('a.py', 1))))
print([str(f) for f in reversed(tb)])
try:
    tb[5]
except IndexError as e:
    print('IndexError:', e)
