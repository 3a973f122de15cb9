# format() of Decimals: fixed, scientific, general, percent, alignment and grouping.
from decimal import Decimal as D

specs = ["", "f", ".2f", ",.2f", ".3e", ".3E", "e", "g", ".2g", ".3G", "%", ".1%", ">12", "<12.1f",
         "^12", "+.1f", " f", "012.2f", "0=12,.2f", "*^15,", ".0f", ".10g", "n", ".0e", "12"]
for v in ["1234.5678", "-0.00001234", "0", "-0", "1E+3", "123456789", "0.5", "Infinity", "-NaN", "1.000"]:
    print(v, "|".join(format(D(v), s) for s in specs))
print(f"{D('3.14159'):.3f} {D('2.5'):08.2f} {D('-1234567.891'):,}")
for bad in ["_", "#.0f", "x"]:
    try:
        format(D(1), bad)
    except ValueError as e:
        print("ValueError:", e)
