# slice objects: attributes, indices(), repr, and use in subscripts.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(-100, 100).indices(3))
data = list(range(12))
print(data[s], data[slice(None, None, 3)], "abcdef"[slice(-2, None)], data[slice(5)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
print(slice("a", "b"), slice(1.5, 2.5).start)
try:
    data[slice("a", "b")]
except TypeError as e:
    print("TypeError:", e)
