# IndexError from a list inside a loop.
def second_items(rows):
    out = []
    for row in rows:
        out.append(row[1])
    return out

print(second_items([[1, 2], [3, 4]]))
print(second_items([]))
print(second_items([[5, 6], [7]]))
