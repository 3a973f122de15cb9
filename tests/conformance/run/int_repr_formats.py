# bin/oct/hex and format specs on ints.
n = 255
print(bin(n), oct(n), hex(n), bin(-n), oct(-n), hex(-n))
print(format(n, "b"), format(n, "o"), format(n, "x"), format(n, "X"))
print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"))
print(format(n, "08b"), format(n, "#010x"), format(-n, "#010x"))
print(format(1234567, ","), format(1234567, "_"), format(0xdeadbeef, "_x"))
print(format(42, "+d"), format(42, " d"), format(-42, " d"), format(42, "=+6d"))
print(format(42, "<6d") + "|", format(42, ">6d"), format(42, "^6d") + "|", format(42, "*^7"))
print(format(42, "c"), format(42, "n"), format(42, "e"), format(42, "f"), format(42, "%"))
print(format(2 ** 70, ","), format(-2 ** 70, "x"))
print(repr(10 ** 20), str(-0), int("-0"))
try:
    format(42, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(42, ".2d")
except ValueError as e:
    print("ValueError:", e)
