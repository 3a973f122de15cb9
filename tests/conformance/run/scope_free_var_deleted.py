# A free variable whose cell is empty raises NameError with its own message.
def outer():
    value = 1
    def inner():
        return value
    del value
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    value = 2
    print(inner())

outer()

def outer2():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 3
    return inner()
print(outer2())
