# deque.__sizeof__ follows CPython's 64-slot blocks through appends, pops, rotations and clears.
from collections import deque

def sizes(ops, seed):
    d = deque()
    out = []
    state = seed
    for step in range(ops):
        state = (state * 1103515245 + 12345) % 2 ** 31
        op = state % 9
        if op in (0, 1):
            d.append(step)
        elif op == 2:
            d.appendleft(step)
        elif op == 3 and d:
            d.pop()
        elif op == 4 and d:
            d.popleft()
        elif op == 5:
            d.rotate(state % 97 - 48)
        elif op == 6:
            d.extend(range(state % 70))
        elif op == 7:
            d.extendleft(range(state % 40))
        elif op == 8 and state % 13 == 0:
            d.clear()
        out.append(d.__sizeof__() // 8 % 1000)
    return len(d), sum(out), out[-5:]

for seed in (1, 7, 42, 1234):
    print(seed, sizes(300, seed))
d = deque(range(64))
print(d.__sizeof__(), deque(range(33)).__sizeof__(), deque(range(32)).__sizeof__())
d.appendleft(0)
print(d.__sizeof__(), deque(range(200), maxlen=50).__sizeof__())
b = deque(range(10))
while b:
    b.pop()
print(b.__sizeof__(), len(b))
b.extend(range(100))
print(b.__sizeof__())
b.rotate(33)
print(b.__sizeof__())
