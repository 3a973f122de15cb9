# In a class body, a comprehension's loop body cannot see class names,
# but its first iterable is evaluated in the class scope.
class Table:
    factor = 3
    rows = [1, 2, 3]
    copies = [r for r in rows]
    try:
        scaled = [r * factor for r in rows]
    except NameError as e:
        scaled = str(e)
    outer_ok = [r * 2 for r in rows]

print(Table.copies)
print(Table.scaled)
print(Table.outer_ok)

factor = 100
class Table2:
    factor = 3
    scaled = [r * factor for r in range(3)]

print(Table2.scaled)
