# In 3.11 a comprehension is its own frame: <listcomp>.
def ratios(values):
    total = sum(values)
    return [v / total for v in values]

def normalize(rows):
    return [ratios(row) for row in rows]

print(normalize([[1, 3], [2, 2]]))
print(normalize([[1, -1]]))
