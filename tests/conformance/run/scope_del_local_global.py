# del removes a binding; using it afterwards raises.
g = 1
del g
try:
    print(g)
except NameError as e:
    print("NameError:", e)

def f():
    local = 5
    del local
    try:
        return local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(f())

def delete_global():
    global h
    h = 2
    del h
delete_global()
print("h" in globals())
