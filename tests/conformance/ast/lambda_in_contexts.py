sorted(xs, key=lambda p: (p[1], -p[0]))
d = {'k': lambda: 1}
[lambda: i for i in range(3)]
x = lambda *a, **k: (a, k)
