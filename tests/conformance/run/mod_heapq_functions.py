# heapq: push, pop, heapify, nlargest, nsmallest, merge, replace, pushpop.
import heapq
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data, heapq.heappushpop(data, 0), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge("ace", "bd", reverse=False)))
tasks = [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee")]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
