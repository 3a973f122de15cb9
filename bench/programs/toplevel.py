# A script with its work at module level, as quick scripts are written: the
# loops read and write global variables. Longest Collatz chains with a cache,
# then a digit-based census of the numbers visited.
LIMIT = 220_000

cache = {1: 1}
best_start = 1
best_length = 1
for start in range(2, LIMIT):
    n = start
    steps = 0
    while n not in cache:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    length = steps + cache[n]
    cache[start] = length
    if length > best_length:
        best_start, best_length = start, length

digit_counts = [0] * 10
total_length = 0
for start in range(1, LIMIT):
    total_length += cache[start]
    for ch in str(start):
        digit_counts[int(ch)] += 1

print("longest chain below", LIMIT, "starts at", best_start, "with length", best_length)
print("digits", digit_counts)
print("checksum", total_length + best_start * best_length + sum(i * c for i, c in enumerate(digit_counts)))
