# bisect with lo/hi bounds, key=, non-list sequences, and its errors.
import bisect

class Seq:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        print('  len')
        return len(self.items)
    def __getitem__(self, i):
        print(f'  [{i}]', end='')
        return self.items[i]
    def insert(self, i, x):
        print(f'  insert({i}, {x})')
        self.items.insert(i, x)

a = [1, 2, 2, 2, 3, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2))
print(bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 4, hi=None), bisect.bisect_left(a, 0, 0, -1))
s = Seq([10, 20, 30, 40])
print(bisect.bisect_left(s, 25)); bisect.insort(s, 25); print(s.items)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort_left(recs, ('x', 3), key=lambda r: r[1]); bisect.insort_right(recs, ('y', 3), key=lambda r: r[1])
print(recs, bisect.bisect((1, 2, 3), 2.5), bisect.bisect_left('ace', 'b'))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
for c in ['bisect.bisect_left(a, 2, -1)', 'bisect.bisect_left(a, 2, hi=10)', 'bisect.bisect_left()',
          'bisect.bisect_left(a, 1, 0, 1, 2)', "bisect.bisect_left(a, 1, lo='a')", 'bisect.bisect_left(a, 1, key=3)',
          'bisect.insort(1, 2)', 'bisect.bisect_right(x=1, a=[1])', 'bisect.bisect_left(a, 2, 1.5)',
          'bisect.bisect_left({1: 1}, 1)', "bisect.bisect_left([1, 'a'], 2)", 'bisect.insort_left(a, 4, hi=2)']:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
print(a)
