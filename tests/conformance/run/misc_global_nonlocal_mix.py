# global and nonlocal together in nested functions.
x = "global"

def outer():
    x = "outer"
    def middle():
        nonlocal x
        x = "set by middle"
        def inner():
            global x
            x = "set by inner"
        inner()
        return x
    result = middle()
    return x, result

print(outer(), x)

def counter():
    global total
    total = 0
    def add(n):
        global total
        total += n
    return add
adder = counter()
adder(5)
adder(7)
print(total)
