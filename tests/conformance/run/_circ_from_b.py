"""The other half of the failing circular `from` import."""
from _circ_from_a import a_func

def b_func():
    return "b"
