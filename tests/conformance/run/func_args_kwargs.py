# *args and **kwargs collection and unpacking at call sites.
def show(*args, **kwargs):
    return f"args={args} kwargs={kwargs}"

print(show())
print(show(1, 2, a=3))
print(show(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(show(*"ab", k="v", **dict(z=0)))

def head_tail(first, *rest, sep="-", **opts):
    return first, rest, sep, opts

print(head_tail(1), head_tail(1, 2, 3, sep="+", extra=True))
args = (1, 2)
kwargs = {"sep": ":"}
print(head_tail(*args, **kwargs))
print(type(show.__code__.co_flags & 0x04).__name__, show.__code__.co_argcount)
