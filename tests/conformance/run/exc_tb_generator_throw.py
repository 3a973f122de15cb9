# An exception thrown into a generator and not handled there.
def ticker():
    n = 0
    while True:
        n += 1
        yield n

t = ticker()
print(next(t), next(t))
t.throw(ValueError("stop ticking"))
