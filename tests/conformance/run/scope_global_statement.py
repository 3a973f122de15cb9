# `global` makes assignments in a function rebind the module name.
counter = 0

def bump(n):
    global counter
    counter += n
    return counter

def create():
    global created
    created = "made inside"

print(bump(1), bump(5), counter)
create()
print(created)
print("created" in globals())
