# get_threshold / set_threshold and their argument checks.
import gc

print(gc.get_threshold())
old = gc.get_threshold()
gc.set_threshold(100)
print(gc.get_threshold())
gc.set_threshold(50, 5)
print(gc.get_threshold())
gc.set_threshold(20, 3, 4)
print(gc.get_threshold())
for args in [(), (1, 2, 3, 4), (1.5,), ('x',)]:
    try:
        gc.set_threshold(*args)
    except TypeError as e:
        print('TypeError:', e)
try:
    gc.set_threshold(threshold0=5)
except TypeError as e:
    print('TypeError:', e)
gc.set_threshold(*old)
print(gc.get_threshold())
