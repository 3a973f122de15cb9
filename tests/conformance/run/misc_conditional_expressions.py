# Conditional expressions: laziness and nesting.
def side(x):
    print("evaluated", x)
    return x

for n in (-5, 0, 5):
    print(n, "negative" if n < 0 else "zero" if n == 0 else "positive")
print(side("yes") if True else side("no"))
print(side("yes") if False else side("no"))
f = lambda x: (x if x > 0 else -x) * 2
print(f(-3), f(4))
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print(1 if [] else 2, "a" if "b" else "c", (lambda: 1) if None else (lambda: 2)())
