# Free variables and cells: inspecting __code__ and __closure__.
def outer(a):
    b = a * 2
    def inner(c):
        return a + b + c
    return inner

f = outer(5)
print(f(1))
print(f.__code__.co_freevars)
print(outer.__code__.co_cellvars)
print([cell.cell_contents for cell in f.__closure__])
print(outer.__closure__)
print(f.__code__.co_varnames)

def no_free():
    return 1

print(no_free.__closure__, no_free.__code__.co_freevars)
