# A str that something else refers to is never extended in place: the
# other reference must keep seeing the old value.
def f():
    s = 'q' * 5
    for i in range(10):
        s += 'q'
    keep = s
    before = id(s)
    s += 'z'
    return id(s) == before, keep, s
print(f())
def g():
    s = 'q' * 5
    for i in range(10):
        s += 'q'
    items = [s]
    before = id(s)
    s += 'z'
    return id(s) == before, items[0], s
print(g())
def h():
    s = 'q' * 5
    for i in range(10):
        s += 'q'
    before = id(s)
    s += 'z'
    return id(s) == before, s
print(h())
