# gc.callbacks see each automatic collection that allocations trigger.
import gc

events = []


def cb(phase, info):
    events.append((phase, info['generation'], info['collected'], info['uncollectable']))


gc.collect()
gc.set_threshold(10, 2, 2)
gc.callbacks.append(cb)
keep = []
for i in range(60):
    keep.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
for e in events:
    print(e)
print(len(events))
