# bool(): truth of built-in values, and/or/not return operands.
values = [0, 1, -1, 0.0, 0.1, 0j, "", "a", b"", [], [0], (), {}, {0: 0}, set(), None,
          range(0), range(1), frozenset()]
print([bool(v) for v in values])
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "x", None or [], not 0, not "a")
print([] and 1 / 0, 3 or 1 / 0)
print(True and "yes" or "no", False and "yes" or "no")
print(bool(), bool(None), type(not 1).__name__)
print(True is bool(1), False is bool(""), bool is type(True))
print(repr(True), str(False), f"{True!r}", True.__repr__())
print(True.real, True.numerator, True.bit_length(), (True).conjugate())
try:
    bool.__new__(bool, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
