# collections.deque: both ends, maxlen, rotate.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft("ab")
print(d, len(d), d[0], d[-1], 7 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.index(7), d.count(8))
d.remove("a")
d.reverse()
print(d)
bounded = deque(range(5), maxlen=3)
print(bounded, bounded.maxlen)
bounded.append(9)
bounded.appendleft(-1)
print(bounded)
for op in (lambda: deque().pop(), lambda: deque().popleft(), lambda: d.remove("zz"), lambda: d[100]):
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(deque("abc") == deque("abc"), deque([1]) + deque([2]), deque([1, 2]) * 2, d.copy() == d)
