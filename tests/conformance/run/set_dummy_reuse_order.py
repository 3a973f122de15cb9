# Deleted set entries stay as dummies: a later add reuses the last dummy on
# its probe path, which decides the iteration order; pop() resumes where the
# previous pop stopped.
s = set(range(10))
s.discard(0)
s.discard(5)
s.add(32)
print(s)
s = set(range(100))
for n in range(0, 100, 3):
    s.discard(n)
s.add(512)
print(list(s)[-8:], s.__sizeof__())
s.update(set([1000, 512, 256, 130, 3]))
print(list(s)[-8:])
p = set(range(12))
print([p.pop() for _ in range(5)], p)
p.add(0)
p.add(100)
print(p.pop(), p.pop(), p)
grow = set()
sizes = []
for n in range(40):
    grow.add(n * 7)
    sizes.append(grow.__sizeof__())
print(sizes)
print(grow)
shrink = set(range(200))
shrink -= set(range(190))
print(shrink, shrink.__sizeof__())
shrink.difference_update(range(190, 195))
print(shrink, shrink.__sizeof__())
words = set()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.add(w)
words.discard("fox")
words.add("cat")
print(words)
print(set("abcdef") ^ set("defgh"), set("defgh") ^ set("abcdef"))
