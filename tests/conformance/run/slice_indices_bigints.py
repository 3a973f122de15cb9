# slice.indices() works on arbitrary ints; sequences clamp a slice's bounds
# to their length; slices compare as (start, stop, step) tuples.
print(slice(2 ** 70, -2 ** 70, -2 ** 69).indices(10 ** 20))
print(slice(-3, None).indices(2), slice(None, None, -1).indices(0), slice(3, 1, -1).indices(10))
print(slice(None, 5, 2).indices(3), slice(-10 ** 30, 10 ** 30).indices(7))
for bad in (lambda: slice(1).indices(-1), lambda: slice(1, 2, 0).indices(5),
            lambda: slice(1.5).indices(5), lambda: slice(1).indices("a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
data = list(range(10))
print(data[10 ** 30:], data[:-10 ** 30], data[::10 ** 30], data[::-10 ** 30], data[-10 ** 30::3])
print("abcdef"[::-2], (1, 2, 3, 4)[1::2], range(10)[slice(2, None, 3)])


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("index", self.v)
        return self.v


print(data[Index(1):Index(8):Index(3)])
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s == slice(1, 10, 2), s < slice(1, 10, 3), s >= s)
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
try:
    s.start = 0
except AttributeError as e:
    print("AttributeError:", e)
print(s.__reduce__(), slice("a", [1]), slice(None))
