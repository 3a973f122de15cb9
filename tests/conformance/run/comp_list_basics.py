# List comprehensions with conditions, nested loops and expressions.
print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(3)] for x in range(3)])
print([c for word in ["ab", "cd"] for c in word])
print([len(w) for w in "the quick brown fox".split()])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for x in []], [None for _ in range(2)])
print([y for x in [[1, 2], [3]] for y in x if y != 2])
