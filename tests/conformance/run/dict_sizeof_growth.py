# dict.__sizeof__ follows CPython 3.11's key tables: a table of only str keys
# has smaller entries, the first other key converts it (resizing), and the
# size computation rounds as calculate_log2_keysize does.
def sizes(keys):
    d = {}
    out = []
    for k in keys:
        d[k] = None
        out.append(d.__sizeof__())
    return out


print(sizes(["k" + str(i) for i in range(24)]))
print(sizes(list(range(24))))
d = {"a": 1}
print(d.__sizeof__())
d[2] = 2
print(d.__sizeof__(), d)
d = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}
print(d.__sizeof__())
d[(1, 2)] = 0
print(d.__sizeof__())
print(dict.fromkeys(range(10)).__sizeof__(), dict.fromkeys(set([1, 2, 3])).__sizeof__())
print(dict.fromkeys({"x": 1, "y": 2}).__sizeof__(), dict(a=1).__sizeof__())
e = {}
e.update(a=1, b=2, c=3, d=4, e=5, f=6)
print(e.__sizeof__())
big = {i: i for i in range(100)}
print(big.__sizeof__(), big.copy().__sizeof__(), dict(big).__sizeof__())
for i in range(90):
    del big[i]
print(big.__sizeof__(), big.copy().__sizeof__(), dict(big).__sizeof__(), big)
x = {"a": 1}
x.popitem()
print(x.__sizeof__())
x["b"] = 2
print(x.__sizeof__(), x)
x.clear()
print(x.__sizeof__())
