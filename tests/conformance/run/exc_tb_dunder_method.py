# An error inside an operator dunder.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Meters(self.v + other.v)
    def __repr__(self):
        return f"Meters({self.v})"

print(Meters(1) + Meters(2))
print(Meters(1) + 5)
