# Several statements on one line: the markers point at the failing one.
def f(x):
    return x

a = 1; b = f(2); c = a + b
print(a, b, c)
x = [1, 2]; y = x[0]; print(y)
for i in range(2): print(i); print(i * 2)
x = [1, 2]; y = x[0]; z = x[5]; print("never")
print("never printed")
