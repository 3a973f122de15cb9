# A circular `from` import fails with "partially initialized module".
try:
    import _circ_from_a
except ImportError as e:
    msg = str(e)
    print(type(e).__name__)
    print(msg.split(" (")[0])
import sys
print("_circ_from_a" in sys.modules, "_circ_from_b" in sys.modules)
print(sorted(m for m in sys.modules if m.startswith("_circ_from")))
print("done")
