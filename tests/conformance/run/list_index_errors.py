# Index errors and type errors of list subscripts.
a = [10, 20, 30]
for i in (3, -4, 100):
    try:
        a[i]
    except IndexError as e:
        print("IndexError:", e)
try:
    a[3] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del a[5]
except IndexError as e:
    print("IndexError:", e)
for key in ("1", 1.0, None, (1,)):
    try:
        a[key]
    except TypeError as e:
        print("TypeError:", e)
print(a[-3], a[2], a[-1:], a[True])
