"""Circular import, part B: sees a partially initialised _circ_a."""
print("_circ_b start")
import _circ_a

print("_circ_b sees _circ_a has A_VALUE:", hasattr(_circ_a, "A_VALUE"))
B_VALUE = "b"
