# Module names shadow builtins; deleting them reveals the builtin again.
print(len("abc"))
len = lambda s: "shadowed"
print(len("abc"))
del len
print(len("abc"))

def f():
    max = "local max"
    return max
print(f(), max(1, 5))

import builtins
print(builtins.len is len)
print(type(__builtins__).__name__)
