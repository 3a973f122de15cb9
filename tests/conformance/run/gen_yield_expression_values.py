# The value of a yield expression is what send() passed (None for next()).
def echo():
    received = []
    while len(received) < 4:
        value = yield len(received)
        received.append(value)
    return received

g = echo()
print(next(g))
print(g.send("a"))
print(next(g))
print(g.send([1]))
try:
    g.send("last")
except StopIteration as e:
    print("result:", e.value)

def both():
    x = yield 1
    y = yield x * 2
    yield x + y
b = both()
print(next(b), b.send(10), b.send(5))
