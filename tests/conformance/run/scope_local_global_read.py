# Reading a global from a function, shadowing it with a local.
x = "global x"

def read_global():
    return x

def shadow():
    x = "local x"
    return x

def both():
    y = x + " seen"
    return y

print(read_global())
print(shadow())
print(both())
print(x)
