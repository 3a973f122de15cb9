# Set operators need sets; methods accept any iterable; results take the left type.
s = {1, 2}
fs = frozenset({2, 3})
print(type(s | fs).__name__, type(fs | s).__name__, type(fs.union(s)).__name__)
print(s.union("ab") >= {1}, s.intersection(range(5)), s.difference([1]), s.issubset([1, 2, 3]))
for op in (lambda: s | [3], lambda: s & "ab", lambda: s - (1,), lambda: s ^ range(2)):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
t = {1, 2, 3}
t -= {1}
t |= frozenset({9})
print(t, s <= t, {2} < t, t > {2}, t.issuperset({2, 3}))
try:
    t |= [1]
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == frozenset({1, 2}), set() == frozenset(), {0} != {False})
