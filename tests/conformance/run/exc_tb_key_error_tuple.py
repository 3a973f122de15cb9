# A KeyError whose key is a tuple is shown as the tuple's repr.
grid = {
    (0, 0): "start",
    (0, 1): "path",
}

def cell(r, c):
    return grid[(r, c)]

print(cell(0, 1))
print(cell(0, 0))
print(cell(1, 1))
