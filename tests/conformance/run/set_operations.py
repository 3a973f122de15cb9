# Set algebra with operators and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([5, 6]))
print(a <= b, {3} <= a, {3} < a, a < a, a >= {1}, a > {1, 2, 3, 4}, a.isdisjoint({7}))
print(a.issubset(range(10)), a.issuperset([1, 2]), {1, 2} == {2, 1}, {1} != {1.0})
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {99, 1}
print(c)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    a < [1]
except TypeError as e:
    print("TypeError:", e)
print(set(), set("aab") == {"a", "b"}, {()}, set([1, 1, 2]))
