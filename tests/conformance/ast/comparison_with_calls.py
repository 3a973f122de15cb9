f(a) < g(b) <= h(c)
[a] == [b]
(a, b) in c
not (a is b)
