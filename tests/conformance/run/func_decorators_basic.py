# Decorators without arguments, stacking order, and what they replace.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper()
    return wrapper

def exclaim(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs) + "!"
    return wrapper

@shout
@exclaim
def greet(name):
    return f"hello {name}"

print(greet("ann"), greet.__name__, greet.__qualname__)

def register(fn):
    registry.append(fn.__name__)
    return fn
registry = []

@register
def a():
    pass

@register
def b():
    pass
print(registry, a.__name__)
