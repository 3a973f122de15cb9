# deque as a FIFO queue, LIFO stack and sliding window.
from collections import deque
fifo = deque()
for job in ["a", "b", "c"]:
    fifo.append(job)
print([fifo.popleft() for _ in range(len(fifo))])
stack = deque([1, 2, 3])
print(stack.pop(), stack.pop(), stack)
def moving_average(values, n):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        out.append(round(sum(window) / len(window), 2))
    return out
print(moving_average([10, 20, 30, 40, 50], 3))
last_lines = deque("line%d" % i for i in range(10))
print(list(deque(last_lines, maxlen=3)), deque(maxlen=0))
