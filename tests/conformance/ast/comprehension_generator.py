(x for x in xs)
(x for x in xs if x)
g = (x * y for x in a for y in b)
list(x for x in y)
