# int() from strings in different bases, with underscores and whitespace.
print(int("42"), int("  -17\n"), int("+8"), int("1_000_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("Zz", 36), int("777", 8), int("-0b11", 0))
print(int("١٢٣"), int("0", 0), int("00", 0))
for bad in ("", "1.5", "0x", "1__0", "_1", "12a", "08"):
    try:
        int(bad, 0 if bad == "08" else 10)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("5", 37)
except ValueError as e:
    print("ValueError:", e)
print(int(3.99), int(-3.99), int(True), int(b"12"), int(bytearray(b"34")))
