# Sums of floats: sum adds left to right, math.fsum is exact.
import math
values = [0.1] * 10
print(sum(values), math.fsum(values))
print(sum([1e100, 1.0, -1e100]), math.fsum([1e100, 1.0, -1e100]))
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]))
total = 0.0
for i in range(1, 11):
    total += 1 / i
print(total)
print(sum(range(10)) / 10, sum([1.5, 2.5], 10))
print(math.prod([0.1, 0.2, 0.3]), 0.1 * 0.2 * 0.3)
print(sum([], 0.0), sum([2 ** 60, 0.5]))
