"""Circular import, part A: imports B before defining its own names."""
print("_circ_a start")
import _circ_b

A_VALUE = "a"


def from_b():
    return _circ_b.B_VALUE
