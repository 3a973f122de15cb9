# send() delivers values into a running generator.
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return count

g = averager()
print(next(g))
print(g.send(10), g.send(20), g.send(0))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
g2 = averager()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError:", e)
