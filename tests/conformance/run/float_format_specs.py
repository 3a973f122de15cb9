# format() on floats: every presentation type.
x = 1234.56789
for spec in ("", "f", ".2f", "10.3f", "<10.1f", "^12.2f", "+.1f", " .1f", "e", ".3e", "E",
             "g", ".3g", ".10g", "G", "%", ".1%", ",", ",.2f", "_.3f", "012.2f", "#.0f",
             ".0f", ".0e", "#g", "n", "=+12.2f", "*>12.3f"):
    print(repr(spec), format(x, spec), format(-x, spec))
for v in (1e-5, 1e16, 0.0001, 123456789.0, 1.5, 0.0, -0.0, float("inf"), float("nan")):
    print(format(v, ""), format(v, "g"), format(v, ".3"), format(v, "e"), format(v, "010.2f"))
try:
    format(1.0, "d")
except ValueError as e:
    print("ValueError:", e)
