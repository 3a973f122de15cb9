# Decorator factories and functools.wraps.
import functools

def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def roll(x):
    """Return x."""
    return x

print(roll(7), roll.__name__, roll.__doc__, roll.__wrapped__(1), roll.__qualname__)

def tag(name=None):
    def decorate(fn):
        fn.tag = name or fn.__name__
        return fn
    return decorate

@tag()
def untagged():
    pass

@tag("custom")
def tagged():
    pass
print(untagged.tag, tagged.tag)
print(sorted(k for k in vars(roll)))
