# The exact sequence of comparisons heapq makes (user __lt__/__eq__ see them).
import heapq

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f'  {self.v}<{other.v}', end='')
        return self.v < other.v
    def __eq__(self, other):
        print(f'  {self.v}=={other.v}', end='')
        return self.v == other.v
    def __repr__(self):
        return f'V{self.v}'

def show(label, f):
    print(label, end=':')
    r = f()
    print(' ->', r)

h = []
for x in [5, 3, 8, 1, 9, 2]:
    show(f'push {x}', lambda: heapq.heappush(h, V(x)))
show('pop', lambda: heapq.heappop(h))
show('replace', lambda: heapq.heapreplace(h, V(4)))
show('pushpop', lambda: heapq.heappushpop(h, V(0)))
show('pushpop', lambda: heapq.heappushpop(h, V(7)))
data = [V(x) for x in [4, 1, 7, 3, 8, 5, 2]]
show('heapify', lambda: heapq.heapify(data))
show('nsmallest', lambda: heapq.nsmallest(2, [V(x) for x in [3, 1, 3, 2, 1]]))
show('nlargest', lambda: heapq.nlargest(2, iter([V(x) for x in [3, 1, 3, 2, 1]])))
show('nsmallest key', lambda: heapq.nsmallest(2, [V(x) for x in [5, 4, 4, 6]], key=lambda v: v))
show('nlargest 1', lambda: heapq.nlargest(1, [V(2), V(5), V(5)]))
show('nsmallest all', lambda: heapq.nsmallest(5, [V(2), V(1)]))
show('merge', lambda: list(heapq.merge([V(1), V(3)], [V(1), V(2)])))
show('merge key', lambda: list(heapq.merge([V(3), V(1)], [V(2)], key=lambda v: v, reverse=True)))
show('merge empty', lambda: list(heapq.merge([], [V(1)], [])))
big = list(range(3000, 0, -1))
heapq.heapify(big)
print(big[:10], big[2995:], [heapq.heappop(big) for _ in range(5)])
print(heapq.nlargest(3, range(10)), heapq.nsmallest(3, 'hello'), heapq.nsmallest(-1, [1]), heapq.nlargest(0, [1]))
for c in ['heapq.heappush()', 'heapq.heappush(1, 2)', 'heapq.heappop([])', 'heapq.heapify()', 'heapq.heapify(1)',
          'heapq.heapreplace([], 1)', 'heapq.heappush(x=1)', 'heapq.nlargest(2)', 'heapq.nsmallest(1.5, [1])']:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '!!', type(e).__name__, e)
