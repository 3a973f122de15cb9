# Comprehension variables do not leak; the first iterable is evaluated outside.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)

gens = {y for y in "aab"}
print(sorted(gens))
try:
    y
except NameError as e:
    print(e)

def f():
    data = [1, 2, 3]
    return [d + len(data) for d in data]
print(f())

nested = [[i * j for j in range(3)] for i in range(3)]
print(nested)
print({k: v for k, v in zip("abc", range(3))})
