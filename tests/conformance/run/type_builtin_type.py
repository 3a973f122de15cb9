# type(): one argument gives the class, three arguments make one.
print(type(1), type("a"), type([]), type(None), type(type), type(len), type(print))
print(type(1) is int, type(True) is bool, type(int) is type)
Point = type("Point", (), {"x": 0, "describe": lambda self: f"Point({self.x})"})
p = Point()
p.x = 5
print(Point.__name__, Point.__bases__, p.describe(), type(p) is Point)
Sub = type("Sub", (Point,), {})
print(Sub.__mro__, Sub().describe())
for args in (("X",), ("X", 1, {}), ("X", (), [])):
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
print(type.__name__, type.__bases__, isinstance(type, type), type.__mro__)
print(int.__name__, int.__qualname__, int.__module__, type(p).__module__)
