# At module level the name lives in a dict: 3.11 never extends it in place,
# so every `s += t` makes a new str.
s = ''
prev = None
changes = 0
for i in range(60):
    s += 'y'
    if id(s) != prev:
        changes += 1
        prev = id(s)
print(len(s), changes)
t = 'ab' * len(s)
ids = set()
for i in range(20):
    t = t + 'c'
    ids.add(id(t))
print(len(t), len(ids) > 1)
