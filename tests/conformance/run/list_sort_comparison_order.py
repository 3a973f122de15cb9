# list.sort is CPython's TimSort: the __lt__ calls it makes, and their order,
# are part of the observable behaviour (binary insertion, runs, galloping).
class Key:
    log = []

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Key.log.append((self.v, other.v))
        return self.v < other.v


def sort_and_report(name, values):
    Key.log = []
    items = [Key(v) for v in values]
    items.sort()
    checksum = 0
    for a, b in Key.log:
        checksum = (checksum * 131 + a * 7 + b) % 1000000007
    print(name, len(Key.log), checksum, [k.v for k in items][:8])


sort_and_report("small", [5, 3, 8, 1, 9, 2, 7])
print(Key.log)
sort_and_report("descending", [6, 5, 4, 3, 2, 1])
print(Key.log)
sort_and_report("equal", [2, 2, 2, 2])
print(Key.log)
sort_and_report("two runs", list(range(0, 100, 2)) + list(range(1, 100, 2)))
seed = 7
values = []
for _ in range(500):
    seed = (seed * 1103515245 + 12345) % 2147483648
    values.append(seed % 997)
sort_and_report("random", values)
sort_and_report("reversed runs", list(range(300, 200, -1)) + list(range(50)) + list(range(150, 100, -1)))
sort_and_report("few distinct", [v % 3 for v in values])
words = ["pear", "Apple", "fig", "apple", "Fig", "banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
