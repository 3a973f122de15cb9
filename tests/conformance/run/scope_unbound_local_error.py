# Assigning anywhere in a function makes the name local everywhere in it.
x = 10

def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__ + ":", e)
    x = 20
    return x

print(f())

def g(flag):
    if flag:
        y = 1
    return y

print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(e)
