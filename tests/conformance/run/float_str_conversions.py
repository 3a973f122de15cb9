# float() from strings and the errors it raises.
for s in ("3.14", "  -2.5  ", "1e10", "1E-3", "+.5", "5.", "1_000.5", "inf", "-Infinity",
          "nan", "1e400", "-1e400", "1e-400", "00012.50"):
    print(repr(s), float(s))
for bad in ("", "abc", "1.2.3", "1e", "_1.0", "1__0.0", "0x10", "1,5"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
print(float(), float(7), float(True), float(2 ** 80), float(b"2.5"))
print(float.fromhex("0x1.8p1"), (3.0).hex(), (0.1).hex(), float.fromhex("-0x1p-1074"))
print((-0.0).hex(), float("inf").hex(), (1e308).hex())
