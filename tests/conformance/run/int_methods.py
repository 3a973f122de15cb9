# The methods of int.
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes([1, 2, 3], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((10).as_integer_ratio(), (-7).conjugate(), (5).real, (5).imag)
print((5).numerator, (5).denominator, (3).__index__())
print(int.__name__, (7).__trunc__(), (7).__round__(), (1234).__round__(-2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
