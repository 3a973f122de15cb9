# int() from various objects: __int__, __index__, __trunc__, strings.
class WithIndex:
    def __index__(self):
        return 7

class WithInt:
    def __int__(self):
        return 9

print(int(WithIndex()), int(WithInt()), int(), int(0))
print(int("  12  "), int("-0x1A", 16), int(" 0b_1_0 ", 0))
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", base=10.0)
except TypeError as e:
    print("TypeError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
print(int(float("1e20")), int(-2.5e15), int(1e300) % 1000)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
