# A priority queue with heapq: ties broken by insertion order.
import heapq
import itertools

class PQ:
    def __init__(self):
        self.heap = []
        self.counter = itertools.count()
    def push(self, priority, item):
        heapq.heappush(self.heap, (priority, next(self.counter), item))
    def pop(self):
        priority, _, item = heapq.heappop(self.heap)
        return priority, item
    def __len__(self):
        return len(self.heap)

q = PQ()
for p, name in [(3, "low"), (1, "urgent"), (2, "mid"), (1, "urgent too"), (3, "low too")]:
    q.push(p, name)
print([q.pop() for _ in range(len(q))])
nums = [5, 3, 8, 1, 9, 2]
print(heapq.nlargest(2, nums), heapq.nsmallest(10, nums), heapq.nlargest(0, nums))
h = nums[:]
heapq._heapify_max(h)
print(h[0])
