# A list changed during its own sort raises; comparisons calling back are counted.
calls = []

class Noisy:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
    def __repr__(self):
        return f"N{self.v}"

items = [Noisy(v) for v in (3, 1, 2)]
items.sort()
print(items, calls)

data = [3, 1, 2]
def bad_key(x):
    data.append(x)
    return x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print(data)
