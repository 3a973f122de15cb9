# Changing a dict's size while iterating raises RuntimeError.
d = {1: "a", 2: "b", 3: "c"}
try:
    for k in d:
        d[k + 10] = "x"
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(d))
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k] * 2
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: 1}
try:
    for k in d.keys():
        d.pop(k)
        d[k] = 2
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
