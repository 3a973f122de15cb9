# collect()'s generation argument and its errors.
import gc

print(gc.collect(0), gc.collect(1), gc.collect(2), gc.collect(generation=2))
for g in (3, -1):
    try:
        gc.collect(g)
    except ValueError as e:
        print('ValueError:', e)
try:
    gc.collect('x')
except TypeError as e:
    print('TypeError:', e)
try:
    gc.collect(generation=1, x=2)
except TypeError as e:
    print('TypeError:', e)
try:
    gc.collect(1, 2)
except TypeError as e:
    print('TypeError:', e)
