# A function with yield returns a generator object; its code is lazy.
def countdown(n):
    print("starting")
    while n > 0:
        yield n
        n -= 1
    print("done")

g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g))
print(list(g))
print(list(g))

def empty():
    return
    yield
print(list(empty()), empty.__code__.co_flags & 0x20 != 0)
def first_only():
    yield 1
    return "return value"
print(list(first_only()))
