# A lambda in the traceback is named <lambda>.
transforms = {
    "double": lambda x: x * 2,
    "invert": lambda x: 1 / x,
}

def apply(name, value):
    return transforms[name](value)

print(apply("double", 4))
print(apply("invert", 4))
print(apply("invert", 0))
