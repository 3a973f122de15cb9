# deque: maxlen edge cases, rotate, insert/index/remove errors, mutation, comparisons, copies.
from collections import deque

d = deque(range(10), maxlen=4)
print(d, d.maxlen, deque(maxlen=0), deque("ab", 0), deque().maxlen)
d.extendleft([100, 200])
print(d)
z = deque([1, 2, 3], maxlen=3)
try:
    z.insert(1, 9)
except IndexError as e:
    print("IndexError:", e)
for bad in (lambda: deque(maxlen=-1), lambda: deque([], "x"), lambda: deque(1, 2, 3)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
r = deque(range(7))
r.rotate(10)
print(r)
r.rotate(-23)
print(r, r.index(5), r.index(0, 1, 7))
r.insert(-2, "i")
r.insert(100, "end")
r.insert(-100, "start")
print(r)
del r[3]
r[0] = "S"
print(r, r[-1], len(r))
for bad in (lambda: r.index("nope"), lambda: r.remove("nope"), lambda: r[20], lambda: r["x"]):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
m = deque([1, 2, 3])
try:
    for x in m:
        m.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
print(deque([1, 2]) * 3, 0 * deque([1]), deque([1, 2], maxlen=3) * 2, deque("ab") + deque("c"))
q = deque([1, 2])
q += "xy"
q *= 2
print(q, list(reversed(q)), q.count("x"), bool(deque()))
class Sub(deque):
    pass
s = Sub([1, 2], 5)
print(s, s.copy(), type(s.copy()).__name__, s.__reduce__()[:2])
rec = deque([1])
rec.append(rec)
print(rec, deque([3, 1, 2]).__copy__())
print(deque([1, 2, 3]).__sizeof__() == deque().__sizeof__(), deque(range(100)).__sizeof__() > deque().__sizeof__())
