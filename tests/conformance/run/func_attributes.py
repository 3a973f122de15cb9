# Function attributes: name, qualname, defaults, kwdefaults, annotations, doc, dict.
def outer(a: int, b: "str" = "x", *args: float, c: bool = True, **kw) -> list:
    """Outer's docstring.

    More lines."""
    def inner():
        pass
    return inner

print(outer.__name__, outer.__qualname__, outer.__module__)
print(outer.__defaults__, outer.__kwdefaults__)
print(outer.__annotations__)
print(outer.__doc__)
inner = outer(1)
print(inner.__qualname__, inner.__doc__, inner.__defaults__, inner.__annotations__)
outer.custom = 42
print(outer.__dict__, outer.custom)
outer.__name__ = "renamed"
print(outer.__name__, outer.__qualname__)
print(outer.__code__.co_name, outer.__code__.co_argcount, outer.__code__.co_kwonlyargcount)
print(outer.__code__.co_varnames, outer.__code__.co_posonlyargcount)
print(type(outer).__name__, callable(outer), outer.__globals__ is globals())
