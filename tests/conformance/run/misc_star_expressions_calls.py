# Star expressions in literals, calls and returns.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, {**{"x": 1}, "y": 2})
print(*a, *b)
def f(*args):
    return *args, "end"
print(f(1, 2))
first, *rest = *a, *b
print(first, rest)
print(max(*a, *b), [*"abc", *range(2)])
x = *a,
print(x)
