import tracemalloc

f = tracemalloc.Frame(('spam.py', 12))
g = tracemalloc.Frame(('spam.py', 3))
h = tracemalloc.Frame(('eggs.py', 40))
print(f, repr(f), f.filename, f.lineno)
print(f == tracemalloc.Frame(('spam.py', 12)), f != g, f == ('spam.py', 12))
print(g < f, f <= f, h < g, f > h, f >= g)
print(sorted([f, g, h]))
print(hash(f) == hash(('spam.py', 12)))
print(len({f, g, h, tracemalloc.Frame(('spam.py', 12))}))
try:
    f < 3
except TypeError as e:
    print('TypeError:', e)
try:
    f.filename = 'x'
except AttributeError as e:
    print('AttributeError:', e)
try:
    f.other = 1
except AttributeError as e:
    print('AttributeError:', e)
