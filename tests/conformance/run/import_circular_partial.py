# A circular import sees the partially initialised module.
import _circ_a
print(_circ_a.from_b(), _circ_a.A_VALUE)
import _circ_b
print(_circ_b.B_VALUE, _circ_b._circ_a is _circ_a)
import sys
print([m for m in sys.modules if m.startswith("_circ")])
print("_circ_a" in dir(_circ_b))
print(_circ_a._circ_b is _circ_b)
# Both modules ran exactly once.
print(_circ_b.B_VALUE * 2)
