# take_snapshot() builds one (domain, size, traceback, nframe) tuple per
# trace while tracing is suspended: the tuples count for the collector, which
# runs collections meanwhile, and a full one empties the free lists.
import gc
import tracemalloc

log = []


def watch(phase, info):
    if phase == 'start':
        log.append(info['generation'])


class P:
    def __init__(self, a, b, c):
        self.a = a


gc.collect()
tracemalloc.start()
objs = [P(i, i, i) for i in range(3000)]
gc.callbacks.append(watch)
snap = tracemalloc.take_snapshot()
gc.callbacks.remove(watch)
print('collections during take_snapshot:', [log.count(g) for g in range(3)])
print('traces:', len(snap.traces))
tracemalloc.stop()
