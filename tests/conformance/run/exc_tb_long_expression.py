# Markers in a long arithmetic expression point at the failing operator.
a, b, c, d = 10, 4, 2, 0
print(a * b + c / 2)
print((a - b) * (c + d))
print(a ** c % 7)
values = [a, b, c, d]
for v in values:
    print(a / (v + 1))
result = a * b + c / d - (a - b)
print("never printed", result)
