# tracemalloc's sizes for generator objects: make_gen allocates the generator with its frame's slots
# (co_nlocalsplus + co_stacksize), so generators of different code take blocks of different sizes, and
# a freed generator's block is reused only by one of the same size class.
import tracemalloc


def small():
    yield 1


def larger(a, b, c):
    d = [a, b, c]
    for x in d:
        yield (x, a, b, c, {'x': x})


tracemalloc.start()
before = tracemalloc.take_snapshot()
keep = [small() for _ in range(5)] + [larger(1, 2, 3) for _ in range(5)] + [(x for x in 'ab') for _ in range(5)]
after = tracemalloc.take_snapshot()
for stat in after.compare_to(before, 'lineno')[:2]:
    print(stat.size_diff, stat.count_diff)
tracemalloc.stop()
del keep

a = small()
addr = id(a)
del a
print('same code reuses the block:', id(small()) == addr)
b = larger(1, 2, 3)
addr = id(b)
del b
print('smaller generator takes the larger block:', id(small()) == addr)
print('same larger code reuses it:', id(larger(1, 2, 3)) == addr)
