# Lists of lists: the outer list holds pointers; the inner lists have their own sizes.
import sys

grid = [[0] * 3 for _ in range(3)]
print(sys.getsizeof(grid), [sys.getsizeof(row) for row in grid])
alias = [[0] * 3] * 3
print(sys.getsizeof(alias), len({id(r) for r in alias}))
rows = []
for i in range(5):
    rows.append([])
    for j in range(i):
        rows[-1].append(j)
print([sys.getsizeof(r) for r in rows])
matrix = [list(range(i, i + 4)) for i in range(0, 16, 4)]
print(sys.getsizeof(matrix), sum(map(sys.getsizeof, matrix)))
flat = [x for row in matrix for x in row]
print(sys.getsizeof(flat), len(flat))
transposed = list(map(list, zip(*matrix)))
print(sys.getsizeof(transposed), [sys.getsizeof(r) for r in transposed])
