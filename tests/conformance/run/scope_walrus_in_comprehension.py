# An assignment expression in a comprehension binds in the enclosing scope.
values = [3, 8, 1, 9, 4]
running = 0
totals = [running := running + v for v in values]
print(totals, running)

if any((found := v) > 5 for v in values):
    print("first over five:", found)

def inner():
    [last := c for c in "xyz"]
    return last
print(inner())

data = [y for x in range(5) if (y := x * x) % 2 == 0]
print(data, y)
