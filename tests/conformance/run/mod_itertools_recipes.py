# Common itertools recipes built from the primitives.
import itertools as it

def batched(iterable, n):
    iterator = iter(iterable)
    while batch := tuple(it.islice(iterator, n)):
        yield batch

def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    pending = len(iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = it.cycle(it.islice(nexts, pending))

def unique_everseen(iterable):
    seen = set()
    for x in it.filterfalse(seen.__contains__, iterable):
        seen.add(x)
        yield x

print(list(batched("abcdefg", 3)), list(roundrobin("ABC", "D", "EF")), list(unique_everseen("AAAABBBCCDAABBB")))
print(list(it.chain.from_iterable(it.repeat("ab", 2))), list(it.accumulate(range(5), max)))
print(sum(1 for _ in it.combinations(range(6), 3)), list(it.starmap(lambda a, b: a * b, zip([1, 2], [3, 4]))))
