# Slice reads, slice assignment (growing, shrinking, extended) and deletion.
a = list(range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[5:2], a[100:], a[-100:2])
a[2:5] = ["x"]
print(a)
a[1:1] = [7, 7, 7]
print(a)
a[::2] = range(len(a[::2]))
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
a[:] = "abc"
print(a)
a[len(a):] = [1, 2]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
b = [1, 2, 3]
b[1:2] = b
print(b)
