# Comprehensions inside functions, lambdas and nested comprehensions see enclosing names.
def table(n):
    width = len(str(n * n))
    return [" ".join(f"{i * j:{width}}" for j in range(1, n + 1)) for i in range(1, n + 1)]

for row in table(4):
    print(row)

def adders(ks):
    return [(lambda x, k=k: x + k) for k in ks]
print([f(10) for f in adders([1, 2, 3])])

matrix = [[1, 2], [3, 4], [5, 6]]
print([[row[c] for row in matrix] for c in range(2)])
print({r: [x * r for x in range(r)] for r in range(1, 4)})
