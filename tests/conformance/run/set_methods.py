# Mutating methods of set and their errors.
s = {5, 3}
s.add(1)
s.add(3)
s.update([7, 8], (9,))
print(s)
s.discard(100)
s.discard(7)
s.remove(8)
print(s, s.pop() in {1, 3, 5, 9}, len(s))
s.intersection_update({1, 3, 5, 42})
print(s)
s.difference_update([1])
s.symmetric_difference_update({3, 4})
print(s)
t = s.copy()
s.clear()
print(s, t)
for op in (lambda: s.remove(1), lambda: set().pop(), lambda: s.add([1]), lambda: {[]},
           lambda: set(5)):
    try:
        op()
    except (KeyError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(repr(set()), repr({1}), str({"a"}))
