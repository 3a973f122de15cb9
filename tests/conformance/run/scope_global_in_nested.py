# A global declaration in an inner function skips enclosing locals.
x = "global"

def outer():
    x = "outer local"
    def inner():
        global x
        x = "set by inner"
    inner()
    return x

print(outer())
print(x)

def reader():
    x = "outer"
    def inner():
        global x
        return x
    return inner()
print(reader())
