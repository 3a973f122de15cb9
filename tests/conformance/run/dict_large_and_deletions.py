# Order survives many insertions and deletions (resizes, dummies).
d = {}
for i in range(100):
    d[i * 7 % 101] = i
for i in range(0, 100, 3):
    del d[i * 7 % 101]
print(len(d), list(d)[:10], list(d)[-5:])
for i in range(50):
    d[f"s{i}"] = i
print(list(d)[60:70], sum(d.values()))
for key in list(d):
    if isinstance(key, int) and key % 2:
        del d[key]
print(len(d), list(d)[:8])
d.clear()
d["after"] = 1
print(d)
e = dict.fromkeys(range(1000))
print(len(e), list(e)[995:], 999 in e, 1000 in e)
