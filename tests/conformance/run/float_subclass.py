# A float subclass keeps its type only where it is returned unchanged.
class Celsius(float):
    def __repr__(self):
        return f"Celsius({float(self)!r})"
    def __str__(self):
        return f"{float(self):.1f}C"

t = Celsius(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, type(abs(t)).__name__)
print(isinstance(t, float), t == 21.456, hash(t) == hash(21.456))
print(f"{t}", f"{t!r}", f"{t:.2f}", format(t))
print(Celsius("3.5"), Celsius(), float(t), type(float(t)).__name__)
print([t], str([t]))
print(round(t, 1), type(round(t, 1)).__name__)
