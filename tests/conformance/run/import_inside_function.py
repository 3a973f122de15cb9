# Imports inside functions bind local names; modules are cached.
def use_math():
    import math
    return math.sqrt(16), "math" in dir()

def use_helper():
    from _helper import greet
    return greet("function")

print(use_math())
print(use_helper())
print("math" in globals(), "greet" in globals())
import sys
print("math" in sys.modules)
import importlib
h = importlib.import_module("_helper")
print(h.greet("importlib"))
