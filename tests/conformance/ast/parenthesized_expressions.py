(a)
((a))
(a + b) * c
(yield_)
(lambda: 0)
(a if b else c)
x = (1)
y = (
    a
)
