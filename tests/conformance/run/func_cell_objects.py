# Cell objects: closure cells, their contents, comparisons and errors.
import types

def make():
    x = [1]
    y = None
    def f():
        return x, y
    return f

f = make()
cx, cy = f.__closure__
print(type(cx).__name__, cx.cell_contents, cy.cell_contents)
cx.cell_contents = "changed"
print(f())
del cy.cell_contents
try:
    cy.cell_contents
except ValueError as e:
    print("ValueError:", e)
try:
    f()
except NameError as e:
    print("NameError:", e)
del cy.cell_contents
empty = types.CellType()
full = types.CellType(5)
print(empty < full, full < empty, empty == types.CellType(), full == types.CellType(5))
print(full < types.CellType(6), full >= types.CellType(5), empty <= empty)
print(repr(empty).endswith(": empty>"), "int object at" in repr(full))
for action in (lambda: hash(full), lambda: full < 5, lambda: types.CellType(1, 2),
               lambda: types.CellType(x=1)):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(types.CellType.__hash__, f.__closure__ == f.__closure__)
def no_closure():
    return 1
print(no_closure.__closure__, make.__closure__)
