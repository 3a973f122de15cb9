# When each iterator pulls from its source, and what it does at the end.
import itertools as it

def source(name, n):
    for i in range(n):
        print(f'  {name} yields {i}')
        yield i
    print(f'  {name} done')

s = it.islice(source('a', 10), 2, 6, 2)
print(next(s)); print(list(s)); print(list(s))
g = it.groupby('aaabbc')
k1, g1 = next(g); k2, g2 = next(g)
print(k1, list(g1), k2, list(g2), [k for k, _ in g])
print([(k, len(list(v))) for k, v in it.groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
t1, t2 = it.tee(source('t', 3))
print(next(t1), next(t1), next(t2), list(t1), list(t2))
t3, t4, t5 = it.tee(iter([1, 2]), 3)
print(list(t3), list(t4), list(t5), type(t3.__copy__()).__name__)
c = it.chain(source('c', 2), 'xy', source('d', 1))
print(list(c))
bad = it.chain([1], 5, [2])
print(next(bad))
try:
    next(bad)
except TypeError as e:
    print('TypeError', e, list(bad))
print(list(it.zip_longest('ab', 'wxyz', fillvalue='-')), list(it.zip_longest()))
print(list(it.accumulate([1, 2, 3, 4], lambda a, b: a * b, initial=5)), list(it.accumulate([], initial=0)))
print(list(it.islice(it.count(1, 0.5), 4)), list(it.islice(it.count(2 ** 62, 2 ** 62), 3)))
print(list(it.islice(it.cycle(source('y', 2)), 5)))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.compress('abcdef', [1, 0, 1, 0, 1])))
print(list(it.starmap(pow, [(2, 3), [3, 2]])), list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.product()), list(it.product('ab', [])), list(it.permutations(range(3), 0)))
print(list(it.combinations('abcd', 5)), list(it.combinations_with_replacement('', 2)), list(it.permutations('ab', 3)))
r = it.repeat('x', 2)
print(r, list(r), r, it.count(3), next(it.count(3.5, -1)))
class Count(it.count):
    pass
print(Count(7), list(it.islice(Count(1, 2), 3)))
