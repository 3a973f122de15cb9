# A dict comprehension frame is named <dictcomp>.
def invert(mapping):
    return {v: k for k, v in mapping.items()}

def squares(n):
    return {i: i * i for i in range(n)}

print(invert({"a": 1, "b": 2}))
print(squares(4))
print(invert({"a": [1], "b": [2]}))
print("never printed")
