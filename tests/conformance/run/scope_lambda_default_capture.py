# Defaults are evaluated once when the function is defined.
n = 1
f = lambda a, b=n: a + b
n = 100
print(f(1), f(1, 2))

def make_adders():
    return [lambda x, k=k: x + k for k in range(3)]

print([add(10) for add in make_adders()])

def counter(start=[0]):
    start[0] += 1
    return start[0]
print(counter(), counter(), counter([10]))
print(counter.__defaults__)
