# Comparisons between ints, floats, bools and big ints.
print(1 == 1.0, 1 == True, 0 == False, 2 == 2 + 0j)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2)
print(max(3, 7, 2), min(-1, -5), sorted([3, -1, 2 ** 70, 0, -(2 ** 70)]))
try:
    1 < "2"
except TypeError as e:
    print("TypeError:", e)
try:
    None > 0
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", 1 != "1", (1).__eq__("1"), (1).__lt__(2.5))
print(float("nan") == float("nan"), 5 == float("nan"), 5 < float("nan"))
