# Shifts with extreme counts, and correctly rounded division of big ints.
print(1 << 100, -1 << 65, (2**100) >> 98, -(2**100) >> 200, 5 >> 2**70, -5 >> 2**70, 0 << 2**80)
print(2**53 + 1 << 1, (2**53 + 1) >> 1, -7 >> 1, ~(2**53 - 1), ~-(2**53))
for count in [-1, 2**63, 2**70]:
    try:
        print(1 << count)
    except (ValueError, OverflowError, MemoryError) as e:
        print(type(e).__name__ + ':', e)
try:
    print(1 >> -1)
except ValueError as e:
    print('ValueError:', e)
print((2**1100) / (2**1099), (10**400 + 1) / 10**399, 1 / (2**1074), 1 / (2**1075), 3 / (2**1076))
print((2**1024 - 2**971) / 1, (-2**60) / 3, 0 / -5, (-1) / 2**2000, 9007199254740993 / 3)
for a, b in [(2**1024 - 2**970, 1), (10**400, 3), (2**2000, 1)]:
    try:
        print(a / b)
    except OverflowError as e:
        print('OverflowError:', e)
try:
    print(float(2**1024))
except OverflowError as e:
    print('OverflowError:', e)
print(divmod(-2**70, 7), divmod(2**70, -7), -2**70 // 7, 7 // -2**70, -7 % 2**70)
print(pow(3, -1, 7), pow(-3, -1, -7), pow(0, 0, 1), pow(5, 2, -3), pow(2, 10**20, 10**9 + 7))
for a, b, m in [(2, -1, 4), (2, 3, 0)]:
    try:
        print(pow(a, b, m))
    except ValueError as e:
        print('ValueError:', e)
print(round(25, -1), round(35, -1), round(-25, -1), round(2**70 + 5 * 10**4, -5), round(5, 3))
