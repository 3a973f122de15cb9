# disable() stops automatic collections; collect() still works.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
runs = []
gc.callbacks.append(lambda phase, info: runs.append(phase))
gc.set_threshold(5)
junk = [[i] for i in range(50)]
print('automatic runs while disabled:', len(runs))
gc.collect(0)
print('explicit:', runs)
gc.enable()
print(gc.isenabled())
runs.clear()
more = [[i] for i in range(20)]
print('automatic runs after enable:', len(runs) > 0)
gc.callbacks.clear()
gc.set_threshold(700)
try:
    gc.enable(1)
except TypeError as e:
    print(e)
