# Decorator wrappers appear as frames of their own.
import functools

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("calling", fn.__name__, args)
        return fn(*args)
    return wrapper

@logged
def divide(a, b):
    return a // b

print(divide(7, 2))
print(divide(1, 0))
