# True division of ints is correctly rounded, even for big ints.
print(1 / 3, 2 / 3, 10 / 4, -7 / 2)
print(2 ** 60 / 3, 10 ** 30 / 7)
print((2 ** 1000) / (2 ** 999))
print(10 ** 400 / 10 ** 399)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print("OverflowError:", e)
print(1 / 10 ** 400, -1 / 10 ** 400)
print(9007199254740993 / 1, (2 ** 53 + 1) / 2)
print(123456789012345678901234567890 / 1000000000000000000000)
