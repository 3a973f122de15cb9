# UnboundLocalError from a name assigned later in the function.
counter = 0

def read():
    return counter

def increment():
    counter += 1
    return counter

print("before", read())
increment()
