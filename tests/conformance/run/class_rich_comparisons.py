# Rich comparisons, their reflection, and NotImplemented handling.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        print(f"eq {self.parts} {getattr(o, 'parts', o)}")
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        print(f"lt {self.parts} {getattr(o, 'parts', o)}")
        return self.parts < o.parts if isinstance(o, Ver) else NotImplemented
    def __repr__(self):
        return "Ver" + str(self.parts)

a, b = Ver(1, 2), Ver(1, 3)
print(a < b)
print(b > a)
print(a == Ver(1, 2), a != b)
print(sorted([b, a]))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
print(a == 5, 5 == a)
