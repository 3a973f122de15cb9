# round() uses round-half-even and the exact binary value.
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1e20, 123.456):
    print(v, round(v), round(v, 2), round(v, 1), round(v, -1))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
print(round(1234.5678, -2), round(-1234.5678, -3), round(5e-324, 400))
print(round(1.23456789e10, -5), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(float("nan"), 2))
