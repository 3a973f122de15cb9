# Comprehension scoping: own scope, first iterable outside, closures.
x = 10
result = [x for x in range(3)]
print(result, x)

def f():
    y = 5
    return [y * i for i in range(3)]
print(f())

funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])

class C:
    data = [1, 2]
    doubled = [d * 2 for d in data]
print(C.doubled)

n = 3
print([[n for _ in range(2)] for n in range(n)])
print([i for i in range(3) for i in "ab"])
