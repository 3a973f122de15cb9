"""Circular `from` import that fails: A imports a name from B, B from A."""
from _circ_from_b import b_func

def a_func():
    return "a"
